package io.facetwire.web;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /health}: 200 while Elasticsearch answers, 503 with the reason when it does not. */
final class HealthRoute {

  private final ElasticsearchClient client;

  HealthRoute(ElasticsearchClient client) {
    this.client = client;
  }

  void handle(Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>();
    try {
      HealthResponse health = client.cluster().health(h -> h.timeout(t -> t.time("2s")));
      String status = health.status().jsonValue();
      body.put("status", "red".equals(status) ? "degraded" : "ok");
      body.put("elasticsearch", Map.of(
          "cluster", health.clusterName(),
          "status", status,
          "nodes", health.numberOfNodes(),
          "unassigned_shards", health.unassignedShards()));
      ctx.status("red".equals(status) ? 503 : 200).json(body);
    } catch (Exception e) {
      body.put("status", "unavailable");
      body.put("reason", "Elasticsearch does not answer: " + io.facetwire.web.Errors.oneLine(e));
      ctx.status(503).json(body);
    }
  }
}
