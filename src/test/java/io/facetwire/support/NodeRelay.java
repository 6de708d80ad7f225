package io.facetwire.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP relay on the loopback interface in front of the test node: every request the server sends it goes on to the
 * node with its method, headers and body, and the node's answer comes back unchanged. Subclasses look at or bend one
 * kind of request ({@link RecordingRelay}, {@link LostRaceRelay}) in {@link #relay}.
 */
abstract class NodeRelay implements AutoCloseable {

  private static final Set<String> NOT_RELAYED = Set.of("host", "content-length", "connection", "expect", "upgrade",
      "transfer-encoding", "keep-alive");

  protected final URI upstream;
  private final HttpServer server;
  private final ExecutorService threads;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  NodeRelay(String upstreamUrl, String threadName) {
    this.upstream = URI.create(upstreamUrl);
    this.threads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, threadName);
      t.setDaemon(true);
      return t;
    });
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(threads);
    server.createContext("/", this::relay);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Answers one request of the server, usually through {@link #forward} and {@link #answer}. */
  protected abstract void relay(HttpExchange exchange) throws IOException;

  /** Sends the server's request on to {@code uri} (path and query) of the node, with its own method and headers. */
  protected HttpResponse<byte[]> forward(HttpExchange exchange, String uri, byte[] body) throws IOException {
    HttpRequest.Builder out = HttpRequest.newBuilder(upstream.resolve(uri))
        .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    exchange.getRequestHeaders().forEach((name, values) -> {
      if (!NOT_RELAYED.contains(name.toLowerCase(Locale.ROOT))) {
        values.forEach(v -> out.header(name, v));
      }
    });
    return send(out);
  }

  /** Sends a request of the relay's own to the node. */
  protected HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /** Gives the server the node's answer, its status and headers, with {@code body} for its body. */
  protected static void answer(HttpExchange exchange, HttpResponse<byte[]> answer, byte[] body) throws IOException {
    answer.headers().map().forEach((name, values) -> {
      if (!NOT_RELAYED.contains(name.toLowerCase(Locale.ROOT)) && !name.equals(":status")) {
        exchange.getResponseHeaders().put(name, values);
      }
    });
    boolean noBody = body.length == 0 || exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(answer.statusCode(), noBody ? -1 : body.length);
    if (!noBody) {
      exchange.getResponseBody().write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
