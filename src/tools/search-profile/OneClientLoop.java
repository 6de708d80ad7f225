import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import io.facetwire.FacetwireConfig;
import io.facetwire.Json;
import io.facetwire.engine.ElasticsearchClients;
import io.facetwire.engine.ElasticsearchConnection;
import io.facetwire.engine.ElasticsearchSettings;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.search.FacetCombination;
import io.facetwire.search.SearchSampling;
import io.facetwire.search.SearchService;
import io.facetwire.search.SearchState;
import io.facetwire.search.QueryString;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.*;

/**
 * OneClientLoop: one client, keep-alive (the bench's HTTP client), the same seeded log of searches against two
 * Facetwire servers (A, B) and raw {@code _search} on A's node with the very bodies the page sends (hits, then
 * counts when it samples), interleaved search by search with the order turning, so a busy moment hits all
 * three alike. Prints p50/p99 per target and round, the ratios to raw, and each server's CPU per view by thread
 * group in a separate pass per server (the node's threads are raw's work too).
 *
 * <pre>
 * java -cp "target/facetwire.jar:target/lib/*" src/tools/search-profile/OneClientLoop.java \
 *   DATADIR_A PORT_A PID_A PORT_B PID_B TARGET(page|api) ROUNDS PASSES_PER_ROUND [SAMPLE_ABOVE]
 * </pre>
 * DATADIR_A: A's data folder (its running.json names the node, elasticsearch/http.secret its secret).
 */
public class OneClientLoop {

  static final String[] WORDS = {"oil", "bank", "trade", "dollar", "wheat", "profit", "shares", "tax", "coffee", "gold",
      "rates", "deficit", "japan", "opec", "strike", "merger", "loan", "export", "yen", "sugar", "grain", "debt", "stake",
      "offer", "crude", "interest", "budget", "minister", "farm", "tariff", "steel", "copper", "dividend", "earnings",
      "inflation", "bonds", "reserves", "court", "election", "government"};
  static final String[] PHRASES = {"interest rates", "trade deficit", "crude oil", "federal reserve", "stock exchange",
      "money supply"};
  static final Map<String, String[]> FACETS = new LinkedHashMap<>();
  static {
    FACETS.put("country", new String[] {"United States", "Japan", "United Kingdom", "Canada", "West Germany", "France", "Brazil"});
    FACETS.put("person", new String[] {"Ronald Reagan", "James Baker", "Paul Volcker", "Yasuhiro Nakasone"});
    FACETS.put("topic", new String[] {"business", "agriculture", "conflict", "sanctions"});
  }

  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  public static void main(String[] args) throws Exception {
    Path dataA = Path.of(args[0]);
    String portA = args[1], pidA = args[2], portB = args[3], pidB = args[4], target = args[5];
    int rounds = Integer.parseInt(args[6]), passes = Integer.parseInt(args[7]);
    long above = args.length > 8 ? Long.parseLong(args[8]) : 10_000;
    String running = Files.readString(dataA.resolve("running.json"));
    String nodeUrl = Json.mapper().readTree(running).path("node").asText();
    String secret = Files.readString(dataA.resolve("elasticsearch/http.secret")).trim();
    String authorization = io.facetwire.engine.embedded.NodeSecret.authorization(secret);
    List<String> log = log();
    FacetCatalog facets = FacetCatalog.standard();
    List<List<String>> raw = new ArrayList<>();
    try (ElasticsearchConnection c = ElasticsearchClients.create(
        new ElasticsearchSettings(List.of(nodeUrl), secret, null, null, null), Json.mapper())) {
      SearchService search = new SearchService(c.client(), "facetwire-articles", FacetCombination.allOr(),
          FacetwireConfig.defaults().limits().searchTimeout(), new SearchSampling(above, SearchSampling.DEFAULT_SAMPLE_SIZE));
      JacksonJsonpMapper mapper = new JacksonJsonpMapper(Json.mapper());
      for (String q : log) {
        SearchState state = SearchState.fromQuery(QueryString.parse(q).toMap(), facets);
        raw.add(search.requestsFor(state, Set.of()).stream().map(r -> JsonpUtils.toJsonString(r, mapper)).toList());
      }
    }
    String path = target.equals("page") ? "/search?" : "/api/search?";
    String[] names = {"A", "B", "raw"};
    for (int r = 1; r <= rounds; r++) {
      long[][] nanos = new long[3][passes * log.size()];
      int n = 0;
      for (int p = 0; p < passes; p++) {
        for (int i = 0; i < log.size(); i++, n++) {
          for (int k = 0; k < 3; k++) {
            int t = (n + k) % 3;
            long t0 = System.nanoTime();
            int status = switch (t) {
              case 0 -> get("http://127.0.0.1:" + portA + path + log.get(i));
              case 1 -> get("http://127.0.0.1:" + portB + path + log.get(i));
              default -> raw(nodeUrl, authorization, raw.get(i));
            };
            nanos[t][n] = System.nanoTime() - t0;
            if (status != 200) {
              System.err.println(names[t] + " " + status + " " + log.get(i));
            }
          }
        }
      }
      double[] p50 = new double[3], p99 = new double[3];
      for (int t = 0; t < 3; t++) {
        long[] s = nanos[t].clone();
        Arrays.sort(s);
        p50[t] = s[s.length / 2] / 1e6;
        p99[t] = s[(int) Math.ceil(s.length * 0.99) - 1] / 1e6;
      }
      // CPU per view, each server alone (one pass each, A then B).
      Map<String, Double> cpuA = cpu(pidA, () -> pass("http://127.0.0.1:" + portA + path, log));
      Map<String, Double> cpuB = cpu(pidB, () -> pass("http://127.0.0.1:" + portB + path, log));
      System.out.printf(Locale.ROOT, "%s round %d load %s p50 A %.2f B %.2f raw %.2f ms p99 A %.1f B %.1f raw %.1f"
          + " | A/raw %.3f B/raw %.3f B/A %.3f | cpuA %s | cpuB %s%n", target, r, load(), p50[0], p50[1], p50[2], p99[0],
          p99[1], p99[2], p50[0] / p50[2], p50[1] / p50[2], p50[1] / p50[0], fmt(cpuA), fmt(cpuB));
    }
  }

