package io.facetwire.engine.transport;

import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.apache.http.Header;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.config.RegistryBuilder;
import org.apache.http.config.SocketConfig;
import org.apache.http.conn.socket.ConnectionSocketFactory;
import org.apache.http.conn.socket.PlainConnectionSocketFactory;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import org.apache.http.ssl.SSLContexts;

/**
 * The blocking HTTP exchange for {@link BlockingHttpClient}: over plain http, {@link DirectConnections} (httpcore's
 * connection and executor without the classic client's chain); over https, the classic (blocking) Apache HTTP
 * client with its TLS socket factory. Either way a pool of keep-alive
 * connections as large as the REST client's (32 to a node), the same connect and socket timeouts, and
 * nothing that would change a request on its way: no compression, redirects, cookies, automatic
 * retries or authentication challenges (credentials go in a default header, sent with every request).
 */
final class OneNodeClient {

  /** Connections per node, as the REST client's pool had them: searches beside two bulk requests. */
  static final int CONNECTIONS = 32;
  /**
   * A connection idle this long is checked before use (the server or a proxy may have closed it); the
   * check waits up to 1 ms for a byte, so it is not made on connections in steady use.
   */
  static final int CHECK_AFTER_IDLE_MILLIS = 2_000;

  private OneNodeClient() {}

  /**
   * @param defaultHeaders sent with every request ({@code Authorization})
   * @param ssl            the context for https (a configured CA), or null for the JVM's default
   */
  static NodeExchange create(org.apache.http.HttpHost node, Duration connectTimeout, Duration socketTimeout,
      List<Header> defaultHeaders, SSLContext ssl) {
    if ("http".equalsIgnoreCase(node.getSchemeName())) {
      return new DirectConnections(connectTimeout, socketTimeout, defaultHeaders);
    }
    return NodeExchange.classic(classic(connectTimeout, socketTimeout, defaultHeaders, ssl));
  }

  static CloseableHttpClient classic(Duration connectTimeout, Duration socketTimeout,
      List<Header> defaultHeaders, SSLContext ssl) {
    SSLContext context = ssl == null ? SSLContexts.createDefault() : ssl;
    PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager(
        RegistryBuilder.<ConnectionSocketFactory>create()
            .register("http", PlainConnectionSocketFactory.getSocketFactory())
            .register("https", new SSLConnectionSocketFactory(context))
            .build());
    pool.setMaxTotal(CONNECTIONS);
    pool.setDefaultMaxPerRoute(CONNECTIONS);
    pool.setValidateAfterInactivity(CHECK_AFTER_IDLE_MILLIS);
    pool.setDefaultSocketConfig(SocketConfig.custom()
        .setTcpNoDelay(true)
        .setSoTimeout((int) socketTimeout.toMillis())
        .build());
    RequestConfig requests = RequestConfig.custom()
        .setConnectTimeout((int) connectTimeout.toMillis())
        .setSocketTimeout((int) socketTimeout.toMillis())
        .setContentCompressionEnabled(false)
        .setRedirectsEnabled(false)
        .setAuthenticationEnabled(false)
        .build();
    return HttpClients.custom()
        .setConnectionManager(pool)
        .setDefaultRequestConfig(requests)
        .setDefaultHeaders(defaultHeaders)
        .disableAutomaticRetries()
        .disableRedirectHandling()
        .disableContentCompression()
        .disableCookieManagement()
        .disableAuthCaching()
        // Connections carry no per-user state (no client certificates): any request may reuse any.
        .disableConnectionState()
        .disableDefaultUserAgent()
        .build();
  }
}
