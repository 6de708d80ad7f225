package io.facetwire.saved;

import io.facetwire.net.CheckedAddresses;
import io.facetwire.net.OutboundAddress;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.conn.DnsResolver;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.conn.SystemDefaultDnsResolver;

/**
 * POSTs one JSON body to a webhook, retrying with growing delays until it answers 2xx or attempts run out.
 *
 * <p>The connection opens to the very addresses the address rule checked ({@link CheckedAddresses}: one
 * lookup per connection). Until session 13 the rule looked the name up and then the JDK's client looked
 * it up again, so a name that answered a public address for the check and 127.0.0.1 a moment later
 * (DNS rebinding) made the server POST to itself. Redirects are never followed: a webhook is the one
 * address its owner typed, a 307/308 would send the same body to a second one the owner never saw, and
 * a 3xx is shown to the owner as the answer it is ("the webhook answered HTTP 307").
 */
public final class WebhookSender {

  /** How a delivery went: 2xx on some attempt, or the last error after every retry. */
  public record Delivery(boolean delivered, int attempts, String lastError) {}

  private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "webhook-deadlines");
    t.setDaemon(true);
    return t;
  });

  private final CloseableHttpClient http;
  private final List<Duration> retryDelays;
  private final Duration timeout;

  public WebhookSender(List<Duration> retryDelays, Duration timeout, boolean allowPrivate) {
    this(retryDelays, timeout, allowPrivate, AlertDeliverySettings.DEFAULT_THREADS);
  }

  /** For {@code senders} delivery threads at once, each with at most one connection open. */
  public WebhookSender(List<Duration> retryDelays, Duration timeout, boolean allowPrivate, int senders) {
    this(retryDelays, timeout, allowPrivate, SystemDefaultDnsResolver.INSTANCE, senders);
  }

  /** @param names the name service; its answer is both checked and connected to */
  WebhookSender(List<Duration> retryDelays, Duration timeout, boolean allowPrivate, DnsResolver names) {
    this(retryDelays, timeout, allowPrivate, names, AlertDeliverySettings.DEFAULT_THREADS);
  }

  private WebhookSender(List<Duration> retryDelays, Duration timeout, boolean allowPrivate, DnsResolver names,
      int senders) {
    // One connection per delivery thread (at least the 8 it always had), two at most to one host: a receiver many
    // owners share is not sent more at once.
    this.http = new CheckedAddresses(names, allowPrivate).client(timeout, timeout, Math.max(8, senders), 2);
    this.retryDelays = List.copyOf(retryDelays);
    this.timeout = timeout;
  }

  public Delivery send(String url, String json) {
    String error = null;
    int attempts = 0;
    for (int i = 0; i <= retryDelays.size(); i++) {
      if (i > 0 && !sleep(retryDelays.get(i - 1))) {
        break;
      }
      // The URL's form here (no lookup); the address rule where the connection is opened, on every
      // attempt: the host's address may have changed since the URL was saved.
      OutboundAddress.Refusal refusal = OutboundAddress.check(url, true);
      if (refusal != null) {
        return new Delivery(false, attempts, refusal.forWebhook());
      }
      attempts++;
      error = attempt(url, json);
      if (error == null) {
        return new Delivery(true, attempts, null);
      }
      if (error.equals(INTERNAL)) {
        return new Delivery(false, attempts, error); // no retry: the rule will say the same
      }
    }
    return new Delivery(false, attempts, error);
  }

  private static final ContentType JSON = ContentType.create("application/json", (java.nio.charset.Charset) null);
  private static final String INTERNAL = "Webhooks cannot go to this machine or a private network.";

  /** Null on a 2xx answer, else what went wrong in one line. */
  private String attempt(String url, String json) {
    HttpPost request;
    try {
      request = new HttpPost(URI.create(url.strip()));
    } catch (IllegalArgumentException e) {
      return "the webhook URL is not valid: " + e.getMessage();
    }
    request.setHeader("User-Agent", "Facetwire-Alerts/1");
    // "application/json" as before, without a charset parameter (JSON is UTF-8, RFC 8259; receivers compare it).
    request.setEntity(new ByteArrayEntity(json.getBytes(StandardCharsets.UTF_8), JSON));
    // The whole exchange within the timeout: a receiver that sends a byte now and then never meets the
    // per-read timeout, so the request is ended from outside when its time is up.
    AtomicBoolean late = new AtomicBoolean();
    ScheduledFuture<?> deadline = DEADLINES.schedule(() -> {
      late.set(true);
      request.abort();
    }, timeout.toMillis(), TimeUnit.MILLISECONDS);
    // The body of the answer is never read: closing the response closes its connection.
    try (CloseableHttpResponse response = http.execute(request)) {
      int status = response.getStatusLine().getStatusCode();
      return status >= 200 && status < 300 ? null : "the webhook answered HTTP " + status;
    } catch (CheckedAddresses.Refused e) {
      return INTERNAL;
    } catch (UnknownHostException e) {
      return "The host name " + request.getURI().getHost() + " cannot be found.";
    } catch (IOException e) {
      if (late.get()) {
        return "the webhook did not answer within " + timeout.toMillis() + " ms";
      }
      if (e instanceof InterruptedIOException && Thread.currentThread().isInterrupted()) {
        return "delivery was interrupted (server stopping)";
      }
      return "the webhook could not be reached: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    } finally {
      deadline.cancel(false);
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
