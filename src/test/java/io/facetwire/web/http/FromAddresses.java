package io.facetwire.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;

/**
 * Requests to a test app on the loopback interface, each saying which client address it comes from
 * ({@code X-Forwarded-For}, the app trusting its proxy), so one test can play several visitors; and the wait for
 * a number of requests to hold their places, decided by the count itself, never by time.
 */
final class FromAddresses {

  private final HttpClient client = HttpClient.newHttpClient();
  private final IntSupplier port;

  /** {@code port}: asked at each request, as the app may start after this is made. */
  FromAddresses(IntSupplier port) {
    this.port = port;
  }

  CompletableFuture<HttpResponse<String>> sendAsync(String path, String address) {
    return client.sendAsync(request(path, address), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> send(String path, String address) throws Exception {
    return client.send(request(path, address), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest request(String path, String address) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.getAsInt() + path))
        .header("X-Forwarded-For", address).build();
  }

  /** Waits (up to ten seconds) until {@code running} reports {@code n}, then asserts it. */
  static void awaitRunning(IntSupplier running, int n, String what) throws InterruptedException {
    for (int i = 0; i < 1_000 && running.getAsInt() < n; i++) {
      Thread.sleep(10);
    }
    assertEquals(n, running.getAsInt(), what);
  }
}
