package io.facetwire.bench;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.Json;
import io.facetwire.search.SearchService;
import io.facetwire.search.SearchState;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Search latency of the same query log three ways: the HTML search page, {@code /api/search}, and
 * Elasticsearch's own {@code _search} with the identical request bodies both send, in the same order
 * (captured from {@link SearchService#requestsFor}: one, or hits then counts when the page samples). One HTTP client measures all three, end to end. A fourth
 * target, the world map page of the same search ({@code /search/map}, loaded by the results page
 * when a reader scrolls to it), is timed alongside for information.
 */
final class SearchBench {

  static final String AGENT = "facetwire-bench";

  /** RAW: Elasticsearch alone with the body the page and the API send; MAP: the map page. */
  enum Target { HTML, API, RAW, MAP }

  /**
   * JIT compilation of the node's and the page's code goes on for thousands of requests (a quarter
   * of the server's CPU after 4,000 searches, still a tenth after 10,000): warm up until the
   * compiler threads use less than this share of the server's CPU during a pass over the log.
   */
  static final double WARM_COMPILER_SHARE = 0.05;
  static final int MAX_WARM_UP_PASSES = 16;


  private final String server;
  private final String node;
  private final String nodeAuthorization;
  private final String alias;
  private final List<QueryLog.Entry> log;
  private final List<List<String>> rawBodies = new ArrayList<>();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  SearchBench(String server, String node, String nodeAuthorization, String alias, List<QueryLog.Entry> log,
      SearchService search, io.facetwire.facet.FacetCatalog facets) {
    this.server = server;
    this.node = node;
    this.nodeAuthorization = nodeAuthorization;
    this.alias = alias;
    this.log = log;
    JsonpMapper mapper = new JacksonJsonpMapper(Json.mapper());
    for (QueryLog.Entry entry : log) {
      SearchState state = SearchState.fromQuery(entry.params(), facets);
      rawBodies.add(search.requestsFor(state, Set.of()).stream().map(r -> JsonpUtils.toJsonString(r, mapper)).toList());
    }
  }

  /** One request of the log's entry {@code i} against a target; the status code. */
  int send(Target target, int i) throws IOException, InterruptedException {
    if (target == Target.RAW) {
      return sendRaw(i);
    }
    HttpRequest.Builder request = switch (target) {
      case HTML -> HttpRequest.newBuilder(URI.create(server + "/search?" + log.get(i).queryString()));
      case API -> HttpRequest.newBuilder(URI.create(server + "/api/search?" + log.get(i).queryString()));
      // typed_keys: the Java client always asks for it (to read aggregations back), so raw does too.
      case RAW -> throw new IllegalStateException("sent by sendRaw");
      case MAP -> HttpRequest.newBuilder(URI.create(server + "/search/map?" + log.get(i).queryString()));
    };
    HttpResponse<byte[]> response = http.send(request.header("User-Agent", AGENT)
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
    return response.statusCode();
  }

  /** The page's requests of entry {@code i}, one after the other as the page sends them; the first failure's status. */
  private int sendRaw(int i) throws IOException, InterruptedException {
    int status = 200;
    for (String body : rawBodies.get(i)) {
      status = http.send(raw(body).header("User-Agent", AGENT).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofByteArray()).statusCode();
      if (status != 200) {
        return status;
      }
    }
    return status;
  }

  private HttpRequest.Builder raw(String body) {
    return HttpRequest.newBuilder(URI.create(node + "/" + alias + "/_search?typed_keys=true"))
        .header("Content-Type", "application/json").header("Authorization", nodeAuthorization).POST(HttpRequest.BodyPublishers.ofString(body));
  }

  /** How warm-up went: passes over the log (all targets) and the compiler's share in the last one. */
  record WarmUp(int passes, double firstCompilerShare, double lastCompilerShare) {}

  /**
   * The whole log against all targets (4 clients), pass after pass, until the JIT compiler threads
   * use less than {@link #WARM_COMPILER_SHARE} of the server's CPU in a pass (at most
   * {@link #MAX_WARM_UP_PASSES}): a server in service runs warmed.
   */
  WarmUp warmUp(java.util.function.LongSupplier serverCpuMillis, java.util.function.LongSupplier compilerCpuMillis,
      PrintLogger out) throws Exception {
    return warmUp(serverCpuMillis, compilerCpuMillis, out, MAX_WARM_UP_PASSES);
  }

  WarmUp warmUp(java.util.function.LongSupplier serverCpuMillis, java.util.function.LongSupplier compilerCpuMillis,
      PrintLogger out, int maxPasses) throws Exception {
    double first = 0;
    double share = 1;
    int pass = 0;
    while (pass < maxPasses && share >= WARM_COMPILER_SHARE) {
      long cpu0 = serverCpuMillis.getAsLong();
      long jit0 = compilerCpuMillis.getAsLong();
      run(List.of(Target.values()), 4);
      share = (compilerCpuMillis.getAsLong() - jit0) / (double) Math.max(1, serverCpuMillis.getAsLong() - cpu0);
      if (pass++ == 0) {
        first = share;
      }
      out.line(String.format("  warm-up pass %d: JIT compiler %.0f%% of the server's CPU", pass, share * 100));
    }
    return new WarmUp(pass, first, share);
  }

  /** The server's CPU per request of each target, one pass over the log each, after warm-up. */
  Map<Target, Double> serverCpu(java.util.function.LongSupplier serverCpuMillis) throws Exception {
    Map<Target, Double> cpu = new EnumMap<>(Target.class);
    for (Target t : Target.values()) {
      long cpu0 = serverCpuMillis.getAsLong();
      run(List.of(t), 4);
      cpu.put(t, (serverCpuMillis.getAsLong() - cpu0) * 1000.0 / log.size());
    }
    return cpu;
  }

  /**
   * Latencies with {@code concurrency} clients. Each client sends one search to all three targets
   * back to back (the order turning with each search), so a busy moment on this shared machine hits
   * all three alike instead of whichever target happened to run then.
   */
  Map<Target, Latencies> measure(int concurrency) throws Exception {
    return run(List.of(Target.values()), concurrency);
  }

  /**
   * {@link #measure} {@code runs} times: one run's p50 and p99 move with what else the machine does
   * at that moment, the median of three much less.
   */
  SearchRuns measureRuns(int concurrency, int runs) throws Exception {
    List<Map<Target, Latencies>> all = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      all.add(measure(concurrency));
    }
    return new SearchRuns(all);
  }

  private Map<Target, Latencies> run(List<Target> targets, int concurrency) throws Exception {
    Map<Target, long[]> nanos = new EnumMap<>(Target.class);
    Map<Target, AtomicInteger> errors = new EnumMap<>(Target.class);
    targets.forEach(t -> {
      nanos.put(t, new long[log.size()]);
      errors.put(t, new AtomicInteger());
    });
    AtomicInteger next = new AtomicInteger();
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < concurrency; w++) {
      Thread thread = new Thread(() -> {
        for (int i; (i = next.getAndIncrement()) < log.size(); ) {
          for (int k = 0; k < targets.size(); k++) {
            Target target = targets.get((i + k) % targets.size());
            long t0 = System.nanoTime();
            try {
              if (send(target, i) != 200) {
                errors.get(target).incrementAndGet();
              }
            } catch (Exception e) {
              errors.get(target).incrementAndGet();
            }
            nanos.get(target)[i] = System.nanoTime() - t0;
          }
        }
      }, "search-" + w);
      workers.add(thread);
      thread.start();
    }
    for (Thread t : workers) {
      t.join();
    }
    Map<Target, Latencies> out = new EnumMap<>(Target.class);
    targets.forEach(t -> out.put(t, new Latencies(nanos.get(t), errors.get(t).get())));
    return out;
  }

  /** How many of the log's searches give the API the same total as raw _search (a sanity check). */
  int sameTotals(int sample) throws Exception {
    int same = 0;
    for (int i = 0; i < Math.min(sample, log.size()); i++) {
      JsonNode api = getJson(server + "/api/search?" + log.get(i).queryString());
      // The first request carries the hits and their total, whether or not the page samples.
      HttpResponse<String> raw = http.send(raw(rawBodies.get(i).get(0)).header("User-Agent", AGENT).build(),
          HttpResponse.BodyHandlers.ofString());
      long rawTotal = Json.mapper().readTree(raw.body()).path("hits").path("total").path("value").asLong(-1);
      if (api.path("total").asLong(-2) == rawTotal) {
        same++;
      }
    }
    return same;
  }

  /**
   * Elasticsearch requests per page view of {@code target}: the node's own per-connection request
   * counts, before and after {@code views} page views, leaving out this benchmark's connections.
   */
  double roundTripsPerView(Target target, int views) throws Exception {
    long before = requestsFromOthers();
    for (int i = 0; i < views; i++) {
      send(target, i % log.size());
    }
    long after = requestsFromOthers();
    return (after - before) / (double) views;
  }

  private long requestsFromOthers() throws Exception {
    long total = 0;
    for (JsonNode n : getJson(node + "/_nodes/stats/http").path("nodes")) {
      for (JsonNode client : n.path("http").path("clients")) {
        if (!client.path("agent").asText("").startsWith(AGENT)) {
          total += client.path("request_count").asLong();
        }
      }
    }
    return total;
  }

  private JsonNode getJson(String url) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("User-Agent", AGENT);
    if (url.startsWith(node)) {
      // The node refuses requests without the data folder's secret (a plain-text 401, not JSON).
      request.header("Authorization", nodeAuthorization);
    }
    HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return Json.mapper().readTree(r.body());
  }

  int size() {
    return log.size();
  }
}