  static String fmt(Map<String, Double> m) {
    StringBuilder s = new StringBuilder();
    m.forEach((k, v) -> s.append(k).append('=').append(Math.round(v)).append(' '));
    return s.toString().trim();
  }

  static String load() throws Exception {
    return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
  }

  interface Pass {
    int run() throws Exception;
  }

  static int pass(String prefix, List<String> log) throws Exception {
    for (String q : log) {
      get(prefix + q);
    }
    return log.size();
  }

  static Map<String, Double> cpu(String pid, Pass pass) throws Exception {
    Map<String, Long> before = groups(pid);
    int views = pass.run();
    Map<String, Long> after = groups(pid);
    Map<String, Double> out = new TreeMap<>();
    double total = 0;
    for (String k : after.keySet()) {
      double us = (after.get(k) - before.getOrDefault(k, 0L)) * 1e6 / 100.0 / views;
      out.put(k, us);
      total += us;
    }
    out.put("total", total);
    out.put("own", total - out.getOrDefault("node", 0.0) - out.getOrDefault("JIT", 0.0));
    return out;
  }

  static Map<String, Long> groups(String pid) throws Exception {
    Map<String, Long> g = new TreeMap<>();
    try (var tasks = Files.list(Path.of("/proc", pid, "task"))) {
      for (Path t : tasks.toList()) {
        String s;
        try {
          s = Files.readString(t.resolve("stat"));
        } catch (Exception e) {
          continue;
        }
        String name = s.substring(s.indexOf('(') + 1, s.lastIndexOf(')'));
        String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        String k;
        if (name.startsWith("JettyServerThre") || name.startsWith("qtp")) k = "jetty";
        else if (name.startsWith("elasticsearch[")) k = "node";
        else if (name.contains("Compiler") || name.startsWith("C1") || name.startsWith("C2")) k = "JIT";
        else if (name.startsWith("G1") || name.startsWith("GC") || name.contains("Conc")) k = "GC";
        else k = "other";
        g.merge(k, ticks, Long::sum);
      }
    }
    return g;
  }

  static int get(String url) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("User-Agent", "one-client-loop")
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode();
  }

  static int raw(String node, String authorization, List<String> bodies) throws Exception {
    int status = 200;
    for (String body : bodies) {
      status = HTTP.send(HttpRequest.newBuilder(URI.create(node + "/facetwire-articles/_search?typed_keys=true"))
          .header("Content-Type", "application/json").header("Authorization", authorization)
          .header("User-Agent", "one-client-loop").timeout(Duration.ofSeconds(30))
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode();
      if (status != 200) {
        return status;
      }
    }
    return status;
  }

  /** The seeded log of cpu_per_search.py's shape: 100 searches. */
  static List<String> log() {
    Random r = new Random(20170730L);
    List<String> log = new ArrayList<>();
    List<String> facetNames = new ArrayList<>(FACETS.keySet());
    for (int i = 0; i < 100; i++) {
      double k = r.nextDouble();
      List<String[]> p = new ArrayList<>();
      String q;
      if (k < .1) q = "";
      else if (k < .55) q = pick(r, WORDS);
      else if (k < .75) q = pick(r, WORDS) + " " + pick(r, WORDS);
      else if (k < .9) q = '"' + pick(r, PHRASES) + '"';
      else q = pick(r, WORDS) + " -" + pick(r, WORDS);
      if (!q.isEmpty()) p.add(new String[] {"q", q});
      int n = r.nextDouble() < .4 ? 0 : 1 + r.nextInt(3);
      for (int j = 0; j < n; j++) {
        String f = facetNames.get(r.nextInt(facetNames.size()));
        p.add(new String[] {f, pick(r, FACETS.get(f))});
      }
      p.add(new String[] {"sort", r.nextBoolean() ? "relevance" : "newest"});
      int page = 1 + r.nextInt(5);
      if (page > 1) p.add(new String[] {"page", Integer.toString(page)});
      StringBuilder s = new StringBuilder();
      for (String[] kv : p) {
        if (s.length() > 0) s.append('&');
        s.append(kv[0]).append('=').append(URLEncoder.encode(kv[1], StandardCharsets.UTF_8));
      }
      log.add(s.toString());
    }
    return log;
  }

  static String pick(Random r, String[] a) {
    return a[r.nextInt(a.length)];
  }
}
