package io.facetwire.bench;

import io.facetwire.Json;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code bench --mode ingest}: the full benchmark's ingest part alone ({@link IngestBench}: the same server, the
 * same warm-up and the same raw, Facetwire, raw, Facetwire, raw runs), without the searches and restarts that
 * follow it there. About a third of the full run's time, for work on the ingest ratio.
 */
public final class IngestOnlyBench {

  private final Path reuters;
  private final int copies;
  private final String serverHeap;
  private final Path out;
  private final PrintLogger log = new PrintLogger(System.err);

  public IngestOnlyBench(Path reuters, int copies, String serverHeap, Path out) {
    this.reuters = reuters;
    this.copies = copies;
    this.serverHeap = serverHeap;
    this.out = out;
  }

  /** Runs it; prints the summary line and writes {@code bench-ingest.json}. */
  public String run() throws Exception {
    String started = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    String loadBefore = BenchReport.loadAverage();
    long t0 = System.nanoTime();
    IngestResult result;
    try (BenchServer bench = BenchServer.start(out, Benchmark.freePort(), serverHeap, log)) {
      result = bench.ingest(new ReutersCopies(reuters, copies)).run(log);
    }
    String loadAfter = BenchReport.loadAverage();
    String summary = String.format("facetwire-bench-ingest %s %s ingest=%.2f raw=%.1fs fw=%.1fs cpu_us=%.0f/%.0f"
        + " client_us=%.0f/%.0f load=%s/%s", BenchReport.commit(), started.substring(0, Math.min(16, started.length())),
        result.ratio(), result.rawSeconds(), result.facetwireSeconds(), result.facetwireCpuMicrosPerArticle(),
        result.rawCpuMicrosPerArticle(), result.clientCpuMicrosPerArticle(result.facetwire()),
        result.clientCpuMicrosPerArticle(result.raw()), loadBefore.split(" ")[0], loadAfter.split(" ")[0]);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("summary", summary);
    json.put("started", started);
    json.put("total_seconds", Latencies.round((System.nanoTime() - t0) / 1e9));
    json.put("machine", BenchReport.machine());
    json.put("load_average_before", loadBefore);
    json.put("load_average_after", loadAfter);
    json.put("server_heap", "-Xmx" + serverHeap);
    json.put("ingest", result.toJson());
    Json.mapper().writerWithDefaultPrettyPrinter().writeValue(out.resolve("bench-ingest.json").toFile(), json);
    return summary;
  }
}
