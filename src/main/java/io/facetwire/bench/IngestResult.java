package io.facetwire.bench;

import io.facetwire.ingest.ImportSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measured ingest runs after the warm-up: raw, Facetwire, raw, Facetwire, raw. Rates and CPU compare
 * the median of Facetwire's runs with the median of the raw runs around them.
 */
record IngestResult(long articles, List<IngestResult.Run> raw, List<IngestResult.Run> facetwire,
    ImportSummary summary) {

  /**
   * One timed run: wall-clock seconds, CPU of the server and the benchmark process together, and of
   * the benchmark process alone (the importer, or the raw sender).
   */
  record Run(double seconds, long cpuMillis, long clientCpuMillis) {
    Map<String, Object> toJson() {
      return Map.of("seconds", Latencies.round(seconds), "cpu_ms", cpuMillis, "client_cpu_ms", clientCpuMillis);
    }
  }

  /** CPU µs per article of the client side alone: Facetwire's importer, or the raw sender. */
  double clientCpuMicrosPerArticle(List<Run> runs) {
    return median(runs.stream().map(r -> (double) r.clientCpuMillis()).toList()) * 1000.0 / articles;
  }
  double rawSeconds() {
    return median(raw.stream().map(Run::seconds).toList());
  }

  double facetwireSeconds() {
    return median(facetwire.stream().map(Run::seconds).toList());
  }

  double rawRate() {
    return articles / rawSeconds();
  }

  double facetwireRate() {
    return articles / facetwireSeconds();
  }

  double ratio() {
    return facetwireRate() / rawRate();
  }

  double rawCpuMicrosPerArticle() {
    return median(raw.stream().map(r -> (double) r.cpuMillis()).toList()) * 1000.0 / articles;
  }

  double facetwireCpuMicrosPerArticle() {
    return median(facetwire.stream().map(r -> (double) r.cpuMillis()).toList()) * 1000.0 / articles;
  }

  /** What the ratio would be if both had the machine's CPU to themselves. */
  double cpuRatio() {
    return rawCpuMicrosPerArticle() / facetwireCpuMicrosPerArticle();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("articles", articles);
    m.put("raw_runs", raw.stream().map(Run::toJson).toList());
    m.put("facetwire_runs", facetwire.stream().map(Run::toJson).toList());
    m.put("raw_articles_per_s", Math.round(rawRate()));
    m.put("facetwire_articles_per_s", Math.round(facetwireRate()));
    m.put("ratio", Latencies.round(ratio()));
    m.put("raw_cpu_us_per_article", Math.round(rawCpuMicrosPerArticle()));
    m.put("facetwire_cpu_us_per_article", Math.round(facetwireCpuMicrosPerArticle()));
    m.put("cpu_ratio", Latencies.round(cpuRatio()));
    m.put("importer_cpu_us_per_article", Math.round(clientCpuMicrosPerArticle(facetwire)));
    m.put("raw_sender_cpu_us_per_article", Math.round(clientCpuMicrosPerArticle(raw)));
    m.put("facetwire_summary", summary.oneLine());
    return m;
  }
}
