package io.facetwire;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
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
    String metricsToken) {

  /** At most {@code max} attempts per {@code window}. */
  public record RateLimit(int max, Duration window) {}

  public static final int MIN_API_TOKEN_LENGTH = 16;

  /** A configuration value that cannot be used; the message names the variable. */
  public static final class InvalidSetting extends IllegalArgumentException {
    public InvalidSetting(String message) {
      super(message);
    }
  }

  public FacetwireConfig {
    if (apiToken != null && apiToken.isBlank()) {
      apiToken = null;
    }
    if (apiToken != null && apiToken.length() < MIN_API_TOKEN_LENGTH) {
      throw new InvalidSetting("FACETWIRE_API_TOKEN must be at least " + MIN_API_TOKEN_LENGTH
          + " characters long, so it cannot be guessed");
    }
    adminEmail = adminEmail == null || adminEmail.isBlank() ? null : adminEmail.strip().toLowerCase(Locale.ROOT);
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
        20, Duration.ofMinutes(15), Duration.ofDays(14), 100, null, null);
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
        env.string("FACETWIRE_METRICS_TOKEN"));
  }

  public FacetwireConfig withMetricsToken(String token) {
    return new FacetwireConfig(apiToken, adminEmail, publicSearch, publicUrl, secureCookies, trustProxy,
        webhookPrivateAddresses, webhookRetryDelays, webhookTimeout, signInPerAccount, signInPerAddress,
        lockoutAfterFailures, lockoutDuration, sessionLifetime, historyCap, andFacets, token);
  }

  public FacetwireConfig withApiToken(String token) {
    return new FacetwireConfig(token, adminEmail, publicSearch, publicUrl, secureCookies, trustProxy,
        webhookPrivateAddresses, webhookRetryDelays, webhookTimeout, signInPerAccount, signInPerAddress,
        lockoutAfterFailures, lockoutDuration, sessionLifetime, historyCap, andFacets, metricsToken);
  }

  public FacetwireConfig withAdminEmail(String email) {
    return new FacetwireConfig(apiToken, email, publicSearch, publicUrl, secureCookies, trustProxy,
        webhookPrivateAddresses, webhookRetryDelays, webhookTimeout, signInPerAccount, signInPerAddress,
        lockoutAfterFailures, lockoutDuration, sessionLifetime, historyCap, andFacets, metricsToken);
  }

  public FacetwireConfig withPublicSearch(boolean open) {
    return new FacetwireConfig(apiToken, adminEmail, open, publicUrl, secureCookies, trustProxy,
        webhookPrivateAddresses, webhookRetryDelays, webhookTimeout, signInPerAccount, signInPerAddress,
        lockoutAfterFailures, lockoutDuration, sessionLifetime, historyCap, andFacets, metricsToken);
  }

  public FacetwireConfig withProxy(boolean trust) {
    return new FacetwireConfig(apiToken, adminEmail, publicSearch, publicUrl, secureCookies, trust,
        webhookPrivateAddresses, webhookRetryDelays, webhookTimeout, signInPerAccount, signInPerAddress,
        lockoutAfterFailures, lockoutDuration, sessionLifetime, historyCap, andFacets, metricsToken);
  }

  public FacetwireConfig withWebhooks(boolean allowPrivate, List<Duration> retryDelays) {
    return new FacetwireConfig(apiToken, adminEmail, publicSearch, publicUrl, secureCookies, trustProxy,
        allowPrivate, retryDelays, webhookTimeout, signInPerAccount, signInPerAddress,
        lockoutAfterFailures, lockoutDuration, sessionLifetime, historyCap, andFacets, metricsToken);
  }

  public FacetwireConfig withSignInLimits(RateLimit perAccount, RateLimit perAddress) {
    return new FacetwireConfig(apiToken, adminEmail, publicSearch, publicUrl, secureCookies, trustProxy,
        webhookPrivateAddresses, webhookRetryDelays, webhookTimeout, perAccount, perAddress,
        lockoutAfterFailures, lockoutDuration, sessionLifetime, historyCap, andFacets, metricsToken);
  }

  public FacetwireConfig withHistoryCap(int cap) {
    return new FacetwireConfig(apiToken, adminEmail, publicSearch, publicUrl, secureCookies, trustProxy,
        webhookPrivateAddresses, webhookRetryDelays, webhookTimeout, signInPerAccount, signInPerAddress,
        lockoutAfterFailures, lockoutDuration, sessionLifetime, cap, andFacets, metricsToken);
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
