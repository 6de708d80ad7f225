package io.facetwire.bench;

import io.facetwire.Facetwire;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The whole benchmark, in the order a user meets the program: first start with the demo import,
 * ingest of the Reuters copies beside that server (as {@code facetwire import} would), searches
 * against the loaded server, its memory, then restarts on the existing index.
 */
public final class Benchmark {

  /**
   * @param reuters     folder with the Reuters-21578 reut2-NNN.sgm files
   * @param copies      how many times the corpus is imported (fresh ids and dates each time)
   * @param queries     size of the query log
   * @param serverHeap  -Xmx of the server process, e.g. "1g"
   * @param out         where bench.md, bench.json, the server log and the data folder go
   */
  public record Config(Path reuters, int copies, int queries, String serverHeap, int restarts, Path out) {}

  /** Latency runs per concurrency; the report gives the median of their p50s and p99s. */
  static final int SEARCH_RUNS = 3;

  private final Config config;
  private final PrintLogger log = new PrintLogger(System.err);

  public Benchmark(Config config) {
    this.config = config;
  }

  public BenchReport run() throws Exception {
    ReutersCopies corpus = new ReutersCopies(config.reuters(), config.copies());
    BenchReport report = new BenchReport(config);
    int port = freePort();

    Path dataDir;
    Path serverLog = config.out().resolve("server.log");
    try (BenchServer bench = BenchServer.start(config.out(), port, config.serverHeap(), log)) {
      ServerProcess server = bench.server;
      Facetwire facetwire = bench.facetwire;
      dataDir = bench.dataDir;
      report.startupWithDemoMillis = server.startupMillis();
      log.line("First 200 after " + server.startupMillis() + " ms");
      IngestBench ingest = bench.ingest(corpus);
      report.ingest = ingest.run(log);
      log.line(String.format("Ingest: raw %.0f/s, Facetwire %.0f/s, ratio %.2f; CPU per article raw %.0f µs,"
          + " Facetwire %.0f µs, CPU ratio %.2f", report.ingest.rawRate(), report.ingest.facetwireRate(),
          report.ingest.ratio(), report.ingest.rawCpuMicrosPerArticle(),
          report.ingest.facetwireCpuMicrosPerArticle(), report.ingest.cpuRatio()));

      List<QueryLog.Entry> queries = QueryLog.generate(ingest.stats(), config.queries(), 20170730L);
      Files.write(config.out().resolve("queries.txt"), queries.stream().map(QueryLog.Entry::queryString).toList());
      SearchBench search = new SearchBench(server.baseUrl(), server.nodeUrl(), server.nodeAuthorization(),
          facetwire.names().articles(), queries, facetwire.search(), facetwire.facets());
      report.sameTotals = search.sameTotals(100);
      log.line("Warming up: the query log against all targets until the JIT compiler is nearly done…");
      report.warmUp = search.warmUp(server::cpuMillis, server::compilerCpuMillis, log);
      report.serverCpuMicrosPerRequest = search.serverCpu(server::cpuMillis);
      report.roundTripsHtml = search.roundTripsPerView(SearchBench.Target.HTML, 100);
      report.roundTripsApi = search.roundTripsPerView(SearchBench.Target.API, 100);
      for (int concurrency : new int[] {1, 8}) {
        log.line("Searching with " + concurrency + " client(s)…");
        report.search.put(concurrency, search.measureRuns(concurrency, SEARCH_RUNS));
      }
      report.serverMemoryMiB = server.memoryMiB();
    }

    for (int i = 0; i < config.restarts(); i++) {
      log.line("Restarting the server on the existing index…");
      try (ServerProcess server = ServerProcess.start(dataDir, port, config.serverHeap(), true, serverLog)) {
        report.startupExistingMillis.add(server.startupMillis());
        log.line("First 200 after " + server.startupMillis() + " ms");
      }
    }
    report.finish();
    return report;
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    List<Path> paths = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
    }
    for (Path p : paths) {
      Files.delete(p);
    }
  }
}
