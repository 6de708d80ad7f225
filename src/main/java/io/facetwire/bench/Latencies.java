package io.facetwire.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Response times of one series of requests, summarised as nearest-rank percentiles in milliseconds. */
record Latencies(long[] nanos, int errors) {

  Latencies {
    nanos = nanos.clone();
    Arrays.sort(nanos);
  }

  double percentileMillis(double p) {
    if (nanos.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * nanos.length);
    return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1e6;
  }

  double p50() {
    return percentileMillis(50);
  }

  double p95() {
    return percentileMillis(95);
  }

  double p99() {
    return percentileMillis(99);
  }

  Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("requests", nanos.length);
    m.put("errors", errors);
    m.put("p50_ms", round(p50()));
    m.put("p95_ms", round(p95()));
    m.put("p99_ms", round(p99()));
    return m;
  }

  static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
