package io.facetwire.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay in front of an Elasticsearch node that never answers the first bulk request: it reads the
 * request and drops it until the client gives up and closes the connection, as a node too busy to answer
 * in time looks to the client. Everything else passes through unchanged.
 */
public final class UnansweredBulkProxy implements AutoCloseable {

  private final ServerSocket listener;
  private final String upstreamHost;
  private final int upstreamPort;
  private final AtomicInteger bulksToDrop = new AtomicInteger(1);
  private final AtomicInteger dropped = new AtomicInteger();

  public UnansweredBulkProxy(String upstreamUrl) throws IOException {
    java.net.URI uri = java.net.URI.create(upstreamUrl);
    this.upstreamHost = uri.getHost();
    this.upstreamPort = uri.getPort();
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread accept = new Thread(this::accept, "unanswered-bulk-proxy");
    accept.setDaemon(true);
    accept.start();
  }

  public String url() {
    return "http://127.0.0.1:" + listener.getLocalPort();
  }

  /** Bulk requests dropped so far. */
  public int dropped() {
    return dropped.get();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        Socket upstream = new Socket(upstreamHost, upstreamPort);
        start(() -> clientToNode(client, upstream));
        start(() -> pump(upstream, client));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void clientToNode(Socket client, Socket upstream) {
    byte[] buffer = new byte[64 * 1024];
    boolean dropping = false;
    try (client; upstream) {
      InputStream in = client.getInputStream();
      OutputStream out = upstream.getOutputStream();
      for (int n; (n = in.read(buffer)) >= 0; ) {
        if (!dropping && startsBulk(buffer, n) && bulksToDrop.getAndDecrement() > 0) {
          dropping = true;
          dropped.incrementAndGet();
        }
        if (!dropping) {
          out.write(buffer, 0, n);
          out.flush();
        }
      }
    } catch (IOException closed) {
      // One side went away: the relay of this connection ends.
    }
  }

  private static boolean startsBulk(byte[] buffer, int n) {
    String head = new String(buffer, 0, Math.min(n, 200), StandardCharsets.ISO_8859_1);
    int lineEnd = head.indexOf('\r');
    String requestLine = lineEnd < 0 ? head : head.substring(0, lineEnd);
    return requestLine.startsWith("POST ") && requestLine.contains("/_bulk");
  }

  private static void pump(Socket from, Socket to) {
    byte[] buffer = new byte[64 * 1024];
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException closed) {
      // The other direction closes both sockets.
    } finally {
      try {
        to.shutdownOutput();
      } catch (IOException ignored) {
        // already closed
      }
    }
  }

  private static void start(Runnable r) {
    Thread t = new Thread(r, "unanswered-bulk-proxy-relay");
    t.setDaemon(true);
    t.start();
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }
}
