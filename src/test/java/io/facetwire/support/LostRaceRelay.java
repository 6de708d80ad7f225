package io.facetwire.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.facetwire.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * A relay in front of the test node that, when armed for one document, makes the server lose the version race on it
 * for certain. An update that loses every try on a real node is a matter of chance (another write has to land
 * between the node's read and its write, four times running), so the relay plays it out once, in the order that
 * loses: it reads the document's version, lets {@code otherWriter} change the document (a raw write of another
 * server or of the alert job, straight to the node), then sends the server's update on, made conditional on the
 * version it read (the node's {@code if_seq_no}, without retries). The node itself answers 409
 * {@code version_conflict_engine_exception}, and the server's change is not made. Everything else passes unchanged.
 */
public final class LostRaceRelay implements AutoCloseable {

  private static final Set<String> NOT_RELAYED = Set.of("host", "content-length", "connection", "expect", "upgrade",
      "transfer-encoding", "keep-alive");

  private final URI upstream;
  private final String apiKey;
  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "lost-race-relay");
    t.setDaemon(true);
    return t;
  });
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private volatile String losingPath;
  private volatile Runnable otherWriter;
  private volatile String lastRefusal;

  public LostRaceRelay(String upstreamUrl, String apiKey) {
    this.upstream = URI.create(upstreamUrl);
    this.apiKey = apiKey;
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

  /** Every update of document {@code id} of {@code index} loses to {@code otherWriter}'s write; null: none. */
  public void loseUpdatesOf(String index, String id, Runnable otherWriter) {
    this.otherWriter = otherWriter;
    this.losingPath = id == null ? null : "/" + index + "/_update/" + id;
  }

  /** The node's own answer to the last update it refused, as it sent it. */
  public String lastRefusal() {
    return lastRefusal;
  }

  private void relay(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String path = exchange.getRequestURI().getRawPath();
      String query = exchange.getRequestURI().getRawQuery();
      boolean loses = path.equals(losingPath) && exchange.getRequestMethod().equals("POST");
      if (loses) {
        JsonNode read = Json.mapper().readTree(send("GET", path.replace("/_update/", "/_doc/"), null).body());
        otherWriter.run();
        query = (query == null ? "" : Arrays.stream(query.split("&"))
            .filter(p -> !p.startsWith("retry_on_conflict=")).collect(Collectors.joining("&")) + "&")
            + "if_seq_no=" + read.path("_seq_no").asLong() + "&if_primary_term=" + read.path("_primary_term").asLong();
      }
      HttpRequest.Builder out = HttpRequest.newBuilder(upstream.resolve(path + (query == null ? "" : "?" + query)))
          .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(body));
      exchange.getRequestHeaders().forEach((name, values) -> {
        if (!NOT_RELAYED.contains(name.toLowerCase(Locale.ROOT))) {
          values.forEach(v -> out.header(name, v));
        }
      });
      HttpResponse<byte[]> answer = send(out);
      if (loses) {
        lastRefusal = new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8);
      }
      answer.headers().map().forEach((name, values) -> {
        if (!NOT_RELAYED.contains(name.toLowerCase(Locale.ROOT)) && !name.equals(":status")) {
          exchange.getResponseHeaders().put(name, values);
        }
      });
      boolean noBody = answer.body().length == 0 || exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(answer.statusCode(), noBody ? -1 : answer.body().length);
      if (!noBody) {
        exchange.getResponseBody().write(answer.body());
      }
    }
  }

  private HttpResponse<byte[]> send(String method, String path, byte[] body) throws IOException {
    HttpRequest.Builder out = HttpRequest.newBuilder(upstream.resolve(path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    if (apiKey != null) {
      out.header("Authorization", "ApiKey " + apiKey);
    }
    return send(out);
  }

  private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
