package io.facetwire.support;

import io.facetwire.Json;
import io.facetwire.engine.ElasticsearchSettings;
import io.facetwire.engine.Engine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
