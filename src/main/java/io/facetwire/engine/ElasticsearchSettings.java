package io.facetwire.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How to reach Elasticsearch: an external cluster when {@code ELASTICSEARCH_URL} is set, otherwise an
 * embedded node under the data folder.
 *
 * @param urls     external cluster URLs (requests go round robin over them; a failed node is skipped
 *                 and retried later); empty means "start the embedded node"
 * @param caCert   PEM file of the CA that signed the cluster's certificate, or null for the JVM default
 * @param client   timeouts, retries and node sniffing
 * @param layout   shard and replica counts that override the mapping files, for new indices
 */
public record ElasticsearchSettings(
    List<String> urls, String apiKey, String username, String password, Path caCert,
    ClientTuning client, IndexLayout layout) {

  public ElasticsearchSettings {
    urls = List.copyOf(urls);
    client = client == null ? ClientTuning.defaults() : client;
    layout = layout == null ? IndexLayout.FROM_MAPPINGS : layout;
  }

  /** A cluster without authentication, default timeouts and the mapping files' shard counts. */
  public ElasticsearchSettings(List<String> urls, String apiKey, String username, String password, Path caCert) {
    this(urls, apiKey, username, password, caCert, null, null);
  }

  /**
   * Timeouts and retries of the HTTP client.
   *
   * @param retries   how often a request is repeated after the cluster refused it before doing any
   *                  work (connection refused, 429 or 503), with exponential backoff from 100 ms
   * @param sniff     ask the cluster for its nodes (every five minutes and after a failure) instead
   *                  of using only the configured URLs; not for clusters behind a proxy (Elastic Cloud)
   */
  public record ClientTuning(Duration connectTimeout, Duration socketTimeout, int retries, boolean sniff) {
    public static ClientTuning defaults() {
      return new ClientTuning(Duration.ofSeconds(5), Duration.ofSeconds(60), 2, false);
    }
  }

  public static ElasticsearchSettings embedded() {
    return new ElasticsearchSettings(List.of(), null, null, null, null);
  }

  /** The same credentials, tuning and layout, pointed at other URLs (the embedded node's). */
  public ElasticsearchSettings withUrls(List<String> newUrls) {
    return new ElasticsearchSettings(newUrls, apiKey, username, password, caCert, client, layout);
  }

  /** The same tuning and layout on another node, with that node's API key (the embedded node's secret). */
  public ElasticsearchSettings onNode(List<String> newUrls, String newApiKey) {
    return new ElasticsearchSettings(newUrls, newApiKey, null, null, null, client, layout);
  }

  public ElasticsearchSettings withLayout(IndexLayout newLayout) {
    return new ElasticsearchSettings(urls, apiKey, username, password, caCert, client, newLayout);
  }

  /**
   * Reads {@code ELASTICSEARCH_*} and {@code FACETWIRE_INDEX_SHARDS/REPLICAS}.
   *
   * @throws InvalidConfigurationException naming the variable when a value cannot be used
   */
  public static ElasticsearchSettings fromEnvironment(Map<String, String> env) {
    String url = blankToNull(env.get("ELASTICSEARCH_URL"));
    List<String> urls = url == null ? List.of()
        : Arrays.stream(url.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    for (String u : urls) {
      if (!u.startsWith("http://") && !u.startsWith("https://")) {
        throw new InvalidConfigurationException("ELASTICSEARCH_URL: '" + u + "' must start with http:// or https://");
      }
    }
    String ca = blankToNull(env.get("ELASTICSEARCH_CA_CERT"));
    ClientTuning defaults = ClientTuning.defaults();
    ClientTuning tuning = new ClientTuning(
        duration(env, "ELASTICSEARCH_CONNECT_TIMEOUT", defaults.connectTimeout()),
        duration(env, "ELASTICSEARCH_SOCKET_TIMEOUT", defaults.socketTimeout()),
        count(env, "ELASTICSEARCH_RETRIES", defaults.retries(), 0),
        Boolean.parseBoolean(env.getOrDefault("ELASTICSEARCH_SNIFF", "false").trim()));
    IndexLayout layout = new IndexLayout(
        optionalCount(env, "FACETWIRE_INDEX_SHARDS", 1),
        optionalCount(env, "FACETWIRE_INDEX_REPLICAS", 0));
    return new ElasticsearchSettings(urls,
        blankToNull(env.get("ELASTICSEARCH_API_KEY")),
        blankToNull(env.get("ELASTICSEARCH_USERNAME")),
        blankToNull(env.get("ELASTICSEARCH_PASSWORD")),
        ca == null ? null : Path.of(ca), tuning, layout);
  }

  public boolean isEmbedded() {
    return urls.isEmpty();
  }

  /** "500ms", "5s", "2m" or plain milliseconds. */
  static Duration duration(Map<String, String> env, String name, Duration fallback) {
    String v = blankToNull(env.get(name));
    if (v == null) {
      return fallback;
    }
    String s = v.trim().toLowerCase(java.util.Locale.ROOT);
    try {
      if (s.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2).trim()));
      } else if (s.endsWith("s")) {
        return Duration.ofSeconds(Long.parseLong(s.substring(0, s.length() - 1).trim()));
      } else if (s.endsWith("m")) {
        return Duration.ofMinutes(Long.parseLong(s.substring(0, s.length() - 1).trim()));
      }
      return Duration.ofMillis(Long.parseLong(s));
    } catch (NumberFormatException e) {
      throw new InvalidConfigurationException(name + ": '" + v + "' is not a duration (e.g. 500ms, 5s, 2m)");
    }
  }

  private static int count(Map<String, String> env, String name, int fallback, int min) {
    Integer v = optionalCount(env, name, min);
    return v == null ? fallback : v;
  }

  private static Integer optionalCount(Map<String, String> env, String name, int min) {
    String v = blankToNull(env.get(name));
    if (v == null) {
      return null;
    }
    try {
      int n = Integer.parseInt(v.trim());
      if (n >= min) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidConfigurationException(name + ": '" + v + "' must be a whole number of at least " + min);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
