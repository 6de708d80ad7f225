package io.facetwire.saved;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.facetwire.Json;
import io.facetwire.engine.ElasticsearchClients;
import io.facetwire.engine.ElasticsearchConnection;
import io.facetwire.engine.ElasticsearchSettings;
import io.facetwire.engine.EngineUnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The store's answer to a change that loses Elasticsearch's version race: the real store, on the application's own
 * client stack, talking to a stand-in node that finds the saved search and answers every {@code _update} of it as
 * Elasticsearch 8 answers an update whose tries all lost ({@code 409 version_conflict_engine_exception}). An owner's
 * change is then {@link ChangedMeanwhile} (the web layer's 409), never the 503 "cannot reach Elasticsearch" of an
 * {@link EngineUnavailableException}, and a visit's mark that loses is let stand.
 */
class SavedSearchStoreConflictTest {

  static final String ALIAS = "fw-saved-searches";
  static final String INDEX = "fw-saved-searches-v1";
  static final String OWNER = "owner@example.org";
  static final String ID = "Zk3qT0bWQ1mN8xYvR2aLcD4e";

  /**
   * What an Elasticsearch 8 node answers an update of {@link #ID} that lost to another write on its last try: the
   * shape, keys and order of the 8.19 test node's own answer (recorded through SavedSearchLostRaceTest's relay).
   */
  static final String CONFLICT = ("{\"error\":{\"root_cause\":[{\"type\":\"version_conflict_engine_exception\","
      + "\"reason\":\"[ID]: version conflict, required seqNo [7], primary term [1]. current document has seqNo [8]"
      + " and primary term [1]\",\"index_uuid\":\"hQ2v1oWcRhe0sE5n0pTq3A\",\"shard\":\"0\",\"index\":\"INDEX\"}],"
      + "\"type\":\"version_conflict_engine_exception\",\"reason\":\"[ID]: version conflict, required seqNo [7],"
      + " primary term [1]. current document has seqNo [8] and primary term [1]\","
      + "\"index_uuid\":\"hQ2v1oWcRhe0sE5n0pTq3A\",\"shard\":\"0\",\"index\":\"INDEX\"},\"status\":409}")
      .replace("ID", ID).replace("INDEX", INDEX);

  static final String FOUND = ("{\"_index\":\"INDEX\",\"_id\":\"ID\",\"_version\":8,\"_seq_no\":8,"
      + "\"_primary_term\":1,\"found\":true,\"_source\":{\"id\":\"ID\",\"owner\":\"OWNER\",\"name\":\"oil\","
      + "\"query_string\":\"q=oil\",\"created_at\":\"2026-01-02T03:04:05Z\",\"updated_at\":\"2026-01-02T03:04:05Z\","
      + "\"share_token\":null,\"feed_token\":\"feedtokenfeedtokenfeedtokenfeedtoken0123456\",\"alerts\":false}}")
      .replace("INDEX", INDEX).replace("ID", ID).replace("OWNER", OWNER);

  /** A node with the saved search in it that refuses every update of it with {@link #updateStatus}. */
  static final class StandInNode implements AutoCloseable {
    final List<String> received = new CopyOnWriteArrayList<>();
    volatile int updateStatus = 409;
    /** How many updates lose the race before one is taken (all of them unless a test says otherwise). */
    final java.util.concurrent.atomic.AtomicInteger conflictsLeft = new java.util.concurrent.atomic.AtomicInteger(
        Integer.MAX_VALUE);
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final HttpServer server;

    StandInNode() {
      try {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      server.setExecutor(threads);
      server.createContext("/", this::answer);
      server.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
      try (exchange) {
        exchange.getRequestBody().readAllBytes();
        String uri = exchange.getRequestURI().toString();
        received.add(exchange.getRequestMethod() + " " + uri);
        String path = exchange.getRequestURI().getPath();
        int status;
        String body;
        if (path.equals("/" + ALIAS + "/_doc/" + ID) && exchange.getRequestMethod().equals("GET")) {
          status = 200;
          body = FOUND;
        } else if (path.equals("/" + ALIAS + "/_update/" + ID) && updateStatus == 409
            && conflictsLeft.getAndDecrement() > 0) {
          status = 409;
          body = CONFLICT;
        } else if (path.equals("/" + ALIAS + "/_update/" + ID) && updateStatus == 409) {
          status = 200;
          body = "{\"_index\":\"" + INDEX + "\",\"_id\":\"" + ID + "\",\"_version\":7,\"result\":\"updated\","
              + "\"_shards\":{\"total\":1,\"successful\":1,\"failed\":0},\"_seq_no\":9,\"_primary_term\":1}";
        } else {
          status = path.contains("/_update/") ? updateStatus : 400;
          body = "{\"error\":{\"root_cause\":[],\"type\":\"illegal_state_exception\",\"reason\":\"not expected: "
              + path + "\"},\"status\":" + status + "}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
      }
    }

    List<String> updates() {
      return received.stream().filter(r -> r.contains("/_update/")).toList();
    }

    @Override
    public void close() {
      server.stop(0);
      threads.shutdownNow();
    }
  }

  StandInNode node;
  ElasticsearchConnection connection;
  SavedSearchStore store;

  @BeforeEach
  void start() {
    node = new StandInNode();
    // The application's client stack (transport, retries of refused requests), as ElasticsearchClients builds it.
    connection = ElasticsearchClients.create(new ElasticsearchSettings(List.of(node.url()), null, null, null, null,
        new ElasticsearchSettings.ClientTuning(Duration.ofSeconds(5), Duration.ofSeconds(30), 2, false), null),
        Json.mapper());
    store = new SavedSearchStore(connection.client(), ALIAS, Clock.systemUTC());
  }

  @AfterEach
  void stop() throws Exception {
    connection.close();
    node.close();
  }

  @Test
  void everyOwnerChangeThatLosesTheVersionRaceIsChangedMeanwhileSentOnce() {
    List<Executable> changes = List.of(
        () -> store.rename(OWNER, ID, "renamed"),
        () -> store.edit(OWNER, ID, "edited", "q=gas"),
        () -> store.setShared(OWNER, ID, true),
        () -> store.setFeed(OWNER, ID, true),
        () -> store.setAlerts(OWNER, ID, true));
    for (Executable change : changes) {
      node.received.clear();
      ChangedMeanwhile e = assertThrows(ChangedMeanwhile.class, change);
      assertTrue(e.getMessage().contains("not made") && e.getMessage().contains("try again"), e.getMessage());
      List<String> updates = node.updates();
      assertEquals(1, updates.size(), "a 409 is an answer, not an outage to repeat: " + node.received);
      // Elasticsearch itself retried the write three times against the other writers before answering 409.
      assertTrue(updates.get(0).startsWith("POST /" + ALIAS + "/_update/" + ID + "?")
          && updates.get(0).contains("retry_on_conflict=3"), updates.get(0));
    }
  }

  @Test
  void aVisitWhoseMarkLosesTheVersionRaceStillShowsTheSearchAsItWasBefore() {
    SavedSearch before = store.markSeen(OWNER, ID).orElseThrow();
    assertEquals("oil", before.name());
    assertEquals(1, node.updates().size(), "the mark was tried: " + node.received);
  }

  /**
   * Taking a cut page's mark back is tried again when it loses (else the mark stays moved on and matches the page did not
   * show are no longer new), and a page view never fails for it: before session 33 a reader got the 409 page.
   */
  @Test
  void aCutPagesMarkIsTakenBackAgainWhenItLosesAndTheViewNeverFailsForIt() {
    SavedSearch before = store.get(OWNER, ID).orElseThrow();
    node.conflictsLeft.set(2);
    node.received.clear();
    assertDoesNotThrow(() -> store.unmarkSeen(before));
    assertEquals(3, node.updates().size(), "two lost, the third taken: " + node.received);

    node.conflictsLeft.set(Integer.MAX_VALUE);
    node.received.clear();
    assertDoesNotThrow(() -> store.unmarkSeen(before));
    assertEquals(5, node.updates().size(), "tried five times, then let go: " + node.received);
  }

  /** The 409 is told apart: another refusal of the update stays what it was (a 503 page), not "changed meanwhile". */
  @Test
  void anUpdateRefusedForAnotherReasonIsNotReportedAsChangedMeanwhile() {
    node.updateStatus = 500;
    EngineUnavailableException e = assertThrows(EngineUnavailableException.class,
        () -> store.rename(OWNER, ID, "renamed"));
    assertInstanceOf(co.elastic.clients.elasticsearch._types.ElasticsearchException.class, e.getCause());
  }
}
