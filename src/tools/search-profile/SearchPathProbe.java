import io.facetwire.FacetwireConfig;
import io.facetwire.Json;
import io.facetwire.engine.ElasticsearchClients;
import io.facetwire.engine.ElasticsearchConnection;
import io.facetwire.engine.ElasticsearchSettings;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.search.FacetCombination;
import io.facetwire.search.QueryString;
import io.facetwire.search.SearchSampling;
import io.facetwire.search.SearchService;
import io.facetwire.search.SearchState;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * SearchPathProbe: the search call alone, in this process, with whichever jar is on the class path — request
 * building, serialisation, the HTTP exchange with the node and the streaming read of both answers of a sampled view
 * ({@code SearchService.search}), for the seeded log of 100 searches of OneClientLoop. Prints, per pass, the calling
 * thread's own CPU per search (ThreadMXBean: nanoseconds, not 10 ms ticks) and bytes allocated per search (a count,
 * the same under any load). Run it with the A jar, then the B jar, in turn, against one running node:
 *
 * <pre>
 * javac -cp "A/facetwire.jar:A/lib/*" -d /tmp/probe-a src/tools/search-profile/{OneClientLoop,SearchPathProbe}.java
 * java -cp "/tmp/probe-a:A/facetwire.jar:A/lib/*" SearchPathProbe DATADIR PASSES
 * </pre>
 * DATADIR: a running server's data folder (running.json names the node, elasticsearch/http.secret its secret).
 */
public class SearchPathProbe {

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    int passes = Integer.parseInt(args[1]);
    String nodeUrl = Json.mapper().readTree(Files.readString(data.resolve("running.json"))).path("node").asText();
    String secret = Files.readString(data.resolve("elasticsearch/http.secret")).trim();
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    List<String> log = OneClientLoop.log();
    FacetCatalog facets = FacetCatalog.standard();
    List<SearchState> states = new ArrayList<>();
    for (String q : log) {
      states.add(SearchState.fromQuery(QueryString.parse(q).toMap(), facets));
    }
    try (ElasticsearchConnection c = ElasticsearchClients.create(
        new ElasticsearchSettings(List.of(nodeUrl), secret, null, null, null), Json.mapper())) {
      SearchService search = new SearchService(c.client(), "facetwire-articles", FacetCombination.allOr(),
          FacetwireConfig.defaults().limits().searchTimeout(), new SearchSampling(10_000, SearchSampling.DEFAULT_SAMPLE_SIZE));
      for (int p = 1; p <= passes; p++) {
        long[] cpu = new long[states.size()];
        long bytes0 = threads.getThreadAllocatedBytes(self);
        long cpu0 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < states.size(); i++) {
          long t = threads.getCurrentThreadCpuTime();
          search.search(states.get(i), Set.of());
          cpu[i] = threads.getCurrentThreadCpuTime() - t;
        }
        long allCpu = threads.getCurrentThreadCpuTime() - cpu0;
        long bytes = threads.getThreadAllocatedBytes(self) - bytes0;
        Arrays.sort(cpu);
        System.out.printf(java.util.Locale.ROOT, "pass %d: thread CPU mean %.0f µs, median %.0f µs per search; allocated %.0f bytes per search; load %s%n",
            p, allCpu / 1e3 / states.size(), cpu[cpu.length / 2] / 1e3, (double) bytes / states.size(),
            Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
      }
    }
    System.exit(0);
  }
}
