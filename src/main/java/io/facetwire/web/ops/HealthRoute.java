package io.facetwire.web.ops;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import io.facetwire.FacetwireConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /health}, for people and load balancers, judged on Facetwire's own indices (a shared
 * cluster may hold other indices in any state):
 *
 * <ul>
 *   <li>green: 200 {@code "ok"};
 *   <li>yellow: 200 {@code "degraded"} — every article is searchable, but some replicas are missing
 *       (a node is away), so one more failure could lose data; worth an alert, no reason to take
 *       this server out of a load balancer;
 *   <li>red: 503 {@code "failing"} — some primary shards are unassigned, so searches miss articles;
 *   <li>no answer: 503 {@code "unavailable"} with the reason.
 * </ul>
 *
 * <p>{@code /health/ready} answers the same (a readiness probe: send traffic or not);
 * {@code /health/live} only says the process serves HTTP (a liveness probe: restart or not).
 *
 * <p>Anyone gets the status word and a reason in general terms: that is all a probe or a load balancer
 * acts on. The cluster's name, node and shard counts and the reason Elasticsearch did not answer (which
 * names its address) go only to an operator ({@link OperatorAccess}: an admin, or the metrics token).
 * Until session 13 they were public: a map of the deployment for anyone who asked. Any other
 * {@code Authorization} (a client that sends its API token everywhere) gets the public answer, never a
 * 401: a probe must not fail for a header it did not mean for this route.
 */
public final class HealthRoute {

  private final ElasticsearchClient client;
  private final List<String> indices;
  private final FacetwireConfig config;

  public HealthRoute(ElasticsearchClient client, List<String> indices, FacetwireConfig config) {
    this.client = client;
    this.indices = List.copyOf(indices);
    this.config = config;
  }

  /**
   * {@code GET /health/live}: the process answers HTTP. Never asks Elasticsearch, so an orchestrator
   * does not restart a healthy server because the cluster is away (readiness says that).
   */
  public static void live(Context ctx) {
    ctx.json(Map.of("status", "ok"));
  }

  /** {@code GET /health} and {@code GET /health/ready}: 200 when searches can be answered, else 503. */
  public void handle(Context ctx) {
    boolean operator = OperatorAccess.isOperator(ctx, config);
    Map<String, Object> body = new LinkedHashMap<>();
    try {
      HealthResponse health = client.cluster().health(h -> h.index(indices)
          .timeout(t -> t.time("2s")).masterTimeout(t -> t.time("2s")));
      String status = health.status().jsonValue().toLowerCase(java.util.Locale.ROOT);
      body.put("status", switch (status) {
        case "green" -> "ok";
        case "yellow" -> "degraded";
        default -> "failing";
      });
      if ("yellow".equals(status)) {
        body.put("reason", "Some replica shards are not allocated"
            + (operator ? " (" + health.unassignedShards() + " unassigned)" : "")
            + ": all articles are searchable, with less redundancy.");
      } else if (!"green".equals(status)) {
        body.put("reason", "Some primary shards are not allocated: searches can miss articles.");
      }
      if (operator) {
        body.put("elasticsearch", Map.of(
            "cluster", health.clusterName(),
            "status", status,
            "nodes", health.numberOfNodes(),
            "data_nodes", health.numberOfDataNodes(),
            "active_shards", health.activeShards(),
            "unassigned_shards", health.unassignedShards()));
      }
      ctx.status("red".equals(status) ? 503 : 200).json(body);
    } catch (Exception e) {
      body.put("status", "unavailable");
      body.put("reason", "Elasticsearch does not answer" + (operator ? ": " + io.facetwire.engine.Engine.describe(e) : "."));
      ctx.status(503).json(body);
    }
  }
}
