package io.facetwire.engine;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.facetwire.engine.embedded.EmbeddedElasticsearch;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.elasticsearch.client.RestClient;

/**
 * The running Elasticsearch the application uses: an external cluster or an embedded node, always
 * reached through the same HTTP client.
 */
public final class Engine implements AutoCloseable {

  private final ElasticsearchConnection connection;
  private final EmbeddedElasticsearch embedded;
  private final ElasticsearchSettings settings;

  private Engine(ElasticsearchConnection connection, EmbeddedElasticsearch embedded,
      ElasticsearchSettings settings) {
    this.connection = connection;
    this.embedded = embedded;
    this.settings = settings;
  }

  /**
   * Connects to the configured cluster, or starts the embedded node under {@code dataDir}, and waits
   * until it can serve requests.
   *
   * @throws EngineUnavailableException with one clear line when an external cluster does not answer
   */
  public static Engine start(ElasticsearchSettings settings, Path dataDir, ObjectMapper json) {
    EmbeddedElasticsearch embedded = null;
    ElasticsearchSettings effective = settings;
    if (settings.isEmbedded()) {
      embedded = startEmbedded(dataDir);
      // The node's secret travels as an API key header, as an external cluster's key would.
      effective = new ElasticsearchSettings(List.of(embedded.httpUrl()), embedded.apiKey(), null, null, null,
          settings.client(), settings.layout());
    }
    Engine engine = new Engine(ElasticsearchClients.create(effective, json), embedded, effective);
    try {
      engine.awaitReady();
    } catch (RuntimeException e) {
      engine.close();
      throw e;
    }
    return engine;
  }

  /** Starts the embedded node; what stops it is told in one line, without a stack trace. */
  private static EmbeddedElasticsearch startEmbedded(Path dataDir) {
    try {
      return EmbeddedElasticsearch.start(embeddedHome(dataDir), 0, "facetwire-embedded");
    } catch (RuntimeException e) {
      String why = describe(e);
      if (why.contains("failed to obtain node locks")) {
        throw new EngineUnavailableException("The data folder " + dataDir.toAbsolutePath()
            + " is in use by another process (a Facetwire server or command on the same folder)", e);
      }
      throw new EngineUnavailableException("The embedded Elasticsearch node did not start in "
          + embeddedHome(dataDir).toAbsolutePath() + ": " + why, e);
    }
  }

  /** The embedded node's folder inside the data folder. */
  public static Path embeddedHome(Path dataDir) {
    return dataDir.resolve("elasticsearch");
  }

  /** Blocks until the cluster is at least yellow; {@code GET /} is not available on the embedded node. */
  private void awaitReady() {
    try {
      HealthResponse health = client().cluster().health(h -> h
          .waitForStatus(HealthStatus.Yellow).timeout(t -> t.time("30s")));
      if (health.timedOut()) {
        throw new EngineUnavailableException("Elasticsearch at " + String.join(",", urls())
            + " answered but stayed " + health.status().jsonValue() + " for 30 s", null);
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof EngineUnavailableException u) {
        throw u;
      }
      throw new EngineUnavailableException("Cannot reach Elasticsearch at " + String.join(",", urls())
          + ": " + describe(e), e);
    }
  }

  /** The first line of the innermost cause: what a user can act on. */
  public static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.lines().findFirst().orElse(message);
  }

  public ElasticsearchClient client() {
    return connection.client();
  }

  /** The low-level client under {@link #client()}: for pre-serialized bodies (benchmarks, raw bulk). */
  public RestClient restClient() {
    return connection.restClient();
  }

  /** Shard and replica counts that override the mapping files for new indices. */
  public IndexLayout layout() {
    return settings.layout();
  }

  public boolean isEmbedded() {
    return embedded != null;
  }

  public List<String> urls() {
    return settings.urls();
  }

  /** How this engine reaches Elasticsearch (for another client on the same node: URLs and key). */
  public ElasticsearchSettings settings() {
    return settings;
  }

  @Override
  public void close() {
    connection.close();
    if (embedded != null) {
      embedded.close();
    }
  }
}
