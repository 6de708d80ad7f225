package io.facetwire.engine.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.FacetwireEmbeddedNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;

/**
 * A real Elasticsearch node running inside this JVM, reachable over HTTP on 127.0.0.1: a single-node
 * cluster by default, or one node of a cluster formed on loopback ({@link #startClusterNode}).
 *
 * <p>The application never calls the node's Java internals: it connects to {@link #httpUrl()} with the
 * same HTTP client it would use for an external cluster, so both paths run the same code.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

  private static boolean loggingConfigured;

  private final Node node;
  private final String httpUrl;
  private final String secret;

  private EmbeddedElasticsearch(Node node, String httpUrl, String secret) {
    this.node = node;
    this.httpUrl = httpUrl;
    this.secret = secret;
  }

  /**
   * Starts a single-node cluster with its data under {@code home} (kept across restarts; a folder is
   * locked by its node, so two processes cannot share it).
   *
   * <p>Its HTTP layer asks every request for the folder's {@link NodeSecret}: the node listens on
   * 127.0.0.1, where any local user could otherwise read every index.
   *
   * @param httpPort 0 picks any free port
   */
  public static EmbeddedElasticsearch start(Path home, int httpPort, String nodeName) {
    String secret = NodeSecret.loadOrCreate(home);
    return start(home, nodeName, base(home, "facetwire", nodeName, httpPort, 0)
        .put("discovery.type", "single-node")
        .put(SecretCheckingNetty4Plugin.SECRET_FILE.getKey(), NodeSecret.file(home).toAbsolutePath().toString()),
        secret);
  }

  /**
   * How one node of a multi-node cluster on this machine is set up: its own folder and fixed ports,
   * so it can be stopped and started again at the same address, and the other nodes' transport
   * addresses to find the cluster by.
   *
   * @param seedHosts          transport addresses ("127.0.0.1:9301") of the nodes to contact
   * @param initialMasterNodes node names that vote in the very first election (ignored once the
   *                           cluster has formed, so a restarted node simply rejoins)
   */
  public record ClusterNode(Path home, String clusterName, String nodeName, int httpPort, int transportPort,
      List<String> seedHosts, List<String> initialMasterNodes) {

    /** The same node joining the cluster it already belongs to: no bootstrap list any more. */
    public ClusterNode rejoining() {
      return new ClusterNode(home, clusterName, nodeName, httpPort, transportPort, seedHosts, List.of());
    }
  }

  /**
   * Starts one node of a multi-node cluster. It returns as soon as the node runs, without waiting for
   * the cluster to form (that needs a majority of the initial master nodes): start them all, then wait
   * for the cluster health to show every node.
   */
  public static EmbeddedElasticsearch startClusterNode(ClusterNode node) {
    return start(node.home(), node.nodeName(),
        base(node.home(), node.clusterName(), node.nodeName(), node.httpPort(), node.transportPort())
            .putList("discovery.seed_hosts", node.seedHosts())
            .putList("cluster.initial_master_nodes", node.initialMasterNodes())
            .put("discovery.initial_state_timeout", "0s"), null);
  }

  private static Settings.Builder base(Path home, String clusterName, String nodeName, int httpPort,
      int transportPort) {
    return Settings.builder()
        .put("path.home", home.toAbsolutePath().toString())
        .put("path.data", home.resolve("data").toAbsolutePath().toString())
        .put("path.logs", home.resolve("logs").toAbsolutePath().toString())
        .put("cluster.name", clusterName)
        .put("node.name", nodeName)
        .put("network.host", "127.0.0.1")
        .put("http.port", httpPort)
        .put("transport.port", transportPort)
        // Disk watermarks in free bytes, not the default percentages: a big laptop disk that is 90%
        // full must not turn indices read-only, but a disk about to run out must, before Elasticsearch
        // meets "no space left" mid-write. The flood-stage block lifts by itself once space is freed.
        .put("cluster.routing.allocation.disk.watermark.low", "1gb")
        .put("cluster.routing.allocation.disk.watermark.high", "750mb")
        // Checked every 30 s (the default): at full import speed (~10 MB/s) well inside the 500 MB.
        .put("cluster.routing.allocation.disk.watermark.flood_stage", "500mb");
  }

  private static EmbeddedElasticsearch start(Path home, String nodeName, Settings.Builder builder, String secret) {
    try {
      Path config = Files.createDirectories(home.resolve("config"));
      Settings settings = builder.build();
      configureLogging(settings);
      Environment environment =
          InternalSettingsPreparer.prepareEnvironment(settings, java.util.Map.of(), config, () -> nodeName);
      Node node = new FacetwireEmbeddedNode(environment,
          List.of(SecretCheckingNetty4Plugin.class, LuceneAnalysisPlugin.class));
      node.start();
      HttpServerTransport http = node.injector().getInstance(HttpServerTransport.class);
      InetSocketAddress address = http.boundAddress().publishAddress().address();
      String url = "http://" + address.getHostString() + ":" + address.getPort();
      return new EmbeddedElasticsearch(node, url, secret);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not prepare the embedded Elasticsearch folder " + home, e);
    } catch (Exception e) {
      throw new IllegalStateException("The embedded Elasticsearch node did not start: " + e.getMessage(), e);
    }
  }

  /** Elasticsearch's log4j set-up may run only once per JVM (tests start several nodes). */
  private static synchronized void configureLogging(Settings settings) {
    if (loggingConfigured) {
      return;
    }
    LogConfigurator.registerErrorListener();
    LogConfigurator.configureESLogging();
    LogConfigurator.configureWithoutConfig(settings);
    // The node's INFO lines (shard allocation, index creation) drown the application's own output.
    org.apache.logging.log4j.core.config.Configurator.setLevel("org.elasticsearch",
        org.apache.logging.log4j.Level.toLevel(System.getProperty("facetwire.es.log", "WARN")));
    loggingConfigured = true;
  }

  public String httpUrl() {
    return httpUrl;
  }

  /**
   * The {@code Authorization} header value every request must carry, or null for a node of a
   * loopback cluster ({@link #startClusterNode}), which stands in for an external cluster and asks for none.
   */
  public String authorization() {
    return secret == null ? null : NodeSecret.authorization(secret);
  }

  /** The secret alone, as an API key for {@code ElasticsearchSettings}; null when none is asked. */
  public String apiKey() {
    return secret;
  }

  @Override
  public void close() {
    try {
      node.close();
      node.awaitClose(30, TimeUnit.SECONDS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
