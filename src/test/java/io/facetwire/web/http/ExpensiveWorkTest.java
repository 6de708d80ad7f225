package io.facetwire.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.FacetwireConfig;
import io.facetwire.support.Http;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, High 3: four abusive exports at once filled both cores and a normal search took 4.3 s at
 * the median. Here expensive requests are held open on purpose (a latch stands in for a long export)
 * over real HTTP: the next one from the same address, or past the overall limit, is answered 429 with
 * Retry-After at once, and ordinary requests are never held up.
 */
class ExpensiveWorkTest {

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

  private ExpensiveWork start(int perAddress, int total) {
    FacetwireConfig.Limits d = FacetwireConfig.Limits.defaults();
    FacetwireConfig config = FacetwireConfig.defaults().withProxy(true).withLimits(d.withExpensive(perAddress, total));
    ExpensiveWork work = new ExpensiveWork(config);
    app = Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      Errors.register(c.routes, new Templates());
      c.routes.get("/export", work.guard(ExpensiveWork.ALWAYS, ctx -> {
        release.await(30, TimeUnit.SECONDS);
        ctx.result("done");
      }));
      c.routes.get("/search", work.guard(ExpensiveWork.wildcardSearch(io.facetwire.facet.FacetCatalog.standard()),
          ctx -> ctx.result("searched")));
    });
    app.start("127.0.0.1", 0);
    return work;
  }

  private CompletableFuture<HttpResponse<String>> export(String address) {
    return from.sendAsync("/export", address);
  }

  private HttpResponse<String> get(String path, String address) throws Exception {
    return from.send(path, address);
  }

  private static void awaitRunning(ExpensiveWork work, int n) throws InterruptedException {
    FromAddresses.awaitRunning(work::running, n, "expensive requests holding a permit");
  }

  @Test
  void aSecondExpensiveRequestFromOneAddressIs429WithRetryAfter() throws Exception {
    ExpensiveWork work = start(1, 2);
    CompletableFuture<HttpResponse<String>> first = export("10.0.0.1");
    awaitRunning(work, 1);

    HttpResponse<String> second = get("/export", "10.0.0.1");
    assertEquals(429, second.statusCode(), second.body());
    assertEquals(String.valueOf(ExpensiveWork.RETRY_AFTER_SECONDS), second.headers().firstValue("Retry-After").orElse(null));
    assertTrue(second.body().contains("already have 1 export or wildcard search running"), second.body());

    assertEquals("searched", get("/search?q=oil", "10.0.0.1").body(), "an ordinary search is not held up");
    assertEquals(429, get(("/search?q=" + Http.enc("mosc*")), "10.0.0.1").statusCode(), "a wildcard search is expensive");

    release.countDown();
    assertEquals(200, first.get(30, TimeUnit.SECONDS).statusCode());
    awaitRunning(work, 0);
    assertEquals(200, get("/search?q=" + Http.enc("mosc*"), "10.0.0.1").statusCode(), "permits come back");
  }

  @Test
  void pastTheOverallLimitEveryAddressGets429() throws Exception {
    ExpensiveWork work = start(1, 2);
    List<CompletableFuture<HttpResponse<String>>> running = new ArrayList<>();
    running.add(export("10.0.0.1"));
    running.add(export("10.0.0.2"));
    awaitRunning(work, 2);

    HttpResponse<String> third = get("/export", "10.0.0.3");
    assertEquals(429, third.statusCode(), third.body());
    assertTrue(third.body().contains("busy with other exports"), third.body());
    assertEquals(200, get("/search?q=oil", "10.0.0.3").statusCode());

    release.countDown();
    for (var r : running) {
      assertEquals(200, r.get(30, TimeUnit.SECONDS).statusCode());
    }
    awaitRunning(work, 0);
  }
}
