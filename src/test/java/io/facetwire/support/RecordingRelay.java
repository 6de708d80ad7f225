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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP relay in front of the test node that records every request exactly as the server sent it (method, path
 * and query, body), so a test can read what a route asked Elasticsearch for. On demand it also reports every search
 * answer as cut by its timeout ({@code "timed_out": true}), the node's own answer otherwise unchanged: what a node
 * whose time budget ran out answers, without depending on how fast the machine is.
 */
public final class RecordingRelay implements AutoCloseable {

  /** One request as the server sent it. */
  public record Sent(String method, String uri, String body) {

    /** Whether it is a search ({@code _search} or {@code _msearch}) naming {@code index} in its path or headers. */
    public boolean searches(String index) {
      String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
      return path.equals("/" + index + "/_search")
          || path.endsWith("/_msearch") && body.contains("\"" + index + "\"");
    }

    /** The search bodies: the one body of a {@code _search}, every second line of an {@code _msearch}. */
    public List<String> searchBodies() {
      if (!uri.contains("_msearch")) {
        return List.of(body);
      }
      List<String> lines = body.lines().filter(l -> !l.isBlank()).toList();
      List<String> bodies = new java.util.ArrayList<>();
      for (int i = 1; i < lines.size(); i += 2) {
        bodies.add(lines.get(i));
      }
      return bodies;
    }
  }

  private static final Set<String> NOT_RELAYED = Set.of("host", "content-length", "connection", "expect", "upgrade",
      "transfer-encoding", "keep-alive");

  private final URI upstream;
  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "recording-relay");
    t.setDaemon(true);
    return t;
  });
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final List<Sent> sent = new CopyOnWriteArrayList<>();
  private volatile boolean searchesTimeOut;

  public RecordingRelay(String upstreamUrl) {
    this.upstream = URI.create(upstreamUrl);
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

  /** Every request since the last {@link #clear}. */
  public List<Sent> sent() {
    return List.copyOf(sent);
  }

  public void clear() {
    sent.clear();
  }

  /** From now on (until turned off), every search answer says its time budget ran out. */
  public void searchesTimeOut(boolean on) {
    searchesTimeOut = on;
  }

  private void relay(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String uri = exchange.getRequestURI().getRawPath()
          + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
      sent.add(new Sent(exchange.getRequestMethod(), uri, new String(body, StandardCharsets.UTF_8)));
      HttpRequest.Builder out = HttpRequest.newBuilder(upstream.resolve(uri))
          .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(body));
      exchange.getRequestHeaders().forEach((name, values) -> {
        if (!NOT_RELAYED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
          values.forEach(v -> out.header(name, v));
        }
      });
      HttpResponse<byte[]> answer;
      try {
        answer = http.send(out.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      byte[] back = answer.body();
      if (searchesTimeOut && (uri.contains("/_search") || uri.contains("/_msearch"))) {
        back = new String(back, StandardCharsets.UTF_8).replace("\"timed_out\":false", "\"timed_out\":true")
            .getBytes(StandardCharsets.UTF_8);
      }
      answer.headers().map().forEach((name, values) -> {
        if (!NOT_RELAYED.contains(name.toLowerCase(java.util.Locale.ROOT)) && !name.equals(":status")) {
          exchange.getResponseHeaders().put(name, values);
        }
      });
      boolean noBody = back.length == 0 || exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(answer.statusCode(), noBody ? -1 : back.length);
      if (!noBody) {
        exchange.getResponseBody().write(back);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
