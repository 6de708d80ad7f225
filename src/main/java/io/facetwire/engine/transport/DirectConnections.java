package io.facetwire.engine.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.http.Header;
import org.apache.http.HttpException;
import org.apache.http.HttpHost;
import org.apache.http.HttpRequest;
import org.apache.http.HttpResponse;
import org.apache.http.impl.DefaultBHttpClientConnection;
import org.apache.http.impl.DefaultConnectionReuseStrategy;
import org.apache.http.protocol.BasicHttpContext;
import org.apache.http.protocol.HttpCoreContext;
import org.apache.http.protocol.HttpProcessor;
import org.apache.http.protocol.HttpRequestExecutor;
import org.apache.http.protocol.ImmutableHttpProcessor;
import org.apache.http.protocol.RequestConnControl;
import org.apache.http.protocol.RequestContent;
import org.apache.http.protocol.RequestTargetHost;
import org.apache.http.util.EntityUtils;

/**
 * Keep-alive HTTP/1.1 connections to one plain-http node, used on the caller's thread with httpcore's own
 * connection and request executor — the library's message writing, parsing and body framing (length or
 * chunks) — without the classic client's execution chain above them.
 *
 * <p>Why: profiles of sessions 12 and 13 put the HTTP exchange at a fifth to a third of {@code /api/search}'s
 * request thread, most of it not the socket but the chain: the request's URI parsed and rebuilt for the route
 * (URIBuilder) on every call, the pool's lease through a lock and a future, the route, auth and
 * request-config states, the socket timeout set again per request. None of it does anything for one node over
 * plain http with fixed timeouts. Here: a lock-free stack of idle connections (the most recently used first, so
 * a quiet server reuses one warm connection), the timeouts set once when a connection opens, the same headers
 * as the classic client sent ({@code Host}, {@code Content-Length}, {@code Connection: Keep-Alive}, the default
 * headers when the request has none of that name).
 *
 * <p>A connection goes back to the stack only when its answer was read to the end and the node allows keep-alive;
 * any failure closes it. One idle for more than {@link OneNodeClient#CHECK_AFTER_IDLE_MILLIS} is checked before
 * use, as the classic pool checked it. No more than {@link OneNodeClient#CONNECTIONS} are kept idle; the number
 * in use is bounded by the server's own admission of searches and writes.
 */
final class DirectConnections implements NodeExchange {

  private static final HttpProcessor HEADERS = new ImmutableHttpProcessor(
      new RequestContent(), new RequestTargetHost(), new RequestConnControl());
  private static final HttpRequestExecutor EXECUTOR = new HttpRequestExecutor();

  private final int connectMillis;
  private final int socketMillis;
  private final List<Header> defaultHeaders;
  private final ConcurrentLinkedDeque<Idle> idle = new ConcurrentLinkedDeque<>();
  private final AtomicInteger idleCount = new AtomicInteger();
  private volatile boolean closed;

  private record Idle(DefaultBHttpClientConnection connection, long sinceNanos) {}

  DirectConnections(Duration connectTimeout, Duration socketTimeout, List<Header> defaultHeaders) {
    this.connectMillis = (int) connectTimeout.toMillis();
    this.socketMillis = (int) socketTimeout.toMillis();
    this.defaultHeaders = List.copyOf(defaultHeaders);
  }

  @Override
  public Answer execute(HttpHost host, HttpRequest request) throws IOException {
    for (Header h : defaultHeaders) {
      if (!request.containsHeader(h.getName())) {
        request.addHeader(h);
      }
    }
    DefaultBHttpClientConnection connection = lease(host);
    BasicHttpContext context = new BasicHttpContext();
    context.setAttribute(HttpCoreContext.HTTP_TARGET_HOST, host);
    HttpResponse response;
    try {
      EXECUTOR.preProcess(request, HEADERS, context);
      response = EXECUTOR.execute(request, connection, context);
    } catch (HttpException e) {
      connection.shutdown();
      throw new IOException("Elasticsearch's answer could not be read: " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      connection.shutdown();
      throw e;
    }
    return new Answer(response, () -> release(connection, response, context));
  }

  /** Reads what is left of the answer; the connection goes back if the node keeps it open, else it is closed. */
  private void release(DefaultBHttpClientConnection connection, HttpResponse response, BasicHttpContext context)
      throws IOException {
    boolean reusable = false;
    try {
      EntityUtils.consume(response.getEntity());
      reusable = !closed && connection.isOpen() && DefaultConnectionReuseStrategy.INSTANCE.keepAlive(response, context);
    } finally {
      if (reusable && idleCount.incrementAndGet() <= OneNodeClient.CONNECTIONS) {
        idle.offerFirst(new Idle(connection, System.nanoTime()));
        if (closed) {
          closeIdle(); // close() ran meanwhile: leave nothing open
        }
      } else {
        if (reusable) {
          idleCount.decrementAndGet();
        }
        connection.shutdown();
      }
    }
  }

  private DefaultBHttpClientConnection lease(HttpHost host) throws IOException {
    if (closed) {
      throw new IOException("The connections to Elasticsearch are closed");
    }
    for (Idle i; (i = idle.pollFirst()) != null; ) {
      idleCount.decrementAndGet();
      long idleMillis = (System.nanoTime() - i.sinceNanos()) / 1_000_000;
      if (idleMillis <= OneNodeClient.CHECK_AFTER_IDLE_MILLIS || !i.connection().isStale()) {
        return i.connection();
      }
      i.connection().shutdown();
    }
    return open(host);
  }

  private DefaultBHttpClientConnection open(HttpHost host) throws IOException {
    Socket socket = new Socket();
    try {
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(socketMillis);
      int port = host.getPort() < 0 ? 80 : host.getPort();
      socket.connect(new InetSocketAddress(host.getHostName(), port), connectMillis);
      DefaultBHttpClientConnection connection = new DefaultBHttpClientConnection(8 * 1024);
      connection.bind(socket);
      return connection;
    } catch (IOException | RuntimeException e) {
      socket.close();
      throw e;
    }
  }

  private void closeIdle() {
    for (Idle i; (i = idle.pollFirst()) != null; ) {
      idleCount.decrementAndGet();
      try {
        i.connection().shutdown();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    closeIdle();
  }
}
