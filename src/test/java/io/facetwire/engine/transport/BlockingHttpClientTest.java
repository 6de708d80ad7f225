package io.facetwire.engine.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.Json;
import io.facetwire.engine.ElasticsearchConnection;
import io.facetwire.engine.ElasticsearchSettings;
import io.facetwire.engine.EngineUnavailableException;
import io.facetwire.engine.EsCall;
import io.facetwire.engine.IndexLayout;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The transport to one node against a recording stand-in node: the requests it sends are byte for byte
 * those of the REST client it replaces, one pooled connection carries them, and every failure reaches
 * the application as before (the client's exception for an error answer, retried when the node turned
 * the request away; an I/O failure when it cannot be reached or does not answer in time).
 */
class BlockingHttpClientTest {

  final RecordingNode node = new RecordingNode();

  @AfterEach
  void stop() {
    node.close();
  }

  private ElasticsearchConnection connect(String apiKey, String user, String password, int retries, Duration socketTimeout) {
    ElasticsearchSettings settings = new ElasticsearchSettings(List.of(node.url()), apiKey, user, password, null,
        new ElasticsearchSettings.ClientTuning(Duration.ofSeconds(5), socketTimeout, retries, false), IndexLayout.FROM_MAPPINGS);
    return io.facetwire.engine.ElasticsearchClients.create(settings, Json.mapper());
  }

  private ElasticsearchConnection connect() {
    return connect("secret-key", null, null, 2, Duration.ofSeconds(60));
  }

