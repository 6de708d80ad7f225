package io.facetwire.support;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.http.conn.DnsResolver;

/**
 * A name service that answers one address the first time a name is looked up and another every time
 * after (DNS rebinding: public for a check, 127.0.0.1 for the connection), counting the lookups per name.
 */
public final class RebindingNames implements DnsResolver {

  public final Map<String, Integer> lookups = new ConcurrentHashMap<>();
  private final String first;
  private final String then;

  public RebindingNames(String first, String then) {
    this.first = first;
    this.then = then;
  }

  @Override
  public InetAddress[] resolve(String host) throws UnknownHostException {
    int n = lookups.merge(host, 1, Integer::sum);
    return new InetAddress[] {InetAddress.getByName(n == 1 ? first : then)};
  }
}
