package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import java.util.List;
import java.util.function.Supplier;
import org.elasticsearch.client.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A full disk is told as a full disk, not as "cannot reach Elasticsearch". The test puts on the
 * indices the very block Elasticsearch puts on them at its flood-stage watermark
 * ({@code index.blocks.read_only_allow_delete}), then lifts it as Elasticsearch does once space is freed.
 *
 * <p>Elasticsearch's disk monitor lifts that block by itself whenever it finds the disk below the high
 * watermark (every 30 s, at any moment), so a request can meet an index the monitor has just freed. Each
 * step therefore checks afterwards that the block was still there; if the monitor had lifted it, the
 * step did not test a full disk and is run again.
 */
class DiskFullTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard();
  static List<String> indices;

  @BeforeAll
  static void start() {
    indices = List.of(server.facetwire().names().articles(), server.facetwire().names().users());
  }

  @AfterAll
  static void stop() throws Exception {
    block(null);
  }

  private static void block(Boolean on) throws Exception {
    for (String index : indices) {
      Request put = new Request("PUT", "/" + index + "/_settings");
      put.setJsonEntity("{\"index.blocks.read_only_allow_delete\": " + on + "}");
      server.facetwire().engine().restClient().performRequest(put);
    }
  }

  private static boolean blocked() throws Exception {
    for (String index : indices) {
      Request get = new Request("GET", "/" + index + "/_settings/index.blocks.read_only_allow_delete");
      String settings = new String(server.facetwire().engine().restClient().performRequest(get)
          .getEntity().getContent().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (!settings.contains("\"read_only_allow_delete\":\"true\"")) {
        return false;
      }
    }
    return true;
  }

  /** Runs a request while the disk is "full", again if Elasticsearch's monitor lifted the block meanwhile. */
  private static Http.Response onAFullDisk(Supplier<Http.Response> request) throws Exception {
    for (int attempt = 0; attempt < 5; attempt++) {
      block(true);
      Http.Response response = request.get();
      if (blocked()) {
        return response;
      }
    }
    throw new AssertionError("Elasticsearch's disk monitor lifted the block during each of 5 attempts");
  }

  @Test
  void writesOnAFullDiskSayTheDiskIsFullAndSearchingGoesOn() throws Exception {
    try {
      Http.Response imported = onAFullDisk(() -> server.api().post("/api/articles", "application/json",
          "{\"id\": \"full-disk-1\", \"title\": \"Full disk\", \"body\": \"Nothing fits.\"}"));
      assertEquals(400, imported.status(), imported.body());
      JsonNode failed = imported.json().path("failed");
      assertEquals(1, failed.size(), imported.body());
      assertTrue(failed.get(0).path("reason").asText().contains("disk Elasticsearch stores its data on is full"),
          imported.body());

      Http.Response signUp = onAFullDisk(() -> server.browser().signUp("full@example.org", "full disk password"));
      assertEquals(503, signUp.status(), signUp.body());
      String page = signUp.html().text();
      assertTrue(page.contains("is full"), page);
      assertFalse(page.contains("cannot reach"), page);

      Http.Response search = onAFullDisk(() -> server.http().get("/search?q=disk"));
      assertEquals(200, search.status(), "reading is not writing");
    } finally {
      block(null);
    }
    assertEquals(303, server.browser().signUp("full@example.org", "full disk password").status(),
        "space freed: writes work again");
  }
}
