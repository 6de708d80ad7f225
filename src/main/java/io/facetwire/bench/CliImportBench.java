package io.facetwire.bench;

import io.facetwire.Facetwire;
import io.facetwire.FacetwireConfig;
import io.facetwire.Json;
import io.facetwire.article.Article;
import io.facetwire.article.ArticleReaders;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordError;
import io.facetwire.article.RecordSink;
import io.facetwire.engine.ArticleDocuments;
import io.facetwire.engine.ElasticsearchSettings;
import io.facetwire.engine.IndexBootstrap;
import io.facetwire.engine.IndexNames;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.ingest.Importer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;

/**
 * The import a user waits for: {@code facetwire import FILES} as its own process (JVM start
 * included), into a freshly started server, against a raw {@code _bulk} of the very same enriched
 * documents into the same node (pre-serialized, 1,000 per request, two in flight). Per repetition:
 * a fresh server, a raw bulk to warm its node up, raw bulk, the command, raw bulk again; then the command alone, with no server,
 * starting its own node. Ratios compare medians: raw seconds over the command's seconds.
 */
final class CliImportBench {

  private static final int BATCH_SIZE = 1000;

  record Config(List<Path> files, String label, int repeats, String serverHeap, Path out) {}

  /** One repetition beside a server: the two raw runs around it and the command. */
  record Repetition(IngestResult.Run rawBefore, CliProcess.Outcome command, long serverCpuMillis,
      IngestResult.Run rawAfter, long serverStartMillis) {}

  private final Config config;
  private final CorpusStats stats = new CorpusStats();
  private long expected;
  private long rejected;

  CliImportBench(Config config) {
    this.config = config;
  }

  CorpusStats stats() {
    return stats;
  }

  long articles() {
    return expected;
  }

  /** The result, as a JSON-ready map; {@code ratio_beside_server} is the headline. */
  Map<String, Object> run(PrintLogger log) throws Exception {
    List<Repetition> reps = new ArrayList<>();
    try (RawBatches.OnDisk batches = new RawBatches.OnDisk(config.out().resolve("raw-bulk.ndjson"))) {
      for (int i = 0; i < config.repeats(); i++) {
        Path data = config.out().resolve("import-data-" + i);
        Benchmark.deleteRecursively(data);
        try (ServerProcess server = ServerProcess.start(data, Benchmark.freePort(), config.serverHeap(), false,
            config.out().resolve("import-server.log"))) {
          try (Facetwire client = Facetwire.open(server.nodeSettings(), config.out().resolve("client"), IndexNames.defaults(), FacetExtractor.loadDefault(),
              FacetwireConfig.defaults())) {
            if (batches.size() == 0) {
              log.line("Preparing the enriched documents for the raw runs (not timed)…");
              rejected = RawDocuments.prepare(config.files(), client.importer(), client.facets(), batches, stats, 1);
              batches.seal();
              expected = batches.operations();
              log.line(String.format("%,d documents, %,d MB of NDJSON", batches.operations(), batches.bytes() >> 20));
            }
            reps.add(repetition(server, client, batches, data, log));
          }
        }
        Benchmark.deleteRecursively(data);
      }
    }
    log.line("The command alone, no server running: it starts its own node on a fresh data folder…");
    Path alone = config.out().resolve("import-data-alone");
    Benchmark.deleteRecursively(alone);
    CliProcess.Outcome standalone = CliProcess.run(config.out().resolve("import-alone.log"),
        List.of(), command(alone));
    check(standalone);
    Benchmark.deleteRecursively(alone);
    return report(reps, standalone);
  }

