package io.facetwire.sources.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * Fetches feeds and article pages the way a good citizen of the web does: conditional GET, gzip,
 * timeouts on connect and on the whole response, a size limit, redirects followed by hand (so each
 * hop passes the address rule and loops are seen), one request at a time per host, robots.txt for
 * article pages, and a User-Agent that names Facetwire and whoever runs it.
 */
public final class PoliteFetcher {

  /** Validators from the previous fetch of the same address. */
  public record Validators(String etag, String lastModified) {
    public static final Validators NONE = new Validators(null, null);
  }

  private final FetchSettings settings;
  private final HttpClient client;
  private final HostGate hosts;
  private final AddressGuard guard;
  private final RobotsRules robots;
  private final java.util.concurrent.atomic.AtomicLong requests = new java.util.concurrent.atomic.AtomicLong();

  public PoliteFetcher(FetchSettings settings, Clock clock) {
    this.settings = settings;
    this.client = HttpClient.newBuilder()
        .connectTimeout(settings.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    // Waiting for a busy host is bounded by what the requests ahead of us may take.
    Duration perRequest = settings.connectTimeout().plus(settings.readTimeout()).plus(settings.hostInterval());
    this.hosts = new HostGate(settings.hostInterval(), perRequest.multipliedBy(4));
    this.guard = new AddressGuard(settings.allowPrivate());
    this.robots = new RobotsRules(clock);
  }

  public FetchSettings settings() {
    return settings;
  }

  /** Requests sent so far (every hop and robots.txt included), for tests and figures. */
  public long requestCount() {
    return requests.get();
  }

  /** A feed or sitemap an admin added: no robots.txt check, conditional on the last validators. */
  public FetchResult fetchFeed(String url, Validators validators) throws FetchException {
    return fetch(url, validators, "application/rss+xml, application/atom+xml, application/feed+json,"
        + " application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
  }

  /** An article page a feed linked to: only where the site's robots.txt allows it. */
  public FetchResult fetchPage(String url) throws FetchException {
    checkUrl(url);
    guard.check(url);
    if (!robots.allowed(url, robotsUrl -> fetch(robotsUrl, Validators.NONE, "text/plain"))) {
      throw new FetchException("robots.txt of " + URI.create(url).getHost() + " disallows " + url, false);
    }
    return fetch(url, Validators.NONE, "text/html, application/xhtml+xml;q=0.9, */*;q=0.5");
  }

  private FetchResult fetch(String url, Validators validators, String accept) throws FetchException {
    Set<String> seen = new LinkedHashSet<>();
    String current = url;
    for (int hop = 0; ; hop++) {
      checkUrl(current);
      guard.check(current);
      if (!seen.add(current)) {
        throw new FetchException("redirect loop: " + String.join(" -> ", seen) + " -> " + current, false);
      }
      if (hop > settings.maxRedirects()) {
        throw new FetchException("more than " + settings.maxRedirects() + " redirects from " + url, false);
      }
      String at = current;
      HttpResponse<byte[]> response = hosts.withHost(URI.create(at).getHost(), () -> send(at, validators, accept));
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null) {
          throw new FetchException("HTTP " + status + " without a Location", false);
        }
        current = resolve(at, location);
        continue;
      }
      String etag = response.headers().firstValue("ETag").orElse(null);
      String lastModified = response.headers().firstValue("Last-Modified").orElse(null);
      if (status == 304) {
        return FetchResult.notModified(at, etag != null ? etag : validators.etag(),
            lastModified != null ? lastModified : validators.lastModified());
      }
      if (status != 200) {
        throw new FetchException("HTTP " + status + " from " + at, status >= 500 || status == 429 || status == 408);
      }
      byte[] body = decode(response);
      return new FetchResult(false, at, body, response.headers().firstValue("Content-Type").orElse(null), etag,
          lastModified);
    }
  }

  private HttpResponse<byte[]> send(String url, Validators validators, String accept) throws FetchException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET()
        .timeout(settings.readTimeout())
        .header("User-Agent", settings.userAgent())
        .header("Accept", accept)
        .header("Accept-Encoding", "gzip");
    if (validators.etag() != null) {
      request.header("If-None-Match", validators.etag());
    }
    if (validators.lastModified() != null) {
      request.header("If-Modified-Since", validators.lastModified());
    }
    requests.incrementAndGet();
    CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request.build(), info -> {
      // A declared length over the limit: refuse at the first bytes instead of reading up to the limit.
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
      return new LimitedBody(declared > settings.maxBytes() ? 0 : settings.maxBytes());
    });
    try {
      return future.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new FetchException("no complete answer from " + url + " within " + seconds(settings.readTimeout()), true);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted", true);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof LimitedBody.TooLarge || (cause instanceof IOException && cause.getCause() instanceof LimitedBody.TooLarge)) {
        throw tooLarge(url);
      }
      if (cause instanceof HttpConnectTimeoutException) {
        throw new FetchException("could not connect to " + url + " within " + seconds(settings.connectTimeout()), true);
      }
      if (cause instanceof HttpTimeoutException) {
        throw new FetchException("no answer from " + url + " within " + seconds(settings.readTimeout()), true);
      }
      throw new FetchException("cannot fetch " + url + ": " + describe(cause), true);
    }
  }

  private FetchException tooLarge(String url) {
    return new FetchException(url + " is larger than the limit of " + settings.maxBytes() / 1024 + " KB", false);
  }

  /** The body, gunzipped when the server compressed it, with the size limit applied after decoding too. */
  private byte[] decode(HttpResponse<byte[]> response) throws FetchException {
    String encoding = response.headers().firstValue("Content-Encoding").orElse("").strip().toLowerCase(Locale.ROOT);
    if (encoding.isEmpty() || encoding.equals("identity")) {
      return response.body();
    }
    if (!encoding.equals("gzip") && !encoding.equals("x-gzip")) {
      throw new FetchException("unsupported Content-Encoding " + encoding + " from " + response.uri(), false);
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
      byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
      if (out.length > settings.maxBytes()) {
        throw tooLarge(response.uri().toString());
      }
      return out;
    } catch (IOException e) {
      throw new FetchException("broken gzip body from " + response.uri() + ": " + e.getMessage(), true);
    }
  }

  private static void checkUrl(String url) throws FetchException {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new FetchException("not an http(s) address: " + url, false);
      }
    } catch (URISyntaxException e) {
      throw new FetchException("not a valid address: " + url, false);
    }
  }

  private static String resolve(String base, String location) throws FetchException {
    try {
      return URI.create(base).resolve(new URI(location.strip())).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new FetchException("redirect to an invalid address: " + location, false);
    }
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private static String describe(Throwable t) {
    List<String> parts = new ArrayList<>();
    for (Throwable c = t; c != null && parts.size() < 3; c = c.getCause()) {
      parts.add(c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage());
    }
    return String.join(": ", parts);
  }
}
