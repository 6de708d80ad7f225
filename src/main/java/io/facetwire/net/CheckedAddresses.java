package io.facetwire.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.config.RegistryBuilder;
import org.apache.http.conn.DnsResolver;
import org.apache.http.conn.socket.ConnectionSocketFactory;
import org.apache.http.conn.socket.PlainConnectionSocketFactory;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

/**
 * The one place a host name is looked up for a fetch, and the answer the connection then uses: the
 * HTTP client asks this resolver for the addresses to connect to, so the address rule (no loopback, no
 * private network, unless the operator allows it) judges the very addresses the socket opens to. Before
 * 2026-12-02 the rule looked the name up, then the HTTP client looked it up again to connect: a name
 * whose DNS answer changed in between (DNS rebinding: a public address for the check, 127.0.0.1 for the
 * connection) reached Elasticsearch or the private network. Every redirect hop and every new connection
 * comes here; a kept-alive connection stays on the address it was opened to. TLS still names the host
 * (SNI and certificate check use the name, not the address). Webhook calls ({@code saved.WebhookSender})
 * connect through it too (session 13: they had the same two lookups).
 */
public final class CheckedAddresses implements DnsResolver {

  /** The name leads to this machine or a private network: refused before any connection is opened. */
  public static final class Refused extends UnknownHostException {
    Refused(String host, InetAddress address) {
      super(host + " is " + address.getHostAddress() + ", on this machine or a private network");
    }
  }

  private final DnsResolver lookup;
  private final boolean allowPrivate;

  /**
   * @param lookup       the name service (the system's; a test's that answers differently each time)
   * @param allowPrivate loopback and private addresses allowed (tests, intranets)
   */
  public CheckedAddresses(DnsResolver lookup, boolean allowPrivate) {
    this.lookup = lookup;
    this.allowPrivate = allowPrivate;
  }

  @Override
  public InetAddress[] resolve(String host) throws UnknownHostException {
    InetAddress[] addresses = lookup.resolve(host);
    if (addresses == null || addresses.length == 0) {
      throw new UnknownHostException(host);
    }
    if (!allowPrivate) {
      // Every address, not only the first: the client tries the next one when a connection fails.
      for (InetAddress address : addresses) {
        if (OutboundAddress.isInternal(address)) {
          throw new Refused(host, address);
        }
      }
    }
    return addresses.clone();
  }

  /**
   * An HTTP client whose every connection (HTTP, or HTTPS with the JVM's default TLS) opens through this
   * resolver: the one way this application's requests to user-given addresses connect (feeds, pages,
   * webhooks). Apache's client, not the JDK's: the JDK's looks the name up itself, with no way to hand it
   * the addresses the rule has just checked. No redirects (a caller that follows them does it by hand, hop
   * by hop, each through here), cookies, retries, automatic decompression (a caller decodes within its
   * own size limit) or proxy from system properties.
   */
  public CloseableHttpClient client(Duration connectTimeout, Duration readTimeout, int maxConnections, int perHost) {
    PoolingHttpClientConnectionManager connections = new PoolingHttpClientConnectionManager(
        RegistryBuilder.<ConnectionSocketFactory>create()
            .register("http", PlainConnectionSocketFactory.getSocketFactory())
            .register("https", SSLConnectionSocketFactory.getSocketFactory())
            .build(),
        null, this);
    connections.setMaxTotal(maxConnections);
    connections.setDefaultMaxPerRoute(perHost);
    int connect = (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis());
    int read = (int) Math.min(Integer.MAX_VALUE, readTimeout.toMillis());
    return HttpClients.custom()
        .setConnectionManager(connections)
        .setDefaultRequestConfig(RequestConfig.custom().setConnectTimeout(connect).setSocketTimeout(read)
            .setConnectionRequestTimeout(connect).setRedirectsEnabled(false).build())
        .disableRedirectHandling()
        .disableCookieManagement()
        .disableAutomaticRetries()
        .disableContentCompression()
        .disableAuthCaching()
        .build();
  }
}
