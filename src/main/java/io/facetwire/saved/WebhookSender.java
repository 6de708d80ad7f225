package io.facetwire.saved;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** POSTs one JSON body to a webhook, retrying with growing delays until it answers 2xx or attempts run out. */
public final class WebhookSender {

  /** How a delivery went: 2xx on some attempt, or the last error after every retry. */
  public record Delivery(boolean delivered, int attempts, String lastError) {}

  private final HttpClient http;
  private final List<Duration> retryDelays;
  private final Duration timeout;
  private final boolean allowPrivate;

  public WebhookSender(List<Duration> retryDelays, Duration timeout, boolean allowPrivate) {
    this.http = HttpClient.newBuilder().connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NEVER).build();
    this.retryDelays = List.copyOf(retryDelays);
    this.timeout = timeout;
    this.allowPrivate = allowPrivate;
  }

  public Delivery send(String url, String json) {
    String error = null;
    int attempts = 0;
    for (int i = 0; i <= retryDelays.size(); i++) {
      if (i > 0 && !sleep(retryDelays.get(i - 1))) {
        break;
      }
      // Checked on every attempt: the host's address may have changed since the URL was saved.
      String problem = WebhookAddress.problemWith(url, allowPrivate);
      if (problem != null) {
        return new Delivery(false, attempts, problem);
      }
      attempts++;
      error = attempt(url, json);
      if (error == null) {
        return new Delivery(true, attempts, null);
      }
    }
    return new Delivery(false, attempts, error);
  }

  /** Null on a 2xx answer, else what went wrong in one line. */
  private String attempt(String url, String json) {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(url.strip())).timeout(timeout)
          .header("Content-Type", "application/json")
          .header("User-Agent", "Facetwire-Alerts/1")
          .POST(HttpRequest.BodyPublishers.ofString(json)).build();
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      int status = response.statusCode();
      return status >= 200 && status < 300 ? null : "the webhook answered HTTP " + status;
    } catch (java.io.IOException e) {
      return "the webhook could not be reached: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "delivery was interrupted (server stopping)";
    } catch (IllegalArgumentException e) {
      return "the webhook URL is not valid: " + e.getMessage();
    }
  }

  private static boolean sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
