package io.facetwire.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Repeated latency runs of every target at one concurrency, summarised as the median over the runs
 * of each run's p50 and p99, and the ratios of those medians to raw Elasticsearch's.
 */
record SearchRuns(List<Map<SearchBench.Target, Latencies>> runs) {

  SearchRuns {
    runs = List.copyOf(runs);
  }

  double p50(SearchBench.Target t) {
    return median(t, Latencies::p50);
  }

  double p99(SearchBench.Target t) {
    return median(t, Latencies::p99);
  }

  double ratioP50(SearchBench.Target t) {
    return p50(t) / p50(SearchBench.Target.RAW);
  }

  double ratioP99(SearchBench.Target t) {
    return p99(t) / p99(SearchBench.Target.RAW);
  }

  private double median(SearchBench.Target t, ToDoubleFunction<Latencies> f) {
    List<Double> values = new ArrayList<>();
    for (Map<SearchBench.Target, Latencies> run : runs) {
      values.add(f.applyAsDouble(run.get(t)));
    }
    return CliImportBench.median(values);
  }

  Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("runs", runs.size());
    Map<SearchBench.Target, Object> targets = new EnumMap<>(SearchBench.Target.class);
    for (SearchBench.Target t : runs.get(0).keySet()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("p50_ms_median", Latencies.round(p50(t)));
      one.put("p99_ms_median", Latencies.round(p99(t)));
      one.put("each_run", runs.stream().map(r -> r.get(t).toJson()).toList());
      targets.put(t, one);
    }
    targets.forEach((t, v) -> m.put(t.name().toLowerCase(), v));
    m.put("ratio_p50_html_to_raw", Latencies.round(ratioP50(SearchBench.Target.HTML)));
    m.put("ratio_p99_html_to_raw", Latencies.round(ratioP99(SearchBench.Target.HTML)));
    m.put("ratio_p50_api_to_raw", Latencies.round(ratioP50(SearchBench.Target.API)));
    m.put("ratio_p99_api_to_raw", Latencies.round(ratioP99(SearchBench.Target.API)));
    return m;
  }
}
