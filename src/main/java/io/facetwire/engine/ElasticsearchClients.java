package io.facetwire.engine;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
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

/** Builds the one Elasticsearch client the application uses, for an embedded node or a real cluster. */
public final class ElasticsearchClients {

  private ElasticsearchClients() {}

  public static ElasticsearchClient create(ElasticsearchSettings settings, ObjectMapper json) {
    HttpHost[] hosts = settings.urls().stream().map(HttpHost::create).toArray(HttpHost[]::new);
    RestClientBuilder builder = RestClient.builder(hosts)
        .setRequestConfigCallback(rc -> rc.setConnectTimeout(5_000).setSocketTimeout(60_000));
    if (settings.apiKey() != null) {
      builder.setDefaultHeaders(new Header[] {
          new BasicHeader("Authorization", "ApiKey " + settings.apiKey())});
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
    return new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper(json)));
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
