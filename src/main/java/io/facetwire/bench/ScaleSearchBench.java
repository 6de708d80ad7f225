package io.facetwire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.Facetwire;
import io.facetwire.FacetwireConfig;
import io.facetwire.Json;
import io.facetwire.article.Article;
import io.facetwire.article.ArticleReaders;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordError;
import io.facetwire.article.RecordSink;
import io.facetwire.engine.IndexNames;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.search.SearchSampling;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bench --mode scale-search --scale-data DIR}: the searches of {@code --mode scale} on an index
 * built once and kept (an import of the generated corpus takes half an hour at 500k articles on this
 * machine), each time with the counts exact ({@code FACETWIRE_SAMPLE_ABOVE=0}) and then sampled (the
 * default): start-up to the first 200, page, API and raw p50/p99 at 1 and 8 clients (median of three
 * runs; raw gets the very body of the page, sampled when the page samples), and memory.
 */
final class ScaleSearchBench {

  private static final int SAMPLE_EVERY = 20;

  private final List<Path> files;
  private final Path data;
  private final String heap;
  private final int queries;
  private final Path out;

  ScaleSearchBench(List<Path> files, Path data, String heap, int queries, Path out) {
    this.files = files;
    this.data = data;
    this.heap = heap;
    this.queries = Math.min(queries, 200);
    this.out = out;
  }

  Map<String, Object> run(PrintLogger log) throws Exception {
    if (!Files.isDirectory(data)) {
      throw new IllegalArgumentException("--scale-data " + data + " holds no index: build it once with "
          + "`facetwire import --data-dir " + data + " " + out.resolve("generated") + "/*.jsonl`");
    }
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("server_heap", heap.equals("default") ? "serve's default" : "-Xmx" + heap);
    r.put("exact", measure(log, SearchSampling.off(), Map.of("FACETWIRE_SAMPLE_ABOVE", "0")));
    r.put("sampled", measure(log, SearchSampling.defaults(), Map.of()));
    return r;
  }

  private Map<String, Object> measure(PrintLogger log, SearchSampling sampling, Map<String, String> env)
      throws Exception {
    Map<String, Object> r = new LinkedHashMap<>();
    int port = Benchmark.freePort();
    Path serverLog = out.resolve("scale-search-server.log");
    log.line("Starting the server on " + data + " (" + (sampling.enabled() ? "sampled" : "exact") + " counts)…");
    try (ServerProcess server = ServerProcess.start(data, port, heap, false, serverLog, env);
        Facetwire client = Facetwire.open(server.nodeSettings(), out.resolve("client"), IndexNames.defaults(),
            FacetExtractor.loadDefault(), FacetwireConfig.defaults().withSampling(sampling))) {
      r.put("startup_ms", server.startupMillis());
      r.put("articles", client.engine().client().count(c -> c.index(client.names().articles())).count());
      CorpusStats stats = stats(client);
      List<QueryLog.Entry> queryLog = QueryLog.generate(stats, queries, 20170730L);
      SearchBench search = new SearchBench(server.baseUrl(), server.nodeUrl(), server.nodeAuthorization(),
          client.names().articles(), queryLog, client.search(), client.facets());
      r.put("api_total_equals_raw_of_first_20", search.sameTotals(20));
      log.line("Warming up (2 passes)…");
      search.warmUp(server::cpuMillis, server::compilerCpuMillis, log, 2);
      Map<String, Object> searches = new LinkedHashMap<>();
      for (int c : new int[] {1, 8}) {
        log.line("Searching with " + c + " client(s), three runs…");
        long cpu0 = server.cpuMillis();
        searches.put("concurrency_" + c, search.measureRuns(c, 3).toJson());
        searches.put("server_cpu_ms_concurrency_" + c, server.cpuMillis() - cpu0);
      }
      r.put("search", searches);
      r.put("server_memory_mib", server.memoryMiB());
    }
    return r;
  }

