package io.facetwire.web.http;

import io.facetwire.FacetwireConfig;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * How many connections the server keeps open: at most {@link #perAddress} from one client address (one
 * more is closed as soon as it is accepted) and at most half the process's file descriptors in all (then
 * Jetty stops accepting until some close; the waiting ones queue in the kernel).
 *
 * <p>Why: a connection costs a file descriptor, and the embedded Elasticsearch node shares the process's
 * limit. Found 2026-12-02 by a probe of the served jar: one address opened 20,800 connections and sent
 * each a header line every 8 s (Jetty's idle timeout only ends a silent connection, and a request head may
 * take 64 KB); the descriptors ran out, Jetty logged an "Accept Failure" stack trace every second and
 * Elasticsearch's disk health check failed with "Too many open files". Threads were never the problem
 * (an unfinished request head holds none). The per-address count uses the other limits' address
 * ({@link ClientAddresses}: an IPv6 client by its /64) and is off behind a trusted proxy, where every
 * connection comes from the proxy (which must bound its clients itself).
 */
public final class ConnectionsPerAddress implements Connection.Listener {

  /** At least this many connections per address: some 40 browsers (six each) behind one NAT address. */
  static final int AT_LEAST = 256;

  private final int limit;
  private final ConcurrentHashMap<String, Integer> open = new ConcurrentHashMap<>();
  /** Each open connection's key, taken when it opened: a closed channel no longer tells its remote address. */
  private final ConcurrentHashMap<Connection, String> keys = new ConcurrentHashMap<>();

  ConnectionsPerAddress(int limit) {
    this.limit = limit;
  }

  /** Connections one address may hold: more for a server told that many people share an address. */
  public static int perAddress(FacetwireConfig.Limits limits) {
    return Math.max(AT_LEAST, 16 * limits.searchesPerAddress());
  }

  /** Connections in all: half the file descriptors (Elasticsearch keeps the rest), at least 512. */
  static int total(long maxFileDescriptors) {
    return (int) Math.max(512, Math.min(Integer.MAX_VALUE, maxFileDescriptors / 2));
  }

  /** Installs both limits on every connector the server will have (Javalin adds its own at start). */
  static void install(Server server, FacetwireConfig config) {
    server.addBean(new NetworkConnectionLimit(total(maxFileDescriptors()), server));
    if (config.trustProxy()) {
      return;
    }
    ConnectionsPerAddress perAddress = new ConnectionsPerAddress(perAddress(config.limits()));
    server.addEventListener(new LifeCycle.Listener() {
      @Override
      public void lifeCycleStarting(LifeCycle event) {
        // Connection.Listener beans of a connector are added to each connection it makes.
        for (Connector connector : server.getConnectors()) {
          connector.addBean(perAddress);
        }
      }
    });
  }

  private static long maxFileDescriptors() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
      return unix.getMaxFileDescriptorCount();
    }
    return 20_000;
  }

  @Override
  public void onOpened(Connection connection) {
    String key = key(connection);
    if (key == null) {
      return;
    }
    keys.put(connection, key);
    if (open.merge(key, 1, Integer::sum) > limit) {
      connection.getEndPoint().close(); // onClosed follows and counts it out again
    }
  }

  @Override
  public void onClosed(Connection connection) {
    String key = keys.remove(connection);
    if (key != null) {
      open.computeIfPresent(key, (k, n) -> n <= 1 ? null : n - 1);
    }
  }

  private static String key(Connection connection) {
    SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
    return remote instanceof InetSocketAddress inet && inet.getAddress() != null
        ? ClientAddresses.key(inet.getAddress().getHostAddress()) : null;
  }
}
