package io.facetwire.support;

import io.facetwire.Json;
import io.facetwire.engine.ElasticsearchSettings;
import io.facetwire.engine.Engine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real embedded Elasticsearch node per test JVM, started on first use and stopped at JVM exit.
 * Each test takes its own index names through {@link #uniquePrefix}, so tests never see each other's data.
 */
public final class TestEngine {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static Engine engine;
  private static Path dataDir;

  private TestEngine() {}

  public static synchronized Engine get() {
    if (engine == null) {
      try {
        dataDir = Files.createTempDirectory("facetwire-test-es");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      engine = Engine.start(ElasticsearchSettings.embedded(), dataDir, Json.mapper());
      Runtime.getRuntime().addShutdownHook(new Thread(() -> engine.close()));
    }
    return engine;
  }

  /** The data folder of the shared node (its files: the node's secret, its address). */
  public static synchronized Path dataDir() {
    get();
    return dataDir;
  }

  /** A fresh index-name prefix, e.g. "t7-", so each test class works on its own indices. */
  public static String uniquePrefix() {
    return "t" + COUNTER.incrementAndGet() + "-" + ProcessHandle.current().pid() + "-";
  }

  /**
   * Deletes the open indices whose names start with {@code prefix} (a {@link #uniquePrefix}). The node of a test JVM
   * holds at most 1,000 shards (Elasticsearch's {@code cluster.max_shards_per_node}), and an installation's indices
   * ({@code IndexBootstrap.ensureIndices}) count 16 of them: a test that makes one for each test method gives them
   * back, or the suite's last classes cannot create theirs.
   */
  public static void deleteIndices(String prefix) {
    try {
      var client = get().client();
      List<String> names = new ArrayList<>(client.indices().get(g -> g.index(prefix + "*")).result().keySet());
      if (!names.isEmpty()) {
        client.indices().delete(d -> d.index(names));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