  /** The REST client's transport as it was built before, on the same node and key. */
  private ElasticsearchClient restClientTransport() {
    RestClient rest = RestClient.builder(HttpHost.create(node.url()))
        .setDefaultHeaders(new org.apache.http.Header[] {new BasicHeader("Authorization", "ApiKey secret-key")})
        .build();
    return new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper(Json.mapper())));
  }

  private static SearchRequest search() {
    return SearchRequest.of(s -> s.index("facetwire-articles")
        .query(q -> q.simpleQueryString(t -> t.query("\"oil price\" -opec ü & <b>").fields("title", "body")))
        .aggregations("countries", a -> a.terms(t -> t.field("countries").size(10)))
        .highlight(h -> h.fields("body", f -> f.numberOfFragments(2)))
        .from(10).size(10));
  }

  @Test
  void sendsWhatTheRestClientSentByteForByte() throws Exception {
    ElasticsearchClient before = restClientTransport();
    try (ElasticsearchConnection after = connect()) {
      before.search(search(), ObjectNode.class);
      after.client().search(search(), ObjectNode.class);
      // Query parameters with characters to encode, and a request without a body.
      before.count(c -> c.index("facetwire-articles").q("oil & gas/ü+x"));
      after.client().count(c -> c.index("facetwire-articles").q("oil & gas/ü+x"));
      before.indices().exists(e -> e.index("facetwire-articles"));
      after.client().indices().exists(e -> e.index("facetwire-articles"));
    } finally {
      before._transport().close();
    }
    List<RecordingNode.Received> got = node.received;
    assertEquals(6, got.size());
    for (int i = 0; i < got.size(); i += 2) {
      RecordingNode.Received rest = got.get(i);
      RecordingNode.Received blocking = got.get(i + 1);
      assertEquals(rest.method(), blocking.method());
      assertEquals(rest.uri(), blocking.uri());
      assertArrayEquals(rest.body(), blocking.body(), new String(blocking.body(), java.nio.charset.StandardCharsets.UTF_8));
      for (String header : List.of("Content-Type", "Accept", "Authorization", "User-Agent", "Host", "Connection")) {
        assertEquals(rest.headers().get(header), blocking.headers().get(header), header);
      }
      // The one difference, in framing only: the REST client streamed a body in chunks; this one says its
      // length up front, as raw Elasticsearch clients (and the bench's raw replay) do.
      if (blocking.body().length > 0) {
        assertEquals("chunked", rest.headers().get("Transfer-Encoding"));
        assertEquals(String.valueOf(blocking.body().length), blocking.headers().get("Content-Length"));
        assertEquals(null, blocking.headers().get("Transfer-Encoding"));
      }
      // Nothing is asked to be compressed, nor sent compressed, on either.
      assertEquals(null, blocking.headers().get("Accept-Encoding"));
      assertEquals(null, blocking.headers().get("Content-Encoding"));
    }
    assertTrue(got.get(1).uri().startsWith("/facetwire-articles/_search?typed_keys=true"), got.get(1).uri());
    assertTrue(got.get(3).uri().contains("q=oil+%26+gas%2F%C3%BC%2Bx"), got.get(3).uri());
  }

  @Test
  void oneKeptConnectionCarriesEveryCallIncludingErrorAnswersAndUnreadBodies() throws Exception {
    try (ElasticsearchConnection connection = connect()) {
      ElasticsearchClient client = connection.client();
      for (int i = 0; i < 20; i++) {
        client.search(search(), ObjectNode.class);
      }
      node.failWith(404);
      assertThrows(ElasticsearchException.class, () -> client.search(search(), ObjectNode.class));
      client.indices().exists(e -> e.index("facetwire-articles"));
      client.search(search(), ObjectNode.class);
    }
    Set<Integer> ports = node.received.stream().map(RecordingNode.Received::clientPort).collect(Collectors.toSet());
    assertEquals(23, node.received.size());
    assertEquals(1, ports.size(), "requests went over " + ports.size() + " connections");
  }

  @Test
  void chunkedAnswersAreReadWholeAndTheConnectionKept() throws Exception {
    node.chunked(true);
    try (ElasticsearchConnection connection = connect()) {
      for (int i = 0; i < 5; i++) {
        assertEquals(0, connection.client().search(search(), ObjectNode.class).hits().hits().size());
        assertEquals(3, connection.client().count(c -> c.index("facetwire-articles")).count());
      }
    }
    assertEquals(10, node.received.size());
    assertEquals(1, node.received.stream().map(RecordingNode.Received::clientPort).distinct().count());
  }

  @Test
  void aConnectionTheNodeClosesIsNotUsedAgain() throws Exception {
    node.closeEachConnection(true);
    try (ElasticsearchConnection connection = connect("k", null, null, 0, Duration.ofSeconds(60))) {
      for (int i = 0; i < 4; i++) {
        assertEquals(0, connection.client().search(search(), ObjectNode.class).hits().hits().size());
      }
      node.closeEachConnection(false);
      for (int i = 0; i < 3; i++) {
        connection.client().search(search(), ObjectNode.class);
      }
    }
    // Four answers that closed their connections, then one new connection kept for the last three.
    assertEquals(7, node.received.size());
    assertEquals(5, node.received.stream().map(RecordingNode.Received::clientPort).distinct().count());
    assertEquals(1, node.received.subList(4, 7).stream().map(RecordingNode.Received::clientPort).distinct().count());
  }

  @Test
  void errorAnswersAreTheClientsExceptionAndTurnedAwayRequestsAreRepeated() throws Exception {
    try (ElasticsearchConnection connection = connect()) {
      ElasticsearchClient client = connection.client();
      node.failWith(409);
      ElasticsearchException conflict = assertThrows(ElasticsearchException.class,
          () -> client.search(search(), ObjectNode.class));
      assertEquals(409, conflict.status());
      assertTrue(EsCall.isConflict(conflict));
      assertEquals(1, node.received.size(), "a conflict is an answer, not repeated");

      // 429 and 503: turned away before any work, so repeated (two retries), then the last answer stands.
      node.failWith(429, 503, 429);
      ElasticsearchException busy = assertThrows(ElasticsearchException.class,
          () -> client.search(search(), ObjectNode.class));
      assertEquals(429, busy.status());
      assertEquals(4, node.received.size());
      node.failWith(503);
      assertEquals(0, client.search(search(), ObjectNode.class).hits().hits().size());
      assertEquals(6, node.received.size());

      // What a page makes of an error answer: the one mapping to "Elasticsearch refused".
      node.failWith(500);
      EngineUnavailableException down = assertThrows(EngineUnavailableException.class,
          () -> EsCall.run("run the search", () -> client.search(search(), ObjectNode.class)));
      assertTrue(down.getMessage().startsWith("Elasticsearch refused to run the search"), down.getMessage());
    }
  }

  @Test
  void aNodeThatCannotBeReachedIsAnIoFailureRetriedAndThenReported() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    ElasticsearchSettings settings = new ElasticsearchSettings(List.of("http://127.0.0.1:" + closedPort), "k", null, null, null,
        new ElasticsearchSettings.ClientTuning(Duration.ofSeconds(2), Duration.ofSeconds(5), 1, false), IndexLayout.FROM_MAPPINGS);
    try (ElasticsearchConnection connection = io.facetwire.engine.ElasticsearchClients.create(settings, Json.mapper())) {
      EngineUnavailableException e = assertThrows(EngineUnavailableException.class,
          () -> EsCall.run("run the search", () -> connection.client().search(search(), ObjectNode.class)));
      assertTrue(e.getMessage().startsWith("Elasticsearch is not reachable: "), e.getMessage());
      boolean refused = false;
      for (Throwable t = e; t != null; t = t.getCause()) {
        refused |= t instanceof java.net.ConnectException;
      }
      assertTrue(refused, "connection refused underneath");
    }
  }

  @Test
  void aNodeThatDoesNotAnswerWithinTheSocketTimeoutIsATimeoutNotARetry() throws Exception {
    node.hold(3_000);
    try (ElasticsearchConnection connection = connect("k", null, null, 2, Duration.ofMillis(300))) {
      Exception e = assertThrows(Exception.class, () -> connection.client().search(search(), ObjectNode.class));
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      assertInstanceOf(SocketTimeoutException.class, root, e.toString());
    }
    assertEquals(1, node.received.size(), "the request may have been carried out: not repeated");
  }

  @Test
  void userAndPasswordGoWithTheFirstRequest() throws Exception {
    try (ElasticsearchConnection connection = connect(null, "elastic", "pä:ss", 0, Duration.ofSeconds(60))) {
      connection.client().search(search(), ObjectNode.class);
    }
    String expected = "Basic " + java.util.Base64.getEncoder().encodeToString(
        "elastic:pä:ss".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(1, node.received.size());
    assertEquals(expected, node.received.get(0).headers().get("Authorization"));
  }
}