  /** The query log's words and values, from every {@value #SAMPLE_EVERY}th article enriched as the import did. */
  private CorpusStats stats(Facetwire client) throws Exception {
    CorpusStats stats = new CorpusStats();
    long[] seen = {0};
    for (Path file : files) {
      ArticleReaders.forFile(file.getFileName().toString()).read(file, ReadOptions.NONE, new RecordSink() {
        @Override
        public void accept(Article article, String location) {
          boolean sample = seen[0]++ % SAMPLE_EVERY == 0;
          stats.add(sample ? client.importer().enrich(article) : article, sample);
        }

        @Override
        public void reject(RecordError error) {}
      });
    }
    return stats;
  }

  static String markdown(Map<String, Object> r) {
    StringBuilder md = new StringBuilder("| counts | start-up ms | 1 client: page / API / raw p50, p99 ms (ratios page, API)"
        + " | 8 clients: the same | server memory MiB |\n|---|---|---|---|---|\n");
    for (String kind : List.of("exact", "sampled")) {
      JsonNode k = Json.mapper().valueToTree(r.get(kind));
      md.append("| ").append(kind).append(" | ").append(k.path("startup_ms").asText());
      for (String c : List.of("concurrency_1", "concurrency_8")) {
        JsonNode s = k.path("search").path(c);
        md.append(String.format(" | %s, %s / %s, %s / %s, %s (%s/%s, %s/%s)", s.at("/html/p50_ms_median"),
            s.at("/html/p99_ms_median"), s.at("/api/p50_ms_median"), s.at("/api/p99_ms_median"),
            s.at("/raw/p50_ms_median"), s.at("/raw/p99_ms_median"), s.at("/ratio_p50_html_to_raw"),
            s.at("/ratio_p99_html_to_raw"), s.at("/ratio_p50_api_to_raw"), s.at("/ratio_p99_api_to_raw")));
      }
      md.append(" | ").append(k.path("server_memory_mib")).append(" |\n");
    }
    return md.toString();
  }

  static String summaryLine(Map<String, Object> r, String loadBefore, String loadAfter) {
    JsonNode j = Json.mapper().valueToTree(r);
    StringBuilder line = new StringBuilder("facetwire-bench-scale-search " + BenchReport.commit() + " articles="
        + j.at("/sampled/articles").asText());
    for (String kind : List.of("exact", "sampled")) {
      JsonNode s = j.path(kind).path("search");
      line.append(String.format(" %s:c1:page=%s/%s api=%s/%s raw=%s/%sms c8:page=%s/%s api=%s/%s raw=%s/%sms start=%sms",
          kind, s.at("/concurrency_1/ratio_p50_html_to_raw"), s.at("/concurrency_1/ratio_p99_html_to_raw"),
          s.at("/concurrency_1/ratio_p50_api_to_raw"), s.at("/concurrency_1/ratio_p99_api_to_raw"),
          s.at("/concurrency_1/raw/p50_ms_median"), s.at("/concurrency_1/raw/p99_ms_median"),
          s.at("/concurrency_8/ratio_p50_html_to_raw"), s.at("/concurrency_8/ratio_p99_html_to_raw"),
          s.at("/concurrency_8/ratio_p50_api_to_raw"), s.at("/concurrency_8/ratio_p99_api_to_raw"),
          s.at("/concurrency_8/raw/p50_ms_median"), s.at("/concurrency_8/raw/p99_ms_median"),
          j.path(kind).path("startup_ms").asText()));
    }
    line.append(" rss=").append(j.at("/sampled/server_memory_mib/VmHWM").asText()).append("MiB load=")
        .append(loadBefore.split(" ")[0]).append('/').append(loadAfter.split(" ")[0]);
    return line.toString();
  }

  static void write(Path dir, String header, Map<String, Object> r, String summary) throws java.io.IOException {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("summary", summary);
    json.put("header", header.strip());
    json.putAll(r);
    Files.writeString(dir.resolve("bench-scale-search.md"), header + "\n" + markdown(r) + "\n" + summary + "\n");
    Json.mapper().writerWithDefaultPrettyPrinter().writeValue(dir.resolve("bench-scale-search.json").toFile(), json);
  }
}
