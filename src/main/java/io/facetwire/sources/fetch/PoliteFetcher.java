package io.facetwire.sources.fetch;

import io.facetwire.net.CheckedAddresses;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import org.apache.http.Header;
import org.apache.http.HttpEntity;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.conn.ConnectTimeoutException;
import org.apache.http.conn.DnsResolver;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.conn.SystemDefaultDnsResolver;

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
  private final CloseableHttpClient client;
  private final HostGate hosts;
  private final AddressGuard guard;
  private final RobotsRules robots;
  private final java.util.concurrent.atomic.AtomicLong requests = new java.util.concurrent.atomic.AtomicLong();

  /** Ends a request that has not been answered whole in time (the client's own timeouts bound each read only). */
  private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "fetch-deadlines");
    t.setDaemon(true);
    return t;
  });

  public PoliteFetcher(FetchSettings settings, Clock clock) {
    this(settings, clock, SystemDefaultDnsResolver.INSTANCE);
  }

  /**
   * @param names the name service; the address rule judges what it answers, and the connection opens to
   *              exactly that ({@link CheckedAddresses}): one lookup per connection
   */
  PoliteFetcher(FetchSettings settings, Clock clock, DnsResolver names) {
    this.settings = settings;
    // Apache's client, not the JDK's: the JDK's looks the name up itself, with no way to hand it the
    // addresses the rule has just checked. No redirects (followed by hand below), cookies, retries or
    // automatic decompression (decode() does it with the size limit), no proxy from system properties.
    // HostGate sends one at a time per host; robots.txt may overlap: 2 per route, 32 in all.
    this.client = new CheckedAddresses(names, settings.allowPrivate())
        .client(settings.connectTimeout(), settings.readTimeout(), 32, 2);
    // Waiting for a busy host is bounded by what the requests ahead of us may take.
    Duration perRequest = settings.connectTimeout().plus(settings.readTimeout()).plus(settings.hostInterval());
    this.hosts = new HostGate(settings.hostInterval(), perRequest.multipliedBy(4));
    this.guard = new AddressGuard(settings.allowPrivate());
    this.robots = new RobotsRules(clock);
  }

  /** One answer, read whole: status, the headers this fetcher reads, and the body (still encoded). */
  private record Answer(int status, Header[] headers, byte[] body) {
    String header(String name) {
      for (Header h : headers) {
        if (h.getName().equalsIgnoreCase(name)) {
          return h.getValue();
        }
      }
      return null;
    }
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
      Answer response = hosts.withHost(URI.create(at).getHost(), () -> send(at, validators, accept));
      int status = response.status();
      if (status >= 300 && status < 400 && status != 304) {
        String location = response.header("Location");
        if (location == null) {
          throw new FetchException("HTTP " + status + " without a Location", false);
        }
        current = resolve(at, location);
        continue;
      }
      String etag = response.header("ETag");
      String lastModified = response.header("Last-Modified");
      if (status == 304) {
        return FetchResult.notModified(at, etag != null ? etag : validators.etag(),
            lastModified != null ? lastModified : validators.lastModified());
      }
      if (status != 200) {
        throw new FetchException("HTTP " + status + " from " + at, status >= 500 || status == 429 || status == 408);
      }
      byte[] body = decode(at, response);
      return new FetchResult(false, at, body, response.header("Content-Type"), etag, lastModified);
    }
  }

  private Answer send(String url, Validators validators, String accept) throws FetchException {
    HttpGet request = new HttpGet(URI.create(url));
    request.setHeader("User-Agent", settings.userAgent());
    request.setHeader("Accept", accept);
    request.setHeader("Accept-Encoding", "gzip");
    if (validators.etag() != null) {
      request.setHeader("If-None-Match", validators.etag());
    }
    if (validators.lastModified() != null) {
      request.setHeader("If-Modified-Since", validators.lastModified());
    }
    requests.incrementAndGet();
    // The whole answer, headers and body, within the read timeout: a server that sends a byte now and
    // then never meets the per-read timeout, so the request is ended from outside when its time is up.
    AtomicBoolean late = new AtomicBoolean();
    ScheduledFuture<?> deadline = DEADLINES.schedule(() -> {
      late.set(true);
      request.abort();
    }, settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
    try (CloseableHttpResponse response = client.execute(request)) {
      HttpEntity entity = response.getEntity();
      long declared = entity == null ? -1 : entity.getContentLength();
      if (declared > settings.maxBytes()) {
        // A declared length over the limit: refused before a byte of the body is read.
        request.abort();
        throw tooLarge(url);
      }
      byte[] body = new byte[0];
      if (entity != null) {
        try (InputStream in = entity.getContent()) {
          body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
        }
        if (body.length > settings.maxBytes()) {
          request.abort(); // the rest is never read
          throw tooLarge(url);
        }
      }
      return new Answer(response.getStatusLine().getStatusCode(), response.getAllHeaders(), body);
    } catch (CheckedAddresses.Refused e) {
      throw AddressGuard.refused(url);
    } catch (ConnectTimeoutException e) {
      throw new FetchException("could not connect to " + url + " within " + seconds(settings.connectTimeout()), true);
    } catch (IOException e) {
      if (late.get()) {
        throw new FetchException("no complete answer from " + url + " within " + seconds(settings.readTimeout()), true);
      }
      if (e instanceof SocketTimeoutException) {
        throw new FetchException("no answer from " + url + " within " + seconds(settings.readTimeout()), true);
      }
      if (e instanceof InterruptedIOException && Thread.currentThread().isInterrupted()) {
        throw new FetchException("interrupted", true);
      }
      throw new FetchException("cannot fetch " + url + ": " + describe(e), true);
    } finally {
      deadline.cancel(false);
    }
  }

  private FetchException tooLarge(String url) {
    return new FetchException(url + " is larger than the limit of " + settings.maxBytes() / 1024 + " KB", false);
  }

  /** The body, gunzipped when the server compressed it, with the size limit applied after decoding too. */
  private byte[] decode(String url, Answer response) throws FetchException {
    String coding = response.header("Content-Encoding");
    String encoding = coding == null ? "" : coding.strip().toLowerCase(Locale.ROOT);
    if (encoding.isEmpty() || encoding.equals("identity")) {
      return response.body();
    }
    if (!encoding.equals("gzip") && !encoding.equals("x-gzip")) {
      throw new FetchException("unsupported Content-Encoding " + encoding + " from " + url, false);
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
      byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
      if (out.length > settings.maxBytes()) {
        throw tooLarge(url);
      }
      return out;
    } catch (IOException e) {
      throw new FetchException("broken gzip body from " + url + ": " + e.getMessage(), true);
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
