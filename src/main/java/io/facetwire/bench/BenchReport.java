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
  final Map<Integer, SearchRuns> search = new TreeMap<>();
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
      SearchRuns runs = entry.getValue();
      md.append(String.format("| search page, %s, p50 / p99 ms (median of %d runs) | %s | %s | %s | ≤ 1.30 |%n",
          clients, runs.runs().size(), pair(runs, SearchBench.Target.HTML), pair(runs, SearchBench.Target.RAW),
          ratios(runs, SearchBench.Target.HTML)));
      md.append(String.format("| `/api/search`, %s, p50 / p99 ms (median of %d runs) | %s | %s | %s | ≤ 1.15 |%n",
          clients, runs.runs().size(), pair(runs, SearchBench.Target.API), pair(runs, SearchBench.Target.RAW),
          ratios(runs, SearchBench.Target.API)));
      md.append(String.format("| world map page (`/search/map`, loaded on scroll), %s, p50 / p99 ms | %s | | | |%n",
          clients, pair(runs, SearchBench.Target.MAP)));
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

  private static String pair(SearchRuns runs, SearchBench.Target t) {
    return String.format("%.1f / %.1f", runs.p50(t), runs.p99(t));
  }

  private static String ratios(SearchRuns runs, SearchBench.Target t) {
    return String.format("%.2f / %.2f", runs.ratioP50(t), runs.ratioP99(t));
  }

  /**
   * One line to compare between commits: the ratios that have targets, then the load the figures
   * were taken under (a ratio taken under load says less).
   */
  public String summaryLine() {
    StringBuilder line = new StringBuilder("facetwire-bench ").append(commit()).append(' ')
        .append(started, 0, Math.min(16, started.length()));
    line.append(String.format(" ingest=%.2f", ingest.ratio()));
    search.forEach((c, runs) -> line.append(String.format(" c%d:page=%.2f/%.2f api=%.2f/%.2f", c,
        runs.ratioP50(SearchBench.Target.HTML), runs.ratioP99(SearchBench.Target.HTML),
        runs.ratioP50(SearchBench.Target.API), runs.ratioP99(SearchBench.Target.API))));
    line.append(String.format(" start=%.1fs rss=%dMiB", startupExistingMillis.stream().mapToLong(Long::longValue)
        .max().orElse(0) / 1000.0, serverMemoryMiB.getOrDefault("VmHWM", -1L)));
    line.append(" load=").append(loadBefore.split(" ")[0]).append('/').append(loadAfter.split(" ")[0]);
    return line.toString();
  }

  /** The commit the benchmark ran on, when run inside a git checkout. */
  static String commit() {
    try {
      Process p = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes()).strip();
      return p.waitFor() == 0 && out.matches("[0-9a-f]{4,40}") ? out : "nocommit";
    } catch (IOException e) {
      return "nocommit";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "nocommit";
    }
  }

  Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("summary", summaryLine());
    m.put("started", started);
    m.put("total_seconds", Latencies.round(totalSeconds));
    m.put("machine", machine());
    m.put("load_average_before", loadBefore);
    m.put("load_average_after", loadAfter);
    m.put("server_heap", "-Xmx" + config.serverHeap());
    m.put("ingest", ingest.toJson());
    Map<String, Object> searches = new LinkedHashMap<>();
    search.forEach((c, runs) -> searches.put("concurrency_" + c, runs.toJson()));
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
    Files.writeString(dir.resolve("bench.md"), header() + "\n" + markdown() + "\n" + summaryLine() + "\n");
    Json.mapper().writerWithDefaultPrettyPrinter().writeValue(dir.resolve("bench.json").toFile(), toJson());
  }

  /** "AMD EPYC … (2 cores), OpenJDK 17…": where a figure was taken. */
  static String machineLine() {
    Map<String, String> machine = machine();
    return machine.get("cpu") + " (" + machine.get("cores") + " cores), " + machine.get("java");
  }

  public String header() {
    Map<String, String> machine = machine();
    return "Facetwire benchmark, " + started + ", " + machine.get("cpu") + " (" + machine.get("cores")
        + " cores), " + machine.get("java") + "; load average before " + loadBefore + ", after " + loadAfter
        + "; " + String.format("%.0f s in all", totalSeconds) + "\n";
  }

  static Map<String, String> machine() {
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

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "unknown";
    }
  }
}
