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
 *
 * <p>{@link #losingAnswers} makes one that passes the bulk request on, so the node stores it, and drops
 * the node's answer instead: a node that wrote the request but answered after the client gave up.
 */
public final class UnansweredBulkProxy implements AutoCloseable {

  private final ServerSocket listener;
  private final String upstreamHost;
  private final int upstreamPort;
  private final AtomicInteger bulksToDrop = new AtomicInteger(1);
  private final AtomicInteger dropped = new AtomicInteger();
  /** Pass the bulk request on and drop its answer (rather than dropping the request). */
  private final boolean forwardRequest;

  public UnansweredBulkProxy(String upstreamUrl) throws IOException {
    this(upstreamUrl, false);
  }

  /** A relay that lets the node store the first bulk request and drops the node's answer to it. */
  public static UnansweredBulkProxy losingAnswers(String upstreamUrl) throws IOException {
    return new UnansweredBulkProxy(upstreamUrl, true);
  }

  private UnansweredBulkProxy(String upstreamUrl, boolean forwardRequest) throws IOException {
    this.forwardRequest = forwardRequest;
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

  /** Bulk requests (or, {@link #losingAnswers losing answers}, their answers) dropped so far. */
  public int dropped() {
    return dropped.get();
  }

  /** Lets every bulk request through until {@link #dropNextBulk} (a server writes a little of its own at start). */
  public void passEveryBulk() {
    bulksToDrop.set(0);
  }

  /** Drops the next bulk request (or its answer) too. */
  public void dropNextBulk() {
    bulksToDrop.set(1);
  }

  /** Drops the next {@code n} bulk requests (or their answers): a request, then the same sent again, … */
  public void dropNextBulks(int n) {
    bulksToDrop.set(n);
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        Socket upstream = new Socket(upstreamHost, upstreamPort);
        java.util.concurrent.atomic.AtomicBoolean muted = new java.util.concurrent.atomic.AtomicBoolean();
        start(() -> clientToNode(client, upstream, muted));
        start(() -> pump(upstream, client, muted));
      } catch (IOException e) {
        return;
      }
    }
  }

  /** {@code muted}: set once this connection's bulk answer is to be dropped (its request passed on). */
  private void clientToNode(Socket client, Socket upstream, java.util.concurrent.atomic.AtomicBoolean muted) {
    byte[] buffer = new byte[64 * 1024];
    boolean dropping = false;
    try (client; upstream) {
      InputStream in = client.getInputStream();
      OutputStream out = upstream.getOutputStream();
      for (int n; (n = in.read(buffer)) >= 0; ) {
        if (!dropping && !muted.get() && startsBulk(buffer, n) && bulksToDrop.getAndDecrement() > 0) {
          dropped.incrementAndGet();
          if (forwardRequest) {
            muted.set(true); // before any byte reaches the node, so no part of its answer gets through
          } else {
            dropping = true;
          }
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

  private static void pump(Socket from, Socket to, java.util.concurrent.atomic.AtomicBoolean muted) {
    byte[] buffer = new byte[64 * 1024];
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      for (int n; (n = in.read(buffer)) >= 0; ) {
        if (muted.get()) {
          continue; // the answer to the bulk request the node stored: the client never sees it
        }
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
