package io.facetwire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.Json;
import java.io.IOException;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;

/** Waits for the node's background work, so one measurement does not pay for the previous one. */
final class Nodes {

  private Nodes() {}

  /** Background merges after a bulk load would steal CPU from the next measurement: wait them out. */
  static void awaitMergesIdle(RestClient rest) throws IOException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      JsonNode stats = Json.mapper().readTree(rest.performRequest(
          new Request("GET", "/_nodes/stats/indices/merge")).getEntity().getContent());
      long running = 0;
      for (JsonNode node : stats.path("nodes")) {
        running += node.path("indices").path("merges").path("current").asLong();
      }
      if (running == 0) {
        return;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
