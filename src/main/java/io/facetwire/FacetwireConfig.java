package io.facetwire;

import io.facetwire.saved.AlertDeliverySettings;
import io.facetwire.search.SearchSampling;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Settings for accounts, the ingest and metrics APIs, search access, facet combination, alerts and
 * cookies. Read once from the environment by the command line ({@link #from(Settings)}) and passed in;
 * nothing below reads {@code System.getenv} itself, so tests build the configuration they need. The
 * server's own settings (host, port, drain time) are read by {@code serve}, the logging settings by
 * the command line before log4j starts, Elasticsearch's by {@code ElasticsearchSettings}: all from the
 * same {@link Settings#system()} snapshot.
 *
 * @param apiToken             bearer token that may call the ingest API; null: only admin sessions may
 * @param adminEmail           this account is the admin; null: the first account to sign up is
 * @param publicSearch         anonymous visitors may search and read articles
 * @param publicUrl            {@code FACETWIRE_BASE_URL}, e.g. {@code https://news.example.org}, for links in
 *                             feeds, share links and alerts; null: taken from each request's Host header
 *                             (pages, feeds) or left relative (alerts)
 * @param secureCookies        always mark cookies Secure (TLS ends at a proxy); they are Secure on
 *                             HTTPS requests anyway
 * @param trustProxy           take the client address and scheme from X-Forwarded-For / -Proto
 * @param webhookPrivateAddresses allow webhooks to loopback and private networks (tests, intranets);
 *                             off by default so a user cannot make the server call internal services
 * @param andFacets            {@code FACETWIRE_AND_FACETS}: facets whose selected values combine with AND,
 *                             comma-separated; checked against the application's facets where they are known
 * @param metricsToken         bearer token that may read {@code /metrics}; null: only admin sessions may
 * @param limits               what one request may send and cost (bodies, articles, searches)
 * @param sampling             when a broad search's facet counts and histogram are estimated from a
 *                             sample ({@code FACETWIRE_SAMPLE_ABOVE}, {@code FACETWIRE_SAMPLE_SIZE})
 * @param alertDeliveries      webhook deliveries at once and waiting ({@code FACETWIRE_ALERT_DELIVERY_THREADS},
 *                             {@code FACETWIRE_ALERT_DELIVERY_QUEUE})
 */
public record FacetwireConfig(
    String apiToken,
    String adminEmail,
    boolean publicSearch,
    String publicUrl,
    boolean secureCookies,
    boolean trustProxy,
    boolean webhookPrivateAddresses,
    List<Duration> webhookRetryDelays,
    Duration webhookTimeout,
    RateLimit signInPerAccount,
    RateLimit signInPerAddress,
    int lockoutAfterFailures,
    Duration lockoutDuration,
    Duration sessionLifetime,
    int historyCap,
    String andFacets,
    String metricsToken,
    Limits limits,
    SearchSampling sampling,
    AlertDeliverySettings alertDeliveries) {

  /** At most {@code max} attempts per {@code window}. */
  public record RateLimit(int max, Duration window) {}

  /**
   * What one request may send and cost, so no visitor can take the server down (issue 12).
   *
   * @param importBody          bytes of a {@code POST /api/articles} body ({@code FACETWIRE_MAX_IMPORT_BODY})
   * @param extractBody         bytes of a {@code POST /api/extract} body ({@code FACETWIRE_MAX_EXTRACT_BODY})
   * @param otherBody           bytes of any other request body: forms ({@code FACETWIRE_MAX_BODY})
   * @param articleChars        characters of an article's body; longer bodies are cut, with a note
   *                            ({@code FACETWIRE_MAX_ARTICLE_CHARS})
   * @param searchTimeout       Elasticsearch's {@code timeout} on every search and export page; what it
   *                            found by then is shown, marked partial ({@code FACETWIRE_SEARCH_TIMEOUT})
   * @param exportTimeout       wall time one CSV export may take; then it ends with a "partial" line
   *                            ({@code FACETWIRE_EXPORT_TIMEOUT})
   * @param expensivePerAddress exports and wildcard searches one client address may run at once
   * @param expensiveTotal      exports and wildcard searches running at once over all clients
   * @param searchesPerAddress  searches of any kind one client address may run at once; more is 429
   *                            ({@code FACETWIRE_SEARCHES_PER_ADDRESS})
   * @param searchesTotal       searches running at once over all clients ({@code FACETWIRE_SEARCHES_TOTAL})
   * @param searchWait          how long a search waits for a place among those before a 503
   *                            ({@code FACETWIRE_SEARCH_WAIT})
   * @param minBodyRate         bytes per second a request body must average once its grace is over; slower
   *                            is answered 408 ({@code FACETWIRE_MIN_BODY_RATE})
   * @param bodyGrace           how long a body may take before its pace is judged ({@code FACETWIRE_BODY_GRACE})
   */
  public record Limits(long importBody, long extractBody, long otherBody, int articleChars,
      Duration searchTimeout, Duration exportTimeout, int expensivePerAddress, int expensiveTotal,
      int searchesPerAddress, int searchesTotal, Duration searchWait, long minBodyRate, Duration bodyGrace) {

    public static Limits defaults() {
      return new Limits(32L << 20, 1L << 20, 64L << 10, 1_000_000, Duration.ofSeconds(5), Duration.ofSeconds(60),
          1, 2, 4, 32, Duration.ofSeconds(5), 1024, Duration.ofSeconds(10));
    }

    /** With the default pace for request bodies. */
    public Limits(long importBody, long extractBody, long otherBody, int articleChars, Duration searchTimeout,
        Duration exportTimeout, int expensivePerAddress, int expensiveTotal, int searchesPerAddress, int searchesTotal,
        Duration searchWait) {
      this(importBody, extractBody, otherBody, articleChars, searchTimeout, exportTimeout, expensivePerAddress,
          expensiveTotal, searchesPerAddress, searchesTotal, searchWait, 1024, Duration.ofSeconds(10));
    }

    /** These limits with another pace for request bodies (tests). */
    public Limits withBodyPace(long bytesPerSecond, Duration grace) {
      return new Limits(importBody, extractBody, otherBody, articleChars, searchTimeout, exportTimeout,
          expensivePerAddress, expensiveTotal, searchesPerAddress, searchesTotal, searchWait, bytesPerSecond, grace);
    }

    /** These limits with other exports/wildcard limits (tests). */
    public Limits withExpensive(int perAddress, int total) {
      return new Limits(importBody, extractBody, otherBody, articleChars, searchTimeout, exportTimeout,
          perAddress, total, searchesPerAddress, searchesTotal, searchWait, minBodyRate, bodyGrace);
    }

    /** These limits with other search admission limits (tests). */
    public Limits withSearches(int perAddress, int total, Duration wait) {
      return new Limits(importBody, extractBody, otherBody, articleChars, searchTimeout, exportTimeout,
          expensivePerAddress, expensiveTotal, perAddress, total, wait, minBodyRate, bodyGrace);
    }

    static Limits from(Settings env) {
      Limits d = defaults();
      return new Limits(env.size("FACETWIRE_MAX_IMPORT_BODY", d.importBody()),
          env.size("FACETWIRE_MAX_EXTRACT_BODY", d.extractBody()),
          env.size("FACETWIRE_MAX_BODY", d.otherBody()),
          (int) Math.min(Integer.MAX_VALUE, env.count("FACETWIRE_MAX_ARTICLE_CHARS", d.articleChars(), 1000)),
          env.positiveDuration("FACETWIRE_SEARCH_TIMEOUT", d.searchTimeout()),
          env.positiveDuration("FACETWIRE_EXPORT_TIMEOUT", d.exportTimeout()),
          (int) env.count("FACETWIRE_EXPENSIVE_PER_ADDRESS", d.expensivePerAddress(), 1),
          (int) env.count("FACETWIRE_EXPENSIVE_TOTAL", d.expensiveTotal(), 1),
          (int) env.count("FACETWIRE_SEARCHES_PER_ADDRESS", d.searchesPerAddress(), 1),
          (int) env.count("FACETWIRE_SEARCHES_TOTAL", d.searchesTotal(), 1),
          env.positiveDuration("FACETWIRE_SEARCH_WAIT", d.searchWait()),
          env.size("FACETWIRE_MIN_BODY_RATE", d.minBodyRate()),
          env.positiveDuration("FACETWIRE_BODY_GRACE", d.bodyGrace()));
    }
  }

  public static final int MIN_API_TOKEN_LENGTH = 16;

  public FacetwireConfig {
    if (apiToken != null && apiToken.isBlank()) {
      apiToken = null;
    }
    if (apiToken != null && apiToken.length() < MIN_API_TOKEN_LENGTH) {
      throw new InvalidSetting("FACETWIRE_API_TOKEN must be at least " + MIN_API_TOKEN_LENGTH
          + " characters long, so it cannot be guessed");
    }
    adminEmail = adminEmail == null || adminEmail.isBlank() ? null : adminEmail.strip();
    publicUrl = publicUrl == null || publicUrl.isBlank() ? null : stripSlash(publicUrl.strip());
    if (publicUrl != null && !publicUrl.startsWith("http://") && !publicUrl.startsWith("https://")) {
      throw new InvalidSetting("FACETWIRE_BASE_URL must start with http:// or https://, got '"
          + publicUrl + "'");
    }
    webhookRetryDelays = List.copyOf(webhookRetryDelays);
    andFacets = andFacets == null || andFacets.isBlank() ? null : andFacets.strip();
    if (metricsToken != null && metricsToken.isBlank()) {
      metricsToken = null;
    }
    if (metricsToken != null && metricsToken.length() < MIN_API_TOKEN_LENGTH) {
      throw new InvalidSetting("FACETWIRE_METRICS_TOKEN must be at least " + MIN_API_TOKEN_LENGTH
          + " characters long, so it cannot be guessed");
    }
  }

  public static FacetwireConfig defaults() {
    return new FacetwireConfig(null, null, true, null, false, false, false,
        List.of(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(60)),
        Duration.ofSeconds(10),
        new RateLimit(10, Duration.ofMinutes(1)),
        new RateLimit(50, Duration.ofMinutes(10)),
        20, Duration.ofMinutes(15), Duration.ofDays(14), 100, null, null, Limits.defaults(),
        SearchSampling.defaults(), AlertDeliverySettings.defaults());
  }

  public static FacetwireConfig fromEnvironment(Map<String, String> env) {
    return from(new Settings(env));
  }

  /** Reads every variable below once; a value that cannot be used names its variable. */
  public static FacetwireConfig from(Settings env) {
    FacetwireConfig d = defaults();
    return new FacetwireConfig(
        env.string("FACETWIRE_API_TOKEN"),
        env.string("ADMIN_EMAIL"),
        env.bool("FACETWIRE_PUBLIC_SEARCH", d.publicSearch()),
        env.string("FACETWIRE_BASE_URL"),
        env.bool("FACETWIRE_SECURE_COOKIES", d.secureCookies()),
        env.bool("FACETWIRE_TRUST_PROXY", d.trustProxy()),
        env.bool("FACETWIRE_WEBHOOK_ALLOW_PRIVATE", d.webhookPrivateAddresses()),
        d.webhookRetryDelays(), d.webhookTimeout(), d.signInPerAccount(), d.signInPerAddress(),
        d.lockoutAfterFailures(), d.lockoutDuration(), d.sessionLifetime(), d.historyCap(),
        env.string("FACETWIRE_AND_FACETS"),
        env.string("FACETWIRE_METRICS_TOKEN"),
        Limits.from(env),
        SearchSampling.from(env),
        AlertDeliverySettings.from(env));
  }

  public FacetwireConfig withMetricsToken(String token) {
    return new FacetwireConfig(apiToken, adminEmail, publicSearch, publicUrl, secureCookies, trustProxy,
        webhookPrivateAddresses, webhookRetryDelays, webhookTimeout, signInPerAccount, signInPerAddress,
        lockoutAfterFailures, lockoutDuration, sessionLifetime, historyCap, andFacets, token, limits, sampling, alertDeliveries);
  }

  public FacetwireConfig withApiToken(String token) {
    return new FacetwireConfig(token, adminEmail, publicSearch, publicUrl, secureCookies, trustProxy,
        webhookPrivateAddresses, webhookRetryDelays, webhookTimeout, signInPerAccount, signInPerAddress,
        lockoutAfterFailures, lockoutDuration, sessionLifetime, historyCap, andFacets, metricsToken, limits, sampling, alertDeliveries);
  }

  public FacetwireConfig withAdminEmail(String email) {
    return new FacetwireConfig(apiToken, email, publicSearch, publicUrl, secureCookies, trustProxy,
        webhookPrivateAddresses, webhookRetryDelays, webhookTimeout, signInPerAccount, signInPerAddress,
        lockoutAfterFailures, lockoutDuration, sessionLifetime, historyCap, andFacets, metricsToken, limits, sampling, alertDeliveries);
  }

  public FacetwireConfig withPublicSearch(boolean open) {
    return new FacetwireConfig(apiToken, adminEmail, open, publicUrl, secureCookies, trustProxy,
        webhookPrivateAddresses, webhookRetryDelays, webhookTimeout, signInPerAccount, signInPerAddress,
        lockoutAfterFailures, lockoutDuration, sessionLifetime, historyCap, andFacets, metricsToken, limits, sampling, alertDeliveries);
  }

  /** With this public URL ({@code FACETWIRE_BASE_URL}) for links and for the origin forms come from. */
  public FacetwireConfig withPublicUrl(String url) {
    return new FacetwireConfig(apiToken, adminEmail, publicSearch, url, secureCookies, trustProxy,
        webhookPrivateAddresses, webhookRetryDelays, webhookTimeout, signInPerAccount, signInPerAddress,
        lockoutAfterFailures, lockoutDuration, sessionLifetime, historyCap, andFacets, metricsToken, limits, sampling, alertDeliveries);
  }

  public FacetwireConfig withProxy(boolean trust) {
    return new FacetwireConfig(apiToken, adminEmail, publicSearch, publicUrl, secureCookies, trust,
        webhookPrivateAddresses, webhookRetryDelays, webhookTimeout, signInPerAccount, signInPerAddress,
        lockoutAfterFailures, lockoutDuration, sessionLifetime, historyCap, andFacets, metricsToken, limits, sampling, alertDeliveries);
  }

  public FacetwireConfig withWebhooks(boolean allowPrivate, List<Duration> retryDelays) {
    return new FacetwireConfig(apiToken, adminEmail, publicSearch, publicUrl, secureCookies, trustProxy,
        allowPrivate, retryDelays, webhookTimeout, signInPerAccount, signInPerAddress,
        lockoutAfterFailures, lockoutDuration, sessionLifetime, historyCap, andFacets, metricsToken, limits, sampling, alertDeliveries);
  }

  /** With this time for one webhook request, answer included (tests of a receiver that never answers). */
  public FacetwireConfig withWebhookTimeout(Duration timeout) {
    return new FacetwireConfig(apiToken, adminEmail, publicSearch, publicUrl, secureCookies, trustProxy,
        webhookPrivateAddresses, webhookRetryDelays, timeout, signInPerAccount, signInPerAddress,
        lockoutAfterFailures, lockoutDuration, sessionLifetime, historyCap, andFacets, metricsToken, limits, sampling, alertDeliveries);
  }

  public FacetwireConfig withSignInLimits(RateLimit perAccount, RateLimit perAddress) {
    return new FacetwireConfig(apiToken, adminEmail, publicSearch, publicUrl, secureCookies, trustProxy,
        webhookPrivateAddresses, webhookRetryDelays, webhookTimeout, perAccount, perAddress,
        lockoutAfterFailures, lockoutDuration, sessionLifetime, historyCap, andFacets, metricsToken, limits, sampling, alertDeliveries);
  }

  public FacetwireConfig withHistoryCap(int cap) {
    return new FacetwireConfig(apiToken, adminEmail, publicSearch, publicUrl, secureCookies, trustProxy,
        webhookPrivateAddresses, webhookRetryDelays, webhookTimeout, signInPerAccount, signInPerAddress,
        lockoutAfterFailures, lockoutDuration, sessionLifetime, cap, andFacets, metricsToken, limits, sampling, alertDeliveries);
  }

  public FacetwireConfig withSampling(SearchSampling newSampling) {
    return new FacetwireConfig(apiToken, adminEmail, publicSearch, publicUrl, secureCookies, trustProxy,
        webhookPrivateAddresses, webhookRetryDelays, webhookTimeout, signInPerAccount, signInPerAddress,
        lockoutAfterFailures, lockoutDuration, sessionLifetime, historyCap, andFacets, metricsToken, limits,
        newSampling, alertDeliveries);
  }

  public FacetwireConfig withLimits(Limits newLimits) {
    return new FacetwireConfig(apiToken, adminEmail, publicSearch, publicUrl, secureCookies, trustProxy,
        webhookPrivateAddresses, webhookRetryDelays, webhookTimeout, signInPerAccount, signInPerAddress,
        lockoutAfterFailures, lockoutDuration, sessionLifetime, historyCap, andFacets, metricsToken, newLimits, sampling, alertDeliveries);
  }

  /** With other numbers of webhook delivery threads and waiting deliveries (tests fill them). */
  public FacetwireConfig withAlertDeliveries(AlertDeliverySettings deliveries) {
    return new FacetwireConfig(apiToken, adminEmail, publicSearch, publicUrl, secureCookies, trustProxy,
        webhookPrivateAddresses, webhookRetryDelays, webhookTimeout, signInPerAccount, signInPerAddress,
        lockoutAfterFailures, lockoutDuration, sessionLifetime, historyCap, andFacets, metricsToken, limits, sampling,
        deliveries);
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
