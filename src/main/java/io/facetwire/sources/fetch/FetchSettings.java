package io.facetwire.sources.fetch;

import java.time.Duration;

/**
 * How the fetcher behaves towards other people's servers.
 *
 * @param contact         how a site owner reaches whoever runs this Facetwire (a URL or mailto:), sent in
 *                        the User-Agent; null: none
 * @param connectTimeout  to open the connection
 * @param readTimeout     for the whole response, headers and body: a server that accepts and never
 *                        answers costs at most this
 * @param maxBytes        largest body accepted (after gzip decoding)
 * @param maxRedirects    redirects followed per request
 * @param hostInterval    pause between two requests to the same host
 * @param allowPrivate    loopback and private-network addresses allowed (tests, intranets)
 */
public record FetchSettings(String contact, Duration connectTimeout, Duration readTimeout, long maxBytes,
    int maxRedirects, Duration hostInterval, boolean allowPrivate) {

  public static final String PRODUCT = "Facetwire/0.1";

  public static FetchSettings defaults() {
    return new FetchSettings(null, Duration.ofSeconds(10), Duration.ofSeconds(30), 10L * 1024 * 1024, 5,
        Duration.ofSeconds(1), false);
  }

  public String userAgent() {
    return PRODUCT + " (news search engine; feed and article fetcher"
        + (contact == null || contact.isBlank() ? "" : "; +" + contact.strip()) + ")";
  }

  public FetchSettings withAllowPrivate(boolean allow) {
    return new FetchSettings(contact, connectTimeout, readTimeout, maxBytes, maxRedirects, hostInterval, allow);
  }

  public FetchSettings withTimeouts(Duration connect, Duration read) {
    return new FetchSettings(contact, connect, read, maxBytes, maxRedirects, hostInterval, allowPrivate);
  }

  public FetchSettings withMaxBytes(long max) {
    return new FetchSettings(contact, connectTimeout, readTimeout, max, maxRedirects, hostInterval, allowPrivate);
  }

  public FetchSettings withHostInterval(Duration interval) {
    return new FetchSettings(contact, connectTimeout, readTimeout, maxBytes, maxRedirects, interval, allowPrivate);
  }

  public FetchSettings withContact(String newContact) {
    return new FetchSettings(newContact, connectTimeout, readTimeout, maxBytes, maxRedirects, hostInterval, allowPrivate);
  }
}
