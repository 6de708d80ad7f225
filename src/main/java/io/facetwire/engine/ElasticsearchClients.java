package io.facetwire.engine;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest_client.RestClientHttpClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.facetwire.engine.transport.BlockingHttpClient;
import io.facetwire.engine.transport.EngineTransport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.elasticsearch.client.sniff.ElasticsearchNodesSniffer;
import org.elasticsearch.client.sniff.SniffOnFailureListener;
import org.elasticsearch.client.sniff.Sniffer;

/** Builds the one Elasticsearch client the application uses, for an embedded node or a real cluster. */
public final class ElasticsearchClients {

  private ElasticsearchClients() {}

  /**
   * Connects to {@code settings.urls()}: requests go round robin over the nodes, a node that fails
   * is left out until it answers again; with sniffing on, the node list comes from the cluster itself.
   */
  public static ElasticsearchConnection create(ElasticsearchSettings settings, ObjectMapper json) {
    HttpHost[] hosts = settings.urls().stream().map(HttpHost::create).toArray(HttpHost[]::new);
    ElasticsearchSettings.ClientTuning tuning = settings.client();
    SniffOnFailureListener sniffOnFailure = tuning.sniff() ? new SniffOnFailureListener() : null;
    RestClientBuilder builder = RestClient.builder(hosts)
        .setRequestConfigCallback(rc -> rc
            .setConnectTimeout((int) tuning.connectTimeout().toMillis())
            .setSocketTimeout((int) tuning.socketTimeout().toMillis()));
    if (sniffOnFailure != null) {
      builder.setFailureListener(sniffOnFailure);
    }
    if (settings.apiKey() != null) {
      builder.setDefaultHeaders(new Header[] {apiKeyHeader(settings)});
    }
    SSLContext ssl = settings.caCert() == null ? null : sslContextTrusting(settings);
    builder.setHttpClientConfigCallback(http -> {
      // Two concurrent bulk requests plus searches: the defaults (10 per route) are enough, but keep
      // the connection pool explicit so a busy import cannot starve the search page.
      http.setMaxConnPerRoute(32).setMaxConnTotal(64);
      if (settings.username() != null) {
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        credentials.setCredentials(AuthScope.ANY,
            new UsernamePasswordCredentials(settings.username(), settings.password()));
        http.setDefaultCredentialsProvider(credentials);
      }
      if (ssl != null) {
        http.setSSLContext(ssl);
      }
      return http;
    });
    RestClient rest = builder.build();
    Sniffer sniffer = null;
    if (sniffOnFailure != null) {
      boolean https = settings.urls().stream().anyMatch(u -> u.startsWith("https:"));
      sniffer = Sniffer.builder(rest)
          .setNodesSniffer(new ElasticsearchNodesSniffer(rest,
              ElasticsearchNodesSniffer.DEFAULT_SNIFF_REQUEST_TIMEOUT,
              https ? ElasticsearchNodesSniffer.Scheme.HTTPS : ElasticsearchNodesSniffer.Scheme.HTTP))
          .setSniffAfterFailureDelayMillis(10_000)
          .build();
      sniffOnFailure.setSniffer(sniffer);
    }
    JacksonJsonpMapper mapper = new JacksonJsonpMapper(json);
    ElasticsearchTransport transport = oneNode(settings)
        ? new EngineTransport(new BlockingHttpClient(hosts[0], tuning.connectTimeout(), tuning.socketTimeout(),
            credentials(settings), ssl, new RestClientHttpClient(rest)), null, mapper)
        : new RestClientTransport(rest, mapper);
    if (tuning.retries() > 0) {
      transport = new RetryingTransport(transport, tuning.retries());
    }
    transport = new TimedTransport(transport);
    return new ElasticsearchConnection(new ElasticsearchClient(transport), rest, sniffer);
  }

  /**
   * One URL and no sniffing (the embedded node, a single node, a proxy or Elastic Cloud): the client's
   * synchronous calls go straight over a pooled connection on the caller's thread. A list of nodes keeps
   * the REST client for everything: it spreads requests over the nodes, leaves out one that fails and
   * takes the list from the cluster when sniffing.
   */
  static boolean oneNode(ElasticsearchSettings settings) {
    return settings.urls().size() == 1 && !settings.client().sniff();
  }

  /** Elasticsearch's API-key scheme: the encoded key as Elasticsearch issued it, after "ApiKey". */
  private static Header apiKeyHeader(ElasticsearchSettings settings) {
    return new BasicHeader("Authorization", "ApiKey " + settings.apiKey());
  }

  /** The Authorization header of every request: the API key, or user and password sent up front. */
  private static List<Header> credentials(ElasticsearchSettings settings) {
    List<Header> headers = new ArrayList<>(1);
    if (settings.apiKey() != null) {
      headers.add(apiKeyHeader(settings));
    } else if (settings.username() != null) {
      String pair = settings.username() + ":" + (settings.password() == null ? "" : settings.password());
      headers.add(new BasicHeader("Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8))));
    }
    return headers;
  }

  private static SSLContext sslContextTrusting(ElasticsearchSettings settings) {
    try (InputStream in = Files.newInputStream(settings.caCert())) {
      Certificate ca = CertificateFactory.getInstance("X.509").generateCertificate(in);
      KeyStore trust = KeyStore.getInstance("pkcs12");
      trust.load(null, null);
      trust.setCertificateEntry("elasticsearch-ca", ca);
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, tmf.getTrustManagers(), null);
      return context;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read ELASTICSEARCH_CA_CERT " + settings.caCert(), e);
    } catch (Exception e) {
      throw new IllegalArgumentException("ELASTICSEARCH_CA_CERT " + settings.caCert()
          + " is not a usable PEM certificate: " + e.getMessage(), e);
    }
  }
}
