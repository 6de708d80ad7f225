package io.facetwire.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import io.facetwire.Json;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
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
public final class LostRaceRelay extends NodeRelay {

  private final String apiKey;
  private volatile String losingPath;
  private volatile Runnable otherWriter;
  private volatile String lastRefusal;

  public LostRaceRelay(String upstreamUrl, String apiKey) {
    super(upstreamUrl, "lost-race-relay");
    this.apiKey = apiKey;
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

  @Override
  protected void relay(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String path = exchange.getRequestURI().getRawPath();
      String query = exchange.getRequestURI().getRawQuery();
      boolean loses = path.equals(losingPath) && exchange.getRequestMethod().equals("POST");
      if (loses) {
        JsonNode read = Json.mapper().readTree(read(path.replace("/_update/", "/_doc/")).body());
        otherWriter.run();
        query = (query == null ? "" : Arrays.stream(query.split("&"))
            .filter(p -> !p.startsWith("retry_on_conflict=")).collect(Collectors.joining("&")) + "&")
            + "if_seq_no=" + read.path("_seq_no").asLong() + "&if_primary_term=" + read.path("_primary_term").asLong();
      }
      HttpResponse<byte[]> answer = forward(exchange, path + (query == null ? "" : "?" + query), body);
      if (loses) {
        lastRefusal = new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8);
      }
      answer(exchange, answer, answer.body());
    }
  }

  /** The relay's own read of a document, as the node has it now. */
  private HttpResponse<byte[]> read(String path) throws IOException {
    HttpRequest.Builder out = HttpRequest.newBuilder(upstream.resolve(path)).GET();
    if (apiKey != null) {
      out.header("Authorization", "ApiKey " + apiKey);
    }
    return send(out);
  }
}
