package io.facetwire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.Facetwire;
import io.facetwire.FacetwireConfig;
import io.facetwire.Json;
import io.facetwire.engine.ElasticsearchSettings;
import io.facetwire.engine.IndexBootstrap;
import io.facetwire.engine.IndexNames;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.saved.SavedSearch;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;

/**
 * {@code bench --mode scale}: a generated corpus of any size imported by the command a user runs
 * beside a server, against raw bulk of the same documents; then, at that size, the index on disk,
 * searches (page, API, raw; 1 and 8 clients, median of three runs), facet value search,
 * autocomplete, CSV export, "new since" for 100 saved searches, peak memory and restarts.
 */
final class ScaleBench {

  private static final int PROBES = 200;

  private final List<Path> files;
  private final long articles;
  private final String heap;
  private final int queries;
  private final Path out;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  ScaleBench(List<Path> files, long articles, String heap, int queries, Path out) {
    this.files = files;
    this.articles = articles;
    this.heap = heap;
    this.queries = Math.min(queries, 200);
    this.out = out;
  }

  boolean keepFiles() {
    return false;
  }

  Map<String, Object> run(PrintLogger log) throws Exception {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("articles", articles);
    r.put("server_heap", heap.equals("default") ? "JVM default (no -Xmx)" : "-Xmx" + heap);
    Path data = out.resolve("scale-data");
    Benchmark.deleteRecursively(data);
    int port = Benchmark.freePort();
    Path serverLog = out.resolve("scale-server.log");
    Files.deleteIfExists(serverLog);
    try (ServerProcess server = ServerProcess.start(data, port, heap, false, serverLog);
        Facetwire client = Facetwire.open(server.nodeSettings(),
            out.resolve("client"), IndexNames.defaults(), FacetExtractor.loadDefault(), FacetwireConfig.defaults());
        RawBatches.OnDisk batches = new RawBatches.OnDisk(out.resolve("raw-bulk.ndjson"))) {
      RestClient rest = client.engine().restClient();
      log.line("Preparing the enriched documents for the raw run (not timed)…");
      CorpusStats stats = new CorpusStats();
      RawDocuments.prepare(files, client.importer(), client.facets(), batches, stats, 20);
      batches.seal();
      RawBulk raw = new RawBulk(rest, new IndexBootstrap(client.engine().client(), Json.mapper(),
          client.engine().layout()).definition(IndexNames.ARTICLES), () -> server.cpuMillis() + ProcessCpu.ownMillis());
      log.line("Raw bulk of " + batches.operations() + " documents…");
      IngestResult.Run rawRun = raw.run(batches);
      log.line(String.format("Raw bulk: %.1f s", rawRun.seconds()));

      log.line("facetwire import beside the server…");
      Instant importStart = Instant.now();
      List<String> args = new ArrayList<>(List.of("import", "--no-progress", "--data-dir", data.toString()));
      files.forEach(f -> args.add(f.toString()));
      long cpu0 = server.cpuMillis();
      CliProcess.Outcome imported = CliProcess.run(out.resolve("scale-import.log"), List.of(), args.toArray(String[]::new));
      long serverCpu = server.cpuMillis() - cpu0;
      if (!imported.output().contains("Imported: read " + batches.operations())) {
        throw new IllegalStateException("The import did not read every article:\n" + imported.output());
      }
      Instant midImport = importStart.plus(Duration.ofMillis((long) (imported.seconds() * 500)));
      log.line(String.format("Import: %.1f s", imported.seconds()));
      r.put("raw_seconds", Latencies.round(rawRun.seconds()));
      r.put("raw_articles_per_s", Math.round(articles / rawRun.seconds()));
      r.put("import_seconds", Latencies.round(imported.seconds()));
      r.put("import_articles_per_s", Math.round(articles / imported.seconds()));
      r.put("import_ratio", Latencies.round(rawRun.seconds() / imported.seconds()));
      r.put("import_command_cpu_ms", imported.cpuMillis());
      r.put("server_cpu_ms_import", serverCpu);
      r.put("server_cpu_ms_raw", rawRun.cpuMillis() - rawRun.clientCpuMillis());
      Nodes.awaitMergesIdle(rest);
      r.put("index_store_mib", storeBytes(rest, client.names().articles()) >> 20);
      r.put("data_folder_mib", folderBytes(data) >> 20);

      String alias = client.names().articles();
      List<QueryLog.Entry> queryLog = QueryLog.generate(stats, queries, 20170730L);
      SearchBench search = new SearchBench(server.baseUrl(), server.nodeUrl(), server.nodeAuthorization(), alias, queryLog, client.search(),
          client.facets());
      r.put("api_total_equals_raw_of_first_20", search.sameTotals(20));
      log.line("Warming up the searches (at most 3 passes)…");
      search.warmUp(server::cpuMillis, server::compilerCpuMillis, log, 3);
      Map<String, Object> searches = new LinkedHashMap<>();
      for (int c : new int[] {1, 8}) {
        log.line("Searching with " + c + " client(s), three runs…");
        searches.put("concurrency_" + c, search.measureRuns(c, 3).toJson());
      }
      r.put("search", searches);

      log.line("Facet value search, autocomplete, CSV export, new-since…");
      r.put("facet_value_search", probe(server.baseUrl(), facetPrefixes(stats)).toJson());
      r.put("autocomplete", probe(server.baseUrl(), suggestions(stats)).toJson());
      r.put("csv_export", csvExport(server.baseUrl(), stats.searchWords().get(0)));
      r.put("new_since_100_saved_searches", newSince(client, queryLog, midImport));
      r.put("server_memory_mib", server.memoryMiB());
    }
    List<Long> restarts = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      log.line("Restarting on the existing index…");
      try (ServerProcess server = ServerProcess.start(data, port, heap, false, serverLog)) {
        restarts.add(server.startupMillis());
      }
    }
    r.put("startup_existing_index_ms", restarts);
    Benchmark.deleteRecursively(data);
    return r;
  }

  private List<String> facetPrefixes(CorpusStats stats) {
    List<String> urls = new ArrayList<>();
    List<String> persons = stats.topValues("person", 100);
    List<String> countries = stats.topValues("country", 100);
    for (int i = 0; i < PROBES; i++) {
      boolean person = i % 2 == 0 && !persons.isEmpty();
      List<String> from = person ? persons : countries;
      String value = from.get(i % from.size());
      String[] words = value.split(" ");
      String word = words[words.length - 1];
      urls.add("/api/facets/" + (person ? "person" : "country") + "?prefix="
          + enc(word.substring(0, Math.min(3, word.length())).toLowerCase()));
    }
    return urls;
  }

  private List<String> suggestions(CorpusStats stats) {
    List<String> words = stats.searchWords();
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < PROBES; i++) {
      String w = words.get((i * 37) % words.size());
      urls.add("/api/suggest?q=" + enc(w.substring(0, Math.min(4, w.length()))));
    }
    return urls;
  }

  /** One client, the URLs one after the other (after one unmeasured pass). */
  private Latencies probe(String base, List<String> urls) throws Exception {
    for (String u : urls) {
      get(base + u);
    }
    long[] nanos = new long[urls.size()];
    int errors = 0;
    for (int i = 0; i < urls.size(); i++) {
      long t = System.nanoTime();
      if (get(base + urls.get(i)).statusCode() != 200) {
        errors++;
      }
      nanos[i] = System.nanoTime() - t;
    }
    return new Latencies(nanos, errors);
  }

  private Map<String, Object> csvExport(String base, String word) throws Exception {
    long t = System.nanoTime();
    HttpResponse<java.io.InputStream> response = http.send(HttpRequest.newBuilder(URI.create(base + "/search.csv?q="
        + enc(word))).timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofInputStream());
    long lines = 0;
    long bytes = 0;
    try (java.io.InputStream in = response.body()) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        bytes += n;
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
      }
    }
    double seconds = (System.nanoTime() - t) / 1e9;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("query", word);
    m.put("status", response.statusCode());
    m.put("lines", lines);
    m.put("mib", bytes >> 20);
    m.put("seconds", Latencies.round(seconds));
    m.put("lines_per_s", Math.round(lines / seconds));
    return m;
  }

  /** "New since the last visit" of 100 saved searches (one _msearch), the visit in the middle of the import. */
  private Map<String, Object> newSince(Facetwire client, List<QueryLog.Entry> queryLog, Instant lastVisit) {
    List<SavedSearch> saved = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      saved.add(new SavedSearch("bench" + i, "bench", "search " + i, queryLog.get(i % queryLog.size()).queryString(),
          lastVisit, lastVisit, null, lastVisit, null, null, false, null, null));
    }
    long total = client.newSince().counts(saved).values().stream().mapToLong(Long::longValue).sum();
    long[] nanos = new long[20];
    for (int i = 0; i < nanos.length; i++) {
      long t = System.nanoTime();
      client.newSince().counts(saved);
      nanos[i] = System.nanoTime() - t;
    }
    Map<String, Object> m = new LinkedHashMap<>(new Latencies(nanos, 0).toJson());
    m.put("new_articles_counted", total);
    return m;
  }

  private HttpResponse<Void> get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.discarding());
  }

  private static long storeBytes(RestClient rest, String alias) throws IOException {
    JsonNode stats = Json.mapper().readTree(rest.performRequest(new Request("GET", "/" + alias + "/_stats/store"))
        .getEntity().getContent());
    return stats.path("_all").path("total").path("store").path("size_in_bytes").asLong();
  }

  private static long folderBytes(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0;
        }
      }).sum();
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static String markdown(Map<String, Object> r) {
    StringBuilder md = new StringBuilder();
    md.append("| measure | figure |\n|---|---|\n");
    md.append(String.format("| articles (generated), server heap | %,d, %s |%n", r.get("articles"), r.get("server_heap")));
    md.append(String.format("| import beside the server / raw bulk, s (articles/s) | %s (%s) / %s (%s): ratio **%s** |%n",
        r.get("import_seconds"), r.get("import_articles_per_s"), r.get("raw_seconds"), r.get("raw_articles_per_s"),
        r.get("import_ratio")));
    md.append(String.format("| server CPU import / raw, ms; import command CPU ms | %s / %s; %s |%n",
        r.get("server_cpu_ms_import"), r.get("server_cpu_ms_raw"), r.get("import_command_cpu_ms")));
    md.append(String.format("| index on disk (store) / whole data folder, MiB | %s / %s |%n", r.get("index_store_mib"),
        r.get("data_folder_mib")));
    Json.mapper().valueToTree(r.get("search")).fields().forEachRemaining(e -> {
      JsonNode s = e.getValue();
      md.append(String.format("| search, %s: page / API / raw p50, p99 ms (median of 3) | %s, %s / %s, %s / %s, %s;"
              + " ratios page %s / %s, API %s / %s |%n", e.getKey().replace("concurrency_", "") + " client(s)",
          s.at("/html/p50_ms_median"), s.at("/html/p99_ms_median"), s.at("/api/p50_ms_median"),
          s.at("/api/p99_ms_median"), s.at("/raw/p50_ms_median"), s.at("/raw/p99_ms_median"),
          s.at("/ratio_p50_html_to_raw"), s.at("/ratio_p99_html_to_raw"), s.at("/ratio_p50_api_to_raw"),
          s.at("/ratio_p99_api_to_raw")));
    });
    md.append(String.format("| facet value search / autocomplete, p50 / p99 ms | %s / %s |%n",
        p50p99(r.get("facet_value_search")), p50p99(r.get("autocomplete"))));
    md.append(String.format("| CSV export | %s |%n", r.get("csv_export")));
    md.append(String.format("| new since last visit, 100 saved searches (one _msearch), p50 / p99 ms | %s |%n",
        p50p99(r.get("new_since_100_saved_searches"))));
    md.append(String.format("| server memory, MiB | %s |%n", r.get("server_memory_mib")));
    md.append(String.format("| start-up to first 200 on the existing index, ms | %s |%n", r.get("startup_existing_index_ms")));
    return md.toString();
  }

  private static String p50p99(Object latencies) {
    JsonNode l = Json.mapper().valueToTree(latencies);
    return l.path("p50_ms").asText() + " / " + l.path("p99_ms").asText();
  }

  static String summaryLine(Map<String, Object> r, String loadBefore, String loadAfter) {
    JsonNode j = Json.mapper().valueToTree(r);
    return String.format("facetwire-bench-scale %s articles=%s import=%s c1:page=%s/%s api=%s/%s c8:page=%s/%s api=%s/%s"
            + " rss=%sMiB start=%sms disk=%sMiB load=%s/%s", BenchReport.commit(), r.get("articles"),
        r.get("import_ratio"), j.at("/search/concurrency_1/ratio_p50_html_to_raw"),
        j.at("/search/concurrency_1/ratio_p99_html_to_raw"), j.at("/search/concurrency_1/ratio_p50_api_to_raw"),
        j.at("/search/concurrency_1/ratio_p99_api_to_raw"), j.at("/search/concurrency_8/ratio_p50_html_to_raw"),
        j.at("/search/concurrency_8/ratio_p99_html_to_raw"), j.at("/search/concurrency_8/ratio_p50_api_to_raw"),
        j.at("/search/concurrency_8/ratio_p99_api_to_raw"), j.at("/server_memory_mib/VmHWM"),
        j.at("/startup_existing_index_ms/1"), r.get("data_folder_mib"), loadBefore.split(" ")[0], loadAfter.split(" ")[0]);
  }

  static void write(Path dir, String header, Map<String, Object> r, String summary) throws IOException {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("summary", summary);
    json.put("header", header.strip());
    json.putAll(r);
    Files.writeString(dir.resolve("bench-scale.md"), header + "\n" + markdown(r) + "\n" + summary + "\n");
    Json.mapper().writerWithDefaultPrettyPrinter().writeValue(dir.resolve("bench-scale.json").toFile(), json);
  }
}
