package io.facetwire.bench;

import io.facetwire.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The figures of one run, printed as a Markdown table and written as JSON. */
public final class BenchReport {

  final Benchmark.Config config;
  final String started = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  final String loadBefore = loadAverage();
  String loadAfter;
  long startupWithDemoMillis;
  final List<Long> startupExistingMillis = new ArrayList<>();
  IngestResult ingest;
  int sameTotals;
  double roundTripsHtml;
  double roundTripsApi;
  SearchBench.WarmUp warmUp;
  Map<SearchBench.Target, Double> serverCpuMicrosPerRequest;
  final Map<Integer, Map<SearchBench.Target, Latencies>> search = new TreeMap<>();
  Map<String, Long> serverMemoryMiB;
  private final long startNanos = System.nanoTime();
  double totalSeconds;

  BenchReport(Benchmark.Config config) {
    this.config = config;
  }

  void finish() {
    loadAfter = loadAverage();
    totalSeconds = (System.nanoTime() - startNanos) / 1e9;
  }

  public String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("| measure | Facetwire | raw Elasticsearch | ratio | target |\n");
    md.append("|---|---|---|---|---|\n");
    md.append(String.format("| ingest, %,d Reuters articles (%d copies), articles/s | %,.0f | %,.0f | %.2f | ≥ 0.80 |%n",
        ingest.articles(), config.copies(), ingest.facetwireRate(), ingest.rawRate(), ingest.ratio()));
    md.append(String.format("| ingest, CPU µs per article, server (node) + client process (of which client) | %.0f (%.0f) | %.0f (%.0f) | %.2f | |%n",
        ingest.facetwireCpuMicrosPerArticle(), ingest.clientCpuMicrosPerArticle(ingest.facetwire()),
        ingest.rawCpuMicrosPerArticle(), ingest.clientCpuMicrosPerArticle(ingest.raw()), ingest.cpuRatio()));
    for (var entry : search.entrySet()) {
      int c = entry.getKey();
      String clients = c + " client" + (c == 1 ? "" : "s");
      Latencies raw = entry.getValue().get(SearchBench.Target.RAW);
      Latencies html = entry.getValue().get(SearchBench.Target.HTML);
      Latencies api = entry.getValue().get(SearchBench.Target.API);
      Latencies map = entry.getValue().get(SearchBench.Target.MAP);
      md.append(String.format("| search page, %s, p50 / p95 / p99 ms | %s | %s | %.2f (p99) | ≤ 1.30 |%n",
          clients, triple(html), triple(raw), html.p99() / raw.p99()));
      md.append(String.format("| `/api/search`, %s, p50 / p95 / p99 ms | %s | %s | %.2f (p99) | ≤ 1.15 |%n",
          clients, triple(api), triple(raw), api.p99() / raw.p99()));
      md.append(String.format("| world map page (`/search/map`, loaded on scroll), %s, p50 / p95 / p99 ms | %s | | | |%n",
          clients, triple(map)));
    }
    md.append(cpuRow("search page", SearchBench.Target.HTML));
    md.append(cpuRow("`/api/search`", SearchBench.Target.API));
    md.append(cpuRow("world map page", SearchBench.Target.MAP));
    md.append(String.format("| warm-up before the search figures: passes over the log (JIT compiler's share of server CPU, first → last pass) | %d (%.0f%% → %.0f%%) | | | |%n",
        warmUp.passes(), warmUp.firstCompilerShare() * 100, warmUp.lastCompilerShare() * 100));
    md.append(String.format("| Elasticsearch round trips per view (search page / API) | %.2f / %.2f | | | 1 |%n",
        roundTripsHtml, roundTripsApi));
    md.append(String.format("| start-up to first 200, existing index (%,d articles), s | %s | | | ≤ 15 |%n",
        ingest.articles(), startupExisting()));
    md.append(String.format("| start-up to first 200, first start with demo import, s | %.1f | | | ≤ 15 |%n",
        startupWithDemoMillis / 1000.0));
    md.append(String.format("| server peak RSS (VmHWM) at %,d articles, heap -Xmx%s | %,d MiB | | | ≤ 1,536 MiB |%n",
        ingest.articles(), config.serverHeap(), serverMemoryMiB.getOrDefault("VmHWM", -1L)));
    return md.toString();
  }

  /** Server process CPU per search once warmed up (raw: the node alone). */
  private String cpuRow(String what, SearchBench.Target target) {
    double own = serverCpuMicrosPerRequest.get(target);
    double node = serverCpuMicrosPerRequest.get(SearchBench.Target.RAW);
    return String.format("| %s, server CPU µs per search (raw: the node alone) | %.0f | %.0f | %.2f | |%n",
        what, own, node, own / node);
  }

  private String startupExisting() {
    List<String> seconds = startupExistingMillis.stream().map(m -> String.format("%.1f", m / 1000.0)).toList();
    return String.join(" / ", seconds);
  }

  private static String triple(Latencies l) {
    return String.format("%.1f / %.1f / %.1f", l.p50(), l.p95(), l.p99());
  }

  Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("started", started);
    m.put("total_seconds", Latencies.round(totalSeconds));
    m.put("machine", machine());
    m.put("load_average_before", loadBefore);
    m.put("load_average_after", loadAfter);
    m.put("server_heap", "-Xmx" + config.serverHeap());
    m.put("ingest", ingest.toJson());
    Map<String, Object> searches = new LinkedHashMap<>();
    search.forEach((c, byTarget) -> {
      Map<String, Object> t = new LinkedHashMap<>();
      byTarget.forEach((target, l) -> t.put(target.name().toLowerCase(), l.toJson()));
      Latencies raw = byTarget.get(SearchBench.Target.RAW);
      t.put("ratio_p99_html_to_raw", Latencies.round(byTarget.get(SearchBench.Target.HTML).p99() / raw.p99()));
      t.put("ratio_p99_api_to_raw", Latencies.round(byTarget.get(SearchBench.Target.API).p99() / raw.p99()));
      searches.put("concurrency_" + c, t);
    });
    m.put("search", searches);
    m.put("query_log_size", config.queries());
    m.put("api_total_equals_raw_total_of_first_100", sameTotals);
    Map<String, Long> cpu = new LinkedHashMap<>();
    serverCpuMicrosPerRequest.forEach((t, v) -> cpu.put(t.name().toLowerCase(), Math.round(v)));
    m.put("warm_up", Map.of("passes", warmUp.passes(), "jit_share_first_pass", Latencies.round(warmUp.firstCompilerShare()),
        "jit_share_last_pass", Latencies.round(warmUp.lastCompilerShare())));
    m.put("server_cpu_us_per_search", cpu);
    m.put("round_trips_per_view", Map.of("html", roundTripsHtml, "api", roundTripsApi));
    m.put("startup_existing_index_ms", startupExistingMillis);
    m.put("startup_with_demo_import_ms", startupWithDemoMillis);
    m.put("server_memory_mib", serverMemoryMiB);
    return m;
  }

  public void write(Path dir) throws IOException {
    Files.writeString(dir.resolve("bench.md"), header() + "\n" + markdown());
    Json.mapper().writerWithDefaultPrettyPrinter().writeValue(dir.resolve("bench.json").toFile(), toJson());
  }

  public String header() {
    Map<String, String> machine = machine();
    return "Facetwire benchmark, " + started + ", " + machine.get("cpu") + " (" + machine.get("cores")
        + " cores), " + machine.get("java") + "; load average before " + loadBefore + ", after " + loadAfter
        + "; " + String.format("%.0f s in all", totalSeconds) + "\n";
  }

  private static Map<String, String> machine() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    m.put("cpu", cpuModel());
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    return m;
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
    } catch (IOException e) {
      return "unknown CPU";
    }
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "unknown";
    }
  }
}
