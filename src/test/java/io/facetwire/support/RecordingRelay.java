package io.facetwire.support;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP relay in front of the test node that records every request exactly as the server sent it (method, path
 * and query, body), so a test can read what a route asked Elasticsearch for. On demand it also reports every search
 * answer as cut by its timeout ({@code "timed_out": true}), the node's own answer otherwise unchanged: what a node
 * whose time budget ran out answers, without depending on how fast the machine is.
 */
public final class RecordingRelay extends NodeRelay {

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

  private final List<Sent> sent = new CopyOnWriteArrayList<>();
  private volatile boolean searchesTimeOut;

  public RecordingRelay(String upstreamUrl) {
    super(upstreamUrl, "recording-relay");
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

  @Override
  protected void relay(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String uri = exchange.getRequestURI().getRawPath()
          + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
      sent.add(new Sent(exchange.getRequestMethod(), uri, new String(body, StandardCharsets.UTF_8)));
      HttpResponse<byte[]> answer = forward(exchange, uri, body);
      byte[] back = answer.body();
      if (searchesTimeOut && (uri.contains("/_search") || uri.contains("/_msearch"))) {
        back = new String(back, StandardCharsets.UTF_8).replace("\"timed_out\":false", "\"timed_out\":true")
            .getBytes(StandardCharsets.UTF_8);
      }
      answer(exchange, answer, back);
    }
  }
}
