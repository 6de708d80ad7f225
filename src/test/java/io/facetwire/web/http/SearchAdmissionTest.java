package io.facetwire.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.FacetwireConfig;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A hundred concurrent broad searches from one address used to hold every other visitor's search for
 * over 30 seconds. Searches are held open here on purpose (a latch stands in for a slow search) over
 * real HTTP: one address past its share is answered 429 at once while other addresses still search;
 * past the overall limit a search waits a bounded time, then gets 503 with Retry-After; places come back.
 */
class SearchAdmissionTest {

  private Javalin app;
  private final CountDownLatch release = new CountDownLatch(1);
  private final FromAddresses from = new FromAddresses(() -> app.port());

  @AfterEach
  void stop() {
    release.countDown();
    if (app != null) {
      app.stop();
    }
  }

  private SearchAdmission start(int perAddress, int total, Duration wait) {
    FacetwireConfig config = FacetwireConfig.defaults().withProxy(true)
        .withLimits(FacetwireConfig.Limits.defaults().withSearches(perAddress, total, wait));
    SearchAdmission admit = new SearchAdmission(config);
    app = Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      Errors.register(c.routes, new Templates());
      c.routes.get("/slow", admit.guard(ctx -> {
        release.await(30, TimeUnit.SECONDS);
        ctx.result("slow done");
      }));
      c.routes.get("/api/quick", admit.guard(ctx -> ctx.result("quick done")));
    });
    app.start("127.0.0.1", 0);
    return admit;
  }

  private CompletableFuture<HttpResponse<String>> slow(String address) {
    return from.sendAsync("/slow", address);
  }

  private HttpResponse<String> quick(String address) throws Exception {
    return from.send("/api/quick", address);
  }

  private static void awaitRunning(SearchAdmission admit, int n) throws InterruptedException {
    FromAddresses.awaitRunning(admit::running, n, "searches holding a place");
  }

  @Test
  void oneAddressPastItsShareIs429WhileOthersStillSearch() throws Exception {
    SearchAdmission admit = start(2, 10, Duration.ofSeconds(5));
    List<CompletableFuture<HttpResponse<String>>> held = List.of(slow("10.0.0.1"), slow("10.0.0.1"));
    awaitRunning(admit, 2);

    HttpResponse<String> third = quick("10.0.0.1");
    assertEquals(429, third.statusCode(), third.body());
    assertEquals(String.valueOf(SearchAdmission.RETRY_AFTER_SECONDS), third.headers().firstValue("Retry-After").orElse(null));
    assertTrue(third.body().contains("You have 2 searches running at once"), third.body());
    assertEquals("quick done", quick("10.0.0.2").body(), "another address is not held up");

    release.countDown();
    for (var h : held) {
      assertEquals(200, h.get(30, TimeUnit.SECONDS).statusCode());
    }
    awaitRunning(admit, 0);
    assertEquals(200, quick("10.0.0.1").statusCode(), "the address's places come back");
  }

  @Test
  void pastTheOverallLimitASearchWaitsABoundedTimeThenGets503() throws Exception {
    SearchAdmission admit = start(1, 2, Duration.ofMillis(200));
    List<CompletableFuture<HttpResponse<String>>> held = new ArrayList<>();
    held.add(slow("10.0.0.1"));
    held.add(slow("10.0.0.2"));
    awaitRunning(admit, 2);

    HttpResponse<String> third = quick("10.0.0.3");
    assertEquals(503, third.statusCode(), third.body());
    assertEquals(String.valueOf(SearchAdmission.RETRY_AFTER_SECONDS), third.headers().firstValue("Retry-After").orElse(null));
    assertTrue(third.body().contains("busy with other searches"), third.body());

    release.countDown();
    for (var h : held) {
      assertEquals(200, h.get(30, TimeUnit.SECONDS).statusCode());
    }
    awaitRunning(admit, 0);
    assertEquals("quick done", quick("10.0.0.3").body(), "places come back");
  }

  @Test
  void aSearchThatWaitsGetsThePlaceThatIsFreed() throws Exception {
    SearchAdmission admit = start(1, 1, Duration.ofSeconds(20));
    CompletableFuture<HttpResponse<String>> first = slow("10.0.0.1");
    awaitRunning(admit, 1);
    CompletableFuture<HttpResponse<String>> waiting =
        from.sendAsync("/api/quick", "10.0.0.2");
    release.countDown();
    assertEquals("quick done", waiting.get(30, TimeUnit.SECONDS).body());
    assertEquals(200, first.get(30, TimeUnit.SECONDS).statusCode());
  }

  @Test
  void anIpv6ClientCountsByItsSlash64NotByEachAddress() throws Exception {
    // Before: each of a client's 2^64 addresses had its own places, so changing the last digits gave a
    // flood as many places as it liked. Now 2001:db8:1:2::a and 2001:db8:1:2::b are one client.
    SearchAdmission admit = start(2, 10, Duration.ofSeconds(5));
    List<CompletableFuture<HttpResponse<String>>> held = List.of(slow("2001:db8:1:2::a"), slow("2001:db8:1:2:0:0:0:b"));
    awaitRunning(admit, 2);

    HttpResponse<String> third = quick("2001:db8:1:2:ffff:1:2:3");
    assertEquals(429, third.statusCode(), "a third address of the same /64: " + third.body());
    assertEquals("quick done", quick("2001:db8:1:3::a").body(), "the next /64 is another client");
    assertEquals("quick done", quick("10.0.0.9").body(), "an IPv4 client is not held up");
    release.countDown();
    for (var h : held) {
      assertEquals(200, h.get(30, TimeUnit.SECONDS).statusCode());
    }
  }
}
