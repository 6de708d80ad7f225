package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.support.Http;
import io.facetwire.support.TestServer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A full disk is told as a full disk, not as "cannot reach Elasticsearch". The test puts on the
 * indices the very block Elasticsearch puts on them at its flood-stage watermark
 * ({@code index.blocks.read_only_allow_delete}), then lifts it as Elasticsearch does once space is freed.
 */
class DiskFullTest {

  static TestServer server;
  static List<String> indices;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    indices = List.of(server.facetwire().names().articles(), server.facetwire().names().users());
  }

  @AfterAll
  static void stop() throws Exception {
    block(null);
    server.close();
  }

  private static void block(Boolean on) throws Exception {
    for (String index : indices) {
      org.elasticsearch.client.Request put = new org.elasticsearch.client.Request("PUT", "/" + index + "/_settings");
      put.setJsonEntity("{\"index.blocks.read_only_allow_delete\": " + on + "}");
      server.facetwire().engine().restClient().performRequest(put);
    }
  }

  @Test
  void writesOnAFullDiskSayTheDiskIsFullAndSearchingGoesOn() throws Exception {
    block(true);
    try {
      Http.Response imported = server.api().post("/api/articles", "application/json",
          "{\"id\": \"full-disk-1\", \"title\": \"Full disk\", \"body\": \"Nothing fits.\"}");
      assertEquals(400, imported.status(), imported.body());
      JsonNode failed = imported.json().path("failed");
      assertEquals(1, failed.size(), imported.body());
      assertTrue(failed.get(0).path("reason").asText().contains("disk Elasticsearch stores its data on is full"),
          imported.body());

      Http.Response signUp = server.browser().signUp("full@example.org", "full disk password");
      assertEquals(503, signUp.status(), signUp.body());
      String page = signUp.html().text();
      assertTrue(page.contains("is full"), page);
      assertFalse(page.contains("cannot reach"), page);

      assertEquals(200, server.http().get("/search?q=disk").status(), "reading is not writing");
    } finally {
      block(null);
    }
    assertEquals(303, server.browser().signUp("full@example.org", "full disk password").status(),
        "space freed: writes work again");
  }
}
