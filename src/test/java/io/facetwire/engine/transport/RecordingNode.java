package io.facetwire.engine.transport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A stand-in for an Elasticsearch node that records each request exactly as it arrived (method, raw
 * path and query, headers, body bytes, the client's port: one port, one connection) and answers as a
 * node does, with the product header; statuses to answer first can be queued, and an answer held back.
 */
final class RecordingNode implements AutoCloseable {

  /** One request as received. */
  record Received(String method, String uri, Map<String, String> headers, byte[] body, int clientPort) {}

  static final String SEARCH_ANSWER = "{\"took\":1,\"timed_out\":false,\"_shards\":{\"total\":1,\"successful\":1,"
      + "\"skipped\":0,\"failed\":0},\"hits\":{\"total\":{\"value\":0,\"relation\":\"eq\"},\"max_score\":null,\"hits\":[]}}";
  static final String COUNT_ANSWER = "{\"count\":3,\"_shards\":{\"total\":1,\"successful\":1,\"skipped\":0,\"failed\":0}}";

  private final HttpServer server;
  final List<Received> received = new CopyOnWriteArrayList<>();
  private final Deque<Integer> statuses = new ArrayDeque<>();
  private volatile long holdMillis;
  private volatile boolean chunked;
  private volatile boolean closeEach;

  RecordingNode() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", this::answer);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The next requests are answered with these statuses (an Elasticsearch error body), then normally. */
  synchronized void failWith(Integer... codes) {
    statuses.addAll(List.of(codes));
  }

  /** Answers only after this long (a node that does not answer in time). */
  void hold(long millis) {
    holdMillis = millis;
  }

  /** Answers in chunks, without a length (as a node does for a large or streamed answer). */
  void chunked(boolean on) {
    chunked = on;
  }

  /** Answers with {@code Connection: close} and closes the connection after each answer. */
  void closeEachConnection(boolean on) {
    closeEach = on;
  }

  private void answer(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, String.join(",", v)));
    String uri = exchange.getRequestURI().getRawPath()
        + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
    received.add(new Received(exchange.getRequestMethod(), uri, headers, body,
        exchange.getRemoteAddress().getPort()));
    if (holdMillis > 0) {
      try {
        Thread.sleep(holdMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    Integer failure;
    synchronized (this) {
      failure = statuses.poll();
    }
    int status = failure == null ? 200 : failure;
    String answer = failure != null
        ? "{\"error\":{\"root_cause\":[],\"type\":\"test_failure\",\"reason\":\"answered " + failure + "\"},\"status\":" + failure + "}"
        : uri.contains("_count") ? COUNT_ANSWER : SEARCH_ANSWER;
    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
    if (closeEach) {
      exchange.getResponseHeaders().add("Connection", "close");
    }
    if ("HEAD".equals(exchange.getRequestMethod())) {
      exchange.sendResponseHeaders(status, -1);
    } else {
      exchange.sendResponseHeaders(status, chunked ? 0 : bytes.length);
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
