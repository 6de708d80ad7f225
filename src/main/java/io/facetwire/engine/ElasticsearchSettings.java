package io.facetwire.engine;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How to reach Elasticsearch: an external cluster when {@code ELASTICSEARCH_URL} is set, otherwise an
 * embedded node under the data folder.
 *
 * @param urls     external cluster URLs; empty means "start the embedded node"
 * @param caCert   PEM file of the CA that signed the cluster's certificate, or null for the JVM default
 */
public record ElasticsearchSettings(
    List<String> urls, String apiKey, String username, String password, Path caCert) {

  public static ElasticsearchSettings embedded() {
    return new ElasticsearchSettings(List.of(), null, null, null, null);
  }

  public static ElasticsearchSettings fromEnvironment(Map<String, String> env) {
    String url = blankToNull(env.get("ELASTICSEARCH_URL"));
    List<String> urls = url == null ? List.of()
        : Arrays.stream(url.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    String ca = blankToNull(env.get("ELASTICSEARCH_CA_CERT"));
    return new ElasticsearchSettings(urls,
        blankToNull(env.get("ELASTICSEARCH_API_KEY")),
        blankToNull(env.get("ELASTICSEARCH_USERNAME")),
        blankToNull(env.get("ELASTICSEARCH_PASSWORD")),
        ca == null ? null : Path.of(ca));
  }

  public boolean isEmbedded() {
    return urls.isEmpty();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
