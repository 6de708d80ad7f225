package io.facetwire.bench;

import io.facetwire.Facetwire;
import io.facetwire.FacetwireConfig;
import io.facetwire.engine.IndexNames;
import io.facetwire.extract.FacetExtractor;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The server the ingest runs are made beside ({@link Benchmark}, {@link IngestOnlyBench}): started with the demo
 * import on an empty data folder in the output folder (its log there too), and Facetwire's client on its node.
 * Closing it closes the client, then stops the server.
 */
final class BenchServer implements AutoCloseable {

  final Path dataDir;
  final ServerProcess server;
  final Facetwire facetwire;

  private BenchServer(Path dataDir, ServerProcess server, Facetwire facetwire) {
    this.dataDir = dataDir;
    this.server = server;
    this.facetwire = facetwire;
  }

  /** Empties {@code out}'s data folder and server log, starts the server on {@code port}, opens the client. */
  static BenchServer start(Path out, int port, String serverHeap, PrintLogger log) throws Exception {
    Files.createDirectories(out);
    Path dataDir = out.resolve("data");
    Benchmark.deleteRecursively(dataDir);
    Path serverLog = out.resolve("server.log");
    Files.deleteIfExists(serverLog);
    log.line("Starting the server on an empty data folder (demo import)…");
    ServerProcess server = ServerProcess.start(dataDir, port, serverHeap, true, serverLog);
    try {
      return new BenchServer(dataDir, server, Facetwire.open(server.nodeSettings(), out.resolve("client"),
          IndexNames.defaults(), FacetExtractor.loadDefault(), FacetwireConfig.defaults()));
    } catch (RuntimeException | Error e) {
      server.close();
      throw e;
    }
  }

  /** The ingest runs of {@code corpus} beside this server ({@link IngestBench}). */
  IngestBench ingest(ReutersCopies corpus) {
    return new IngestBench(corpus, facetwire, server::cpuMillis);
  }

  @Override
  public void close() throws InterruptedException {
    try {
      facetwire.close();
    } finally {
      server.close();
    }
  }
}