  private Repetition repetition(ServerProcess server, Facetwire client, RawBatches batches, Path data,
      PrintLogger log) throws Exception {
    RestClient rest = client.engine().restClient();
    RawBulk raw = new RawBulk(rest, new IndexBootstrap(client.engine().client(), Json.mapper(),
        client.engine().layout()).definition(IndexNames.ARTICLES), () -> server.cpuMillis() + ProcessCpu.ownMillis());
    // The first bulk into a fresh node pays for compiling its indexing code; a running server has
    // done that long ago, so the node warms up unmeasured first.
    log.line(String.format("Raw bulk to warm up the node (not measured): %.1f s", raw.run(batches).seconds()));
    IngestResult.Run before = raw.run(batches);
    log.line(String.format("Raw bulk: %.1f s", before.seconds()));
    long cpu0 = server.cpuMillis();
    CliProcess.Outcome command = CliProcess.run(config.out().resolve("import.log"), List.of(), command(data));
    long serverCpu = server.cpuMillis() - cpu0;
    check(command);
    if (!command.output().contains("Sending the files to the server")) {
      throw new IllegalStateException("The import did not go through the server:\n" + command.output());
    }
    long stored = count(rest, client.names().articles());
    if (stored != expected) {
      throw new IllegalStateException("The import stored " + stored + " of " + expected + " articles");
    }
    log.line(String.format("facetwire import beside the server: %.1f s (command CPU %.1f s, server CPU %.1f s)",
        command.seconds(), command.cpuMillis() / 1000.0, serverCpu / 1000.0));
    Nodes.awaitMergesIdle(rest);
    IngestResult.Run after = raw.run(batches);
    log.line(String.format("Raw bulk again: %.1f s", after.seconds()));
    return new Repetition(before, command, serverCpu, after, server.startupMillis());
  }

  private String[] command(Path data) {
    List<String> args = new ArrayList<>(List.of("import", "--no-progress", "--data-dir", data.toString()));
    config.files().forEach(f -> args.add(f.toString()));
    return args.toArray(String[]::new);
  }

  private void check(CliProcess.Outcome outcome) {
    if (outcome.exitCode() > 1 || !outcome.output().contains("Imported: read " + (expected + rejected))) {
      throw new IllegalStateException("The import did not read all " + (expected + rejected) + " records:\n"
          + outcome.output());
    }
  }

  private static long count(RestClient rest, String index) throws IOException {
    rest.performRequest(new Request("POST", "/" + index + "/_refresh"));
    return Json.mapper().readTree(rest.performRequest(new Request("GET", "/" + index + "/_count"))
        .getEntity().getContent()).path("count").asLong();
  }

  private Map<String, Object> report(List<Repetition> reps, CliProcess.Outcome standalone) {
    List<Double> raw = new ArrayList<>();
    List<Double> cli = new ArrayList<>();
    for (Repetition r : reps) {
      raw.add(r.rawBefore().seconds());
      raw.add(r.rawAfter().seconds());
      cli.add(r.command().seconds());
    }
    double rawSeconds = median(raw);
    double cliSeconds = median(cli);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("corpus", config.label());
    m.put("articles", expected);
    m.put("raw_seconds_median", Latencies.round(rawSeconds));
    m.put("raw_articles_per_s", Math.round(expected / rawSeconds));
    m.put("import_beside_server_seconds_median", Latencies.round(cliSeconds));
    m.put("import_beside_server_articles_per_s", Math.round(expected / cliSeconds));
    m.put("ratio_beside_server", Latencies.round(rawSeconds / cliSeconds));
    m.put("import_command_cpu_ms", reps.stream().map(r -> r.command().cpuMillis()).toList());
    m.put("server_cpu_ms_during_import", reps.stream().map(Repetition::serverCpuMillis).toList());
    m.put("raw_server_cpu_ms", reps.stream().flatMap(r -> java.util.stream.Stream.of(r.rawBefore().cpuMillis()
        - r.rawBefore().clientCpuMillis(), r.rawAfter().cpuMillis() - r.rawAfter().clientCpuMillis())).toList());
    m.put("raw_seconds", raw.stream().map(Latencies::round).toList());
    m.put("import_beside_server_seconds", cli.stream().map(Latencies::round).toList());
    double ready = standalone.secondsOf("Elasticsearch ready");
    m.put("import_alone_seconds", Latencies.round(standalone.seconds()));
    m.put("import_alone_node_ready_seconds", Latencies.round(ready));
    m.put("import_alone_cpu_ms", standalone.cpuMillis());
    m.put("ratio_alone", Latencies.round(rawSeconds / standalone.seconds()));
    m.put("ratio_alone_after_node_start", Latencies.round(rawSeconds / standalone.secondsOf("Imported:")));
    return m;
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
