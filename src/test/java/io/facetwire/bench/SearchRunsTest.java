package io.facetwire.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's summaries: medians over runs, and the raw bodies kept on disk. */
class SearchRunsTest {

  @TempDir
  Path dir;

  /** A run where every request of a target took the same {@code millis}. */
  private static Map<SearchBench.Target, Latencies> run(double raw, double api, double html) {
    Map<SearchBench.Target, Latencies> m = new EnumMap<>(SearchBench.Target.class);
    m.put(SearchBench.Target.RAW, same(raw));
    m.put(SearchBench.Target.API, same(api));
    m.put(SearchBench.Target.HTML, same(html));
    m.put(SearchBench.Target.MAP, same(1));
    return m;
  }

  private static Latencies same(double millis) {
    long[] nanos = new long[100];
    java.util.Arrays.fill(nanos, (long) (millis * 1e6));
    nanos[98] = (long) (millis * 3e6);  // two slow requests: the p99 (nearest rank 99 of 100)
    nanos[99] = (long) (millis * 3e6);
    return new Latencies(nanos, 0);
  }

  @Test
  void theMedianOfThreeRunsIgnoresOneBadRunAndRatiosUseTheMedians() {
    SearchRuns runs = new SearchRuns(List.of(run(10, 11, 13), run(40, 90, 90), run(12, 13, 15)));
    assertEquals(12.0, runs.p50(SearchBench.Target.RAW), 1e-9);
    assertEquals(13.0, runs.p50(SearchBench.Target.API), 1e-9);
    assertEquals(36.0, runs.p99(SearchBench.Target.RAW), 1e-9);
    assertEquals(13.0 / 12.0, runs.ratioP50(SearchBench.Target.API), 1e-9);
    assertEquals(45.0 / 36.0, runs.ratioP99(SearchBench.Target.HTML), 1e-9);
    assertEquals(3, runs.toJson().get("runs"));
  }

  @Test
  void bulkBodiesOnDiskComeBackByIndexWithTheirOperationCount() throws Exception {
    byte[] a = "{\"index\":{}}\n{\"t\":1}\n{\"index\":{}}\n{\"t\":2}\n".getBytes();
    byte[] b = "{\"index\":{}}\n{\"t\":3}\n".getBytes();
    try (RawBatches.OnDisk batches = new RawBatches.OnDisk(dir.resolve("raw.ndjson"))) {
      batches.add(a);
      batches.add(b);
      batches.seal();
      assertEquals(2, batches.size());
      assertEquals(3, batches.operations());
      assertArrayEquals(b, batches.get(1));
      assertArrayEquals(a, batches.get(0));
    }
    assertEquals(false, java.nio.file.Files.exists(dir.resolve("raw.ndjson")), "deleted when closed");
  }
}
