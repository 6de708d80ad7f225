package io.facetwire.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@code bench --mode soak}: a server on a Reuters-size index (imported first when the data folder is
 * new) is measured in three phases: quiet (8 readers alone), abuse (the readers while four clients
 * repeat the abusive queries) and soak (readers, a writer and every abusive client: wildcard
 * exports, a large body, a slow reader). Reports requests, answers by status, 5xx, the readers' p50
 * and p99 per phase, acknowledged articles missing afterwards, and the server's memory.
 */
public final class SoakBench {

  static final String TOKEN = "soak-bench-token-0123456789";
  private static final String AZ;

  static {
    StringBuilder q = new StringBuilder();
    for (char c = 'a'; c <= 'z'; c++) {
      q.append(c == 'a' ? "" : " | ").append(c).append('*');
    }
    AZ = q.toString();
  }

  private static final List<String> READER_QUERIES = List.of("q=oil", "q=oil+prices", "q=bank+rate",
      "q=trade+deficit", "q=wheat", "q=coffee&country=Brazil", "q=dollar", "q=opec", "q=gold", "q=profit",
      "q=shares&sort=newest", "country=Japan", "q=interest+rates", "q=sugar", "q=merger");

  private final Path reuters;
  private final Path dataDir;
  private final String heap;
  private final int quietSeconds;
  private final int soakSeconds;
  private final PrintLogger log = new PrintLogger(System.err);
  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  private volatile boolean stop;
  private String base;

  public SoakBench(Path reuters, Path dataDir, String heap, int quietSeconds, int soakSeconds) {
    this.reuters = reuters;
    this.dataDir = dataDir;
    this.heap = heap;
    this.quietSeconds = quietSeconds;
    this.soakSeconds = soakSeconds;
  }

  public String run() throws Exception {
    if (!Files.isDirectory(dataDir)) {
      importReuters();
    }
    Path serverLog = dataDir.resolveSibling(dataDir.getFileName() + "-soak-server.log");
    int port = freePort();
    StringBuilder out = new StringBuilder();
    try (ServerProcess server = ServerProcess.start(dataDir, port, heap, false, serverLog,
        Map.of("FACETWIRE_API_TOKEN", TOKEN, "FACETWIRE_TRUST_PROXY", "true"))) {
      base = server.baseUrl();
      log.line("Server up after " + server.startupMillis() + " ms; warming up…");
      phase(10, List.of(), false); // JIT and caches, not reported
      Map<String, Long> memoryStart = server.memoryMiB();
      long heapStart = server.heapAfterGcMiB();
      long cpuStart = server.cpuMillis();
      log.line("Quiet: 8 readers for " + quietSeconds + " s");
      SoakTally quiet = phase(quietSeconds, List.of(), false).get(0);
      log.line("Abuse: 8 readers and the issue's four abusive queries for " + quietSeconds + " s");
      List<SoakTally> abuse = phase(quietSeconds, List.of(
          new Abuser("abuse csv a*|…|z*", 1, () -> "/search.csv?q=" + enc(AZ)),
          new Abuser("abuse csv a*", 2, () -> "/search.csv?q=" + enc("a*")),
          new Abuser("abuse csv a*|…|z* (2)", 3, () -> "/search.csv?q=" + enc(AZ)),
          new Abuser("abuse page a*", 4, () -> "/search?q=" + enc("a*"))), false);
      log.line("Soak: readers, a writer and every abusive client for " + soakSeconds + " s");
      List<SoakTally> soak = phase(soakSeconds, List.of(
          new Abuser("wildcard export", 11, () -> "/search.csv?q=" + enc(AZ)),
          new Abuser("full export", 12, () -> "/search.csv"),
          new Abuser("wildcard pages", 13, () -> "/search?q=" + enc("com* pre* sta* exp*")),
          new Abuser("short wildcards", 14, () -> "/api/search?q=" + enc("a* b* c*")),
          new Abuser("large body", 15, null),
          new Abuser("slow reader", 16, () -> "/search.csv")), true);
      long cpu = server.cpuMillis() - cpuStart;
      Map<String, Long> memoryEnd = server.memoryMiB();
      long heapEnd = server.heapAfterGcMiB();
      long missing = missingAcknowledged();
      out.append("| client | requests | answers by status | 5xx | transport errors | p50 ms | p99 ms |\n")
          .append("|---|---:|---|---:|---:|---:|---:|\n");
      out.append(quiet.line().replaceFirst("readers", "readers, quiet")).append('\n');
      for (SoakTally t : abuse) {
        out.append(t.line().replaceFirst("^\\| readers", "| readers, under the four abusive queries")).append('\n');
      }
      for (SoakTally t : soak) {
        out.append(t.line().replaceFirst("^\\| readers", "| readers, soak")).append('\n');
      }
      long fiveHundreds = quiet.serverErrors() + abuse.stream().mapToLong(SoakTally::serverErrors).sum()
          + soak.stream().mapToLong(SoakTally::serverErrors).sum();
      out.append(String.format("%nReaders' p50: quiet %.0f ms, under abuse %.0f ms (%.2f x), soak %.0f ms (%.2f x)."
              + " 5xx in all phases: %d. Acknowledged by the writer: %,d, missing afterwards: %d.%n"
              + "Server heap in use after a full GC: %d MiB after warm-up, %d MiB at the end. Resident memory (MiB)"
              + " after warm-up %s, at the end %s. Server CPU over the measured phases %,d ms.%n",
          quiet.latencies().p50(), abuse.get(0).latencies().p50(), abuse.get(0).latencies().p50() / quiet.latencies().p50(),
          soak.get(0).latencies().p50(), soak.get(0).latencies().p50() / quiet.latencies().p50(), fiveHundreds,
          acknowledged.size(), missing, heapStart, heapEnd, memoryStart, memoryEnd, cpu));
    }
    return out.toString();
  }

  /** An abusive client: its own address (X-Forwarded-For), one path over and over. */
  private record Abuser(String name, int address, Supplier<String> path) {}

  /** Runs the 8 readers (first tally), the writer if asked, and the abusers, for {@code seconds}. */
  private List<SoakTally> phase(int seconds, List<Abuser> abusers, boolean writer) throws InterruptedException {
    stop = false;
    List<SoakTally> tallies = new ArrayList<>();
    SoakTally readers = new SoakTally("readers");
    tallies.add(readers);
    ExecutorService pool = Executors.newCachedThreadPool();
    for (int r = 0; r < 8; r++) {
      int first = r;
      pool.submit(() -> read(readers, first));
    }
    if (writer) {
      SoakTally writes = new SoakTally("writer");
      tallies.add(writes);
      pool.submit(() -> write(writes));
    }
    for (Abuser a : abusers) {
      SoakTally t = new SoakTally(a.name());
      tallies.add(t);
      pool.submit(() -> abuse(a, t));
    }
    Thread.sleep(seconds * 1000L);
    stop = true;
    pool.shutdown();
    if (!pool.awaitTermination(3, TimeUnit.MINUTES)) {
      pool.shutdownNow();
    }
    return tallies;
  }

  private void read(SoakTally tally, int first) {
    HttpClient http = client();
    for (int i = first; !stop; i++) {
      send(http, tally, get("/search?" + READER_QUERIES.get(i % READER_QUERIES.size()), null));
    }
  }

  private void write(SoakTally tally) {
    HttpClient http = client();
    for (int batch = 0; !stop; batch++) {
      StringBuilder ndjson = new StringBuilder();
      List<String> ids = new ArrayList<>();
      for (int k = 0; k < 20; k++) {
        String id = "soak-" + System.nanoTime() + "-" + k;
        ids.add(id);
        ndjson.append("{\"id\":\"").append(id).append("\",\"title\":\"Soak article ").append(batch)
            .append("\",\"body\":\"Oil prices rose in Tokyo as the Bank of Japan met. Batch ").append(batch)
            .append(".\",\"published_at\":\"1987-03-01\"}\n");
      }
      HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/articles")).timeout(Duration.ofMinutes(2))
          .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/x-ndjson")
          .POST(HttpRequest.BodyPublishers.ofString(ndjson.toString())).build();
      HttpResponse<String> r = send(http, tally, request);
      if (r != null && r.statusCode() == 200) {
        acknowledged.addAll(ids);
      }
      pause(200);
    }
  }

  private void abuse(Abuser a, SoakTally tally) {
    HttpClient http = client();
    String address = "10.66.0." + a.address();
    while (!stop) {
      if (a.path() == null) {
        // A body far over /api/extract's limit, declared: refused before it is read.
        byte[] body = new byte[8 << 20];
        java.util.Arrays.fill(body, (byte) 'x');
        send(http, tally, HttpRequest.newBuilder(URI.create(base + "/api/extract")).header("X-Forwarded-For", address)
            .header("Content-Type", "application/json").timeout(Duration.ofMinutes(2))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        pause(500);
      } else if (a.name().startsWith("slow")) {
        slowRead(http, tally, get(a.path().get(), address));
      } else {
        HttpResponse<String> r = send(http, tally, get(a.path().get(), address));
        if (r != null && r.statusCode() == 429) {
          pause(1000); // a polite client would wait Retry-After; an abusive one comes back soon
        }
      }
    }
  }

  /** Reads an export 4 KB at a time with pauses: a client on a slow line holding its export open. */
  private void slowRead(HttpClient http, SoakTally tally, HttpRequest request) {
    long start = System.nanoTime();
    try {
      HttpResponse<InputStream> r = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = r.body()) {
        byte[] buf = new byte[4096];
        long until = System.currentTimeMillis() + 30_000;
        while (!stop && System.currentTimeMillis() < until && in.read(buf) >= 0) {
          pause(50);
        }
      }
      tally.answered(r.statusCode(), System.nanoTime() - start);
      if (r.statusCode() == 429) {
        pause(1000);
      }
    } catch (IOException e) {
      tally.failed();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private HttpResponse<String> send(HttpClient http, SoakTally tally, HttpRequest request) {
    long start = System.nanoTime();
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      tally.answered(r.statusCode(), System.nanoTime() - start);
      return r;
    } catch (IOException e) {
      tally.failed();
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private HttpRequest get(String path, String address) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2));
    if (address != null) {
      b.header("X-Forwarded-For", address);
    }
    return b.GET().build();
  }

  private long missingAcknowledged() {
    HttpClient http = client();
    long missing = 0;
    for (String id : acknowledged) {
      try {
        if (http.send(get("/api/articles/" + id, null), HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
          missing++;
        }
      } catch (IOException | InterruptedException e) {
        missing++;
      }
    }
    return missing;
  }

  private void importReuters() throws IOException, InterruptedException {
    log.line("Importing the Reuters-21578 corpus into " + dataDir + " (once)…");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "io.facetwire.cli.Main", "import", "--no-progress",
        "--data-dir", dataDir.toString()));
    try (var files = Files.list(reuters)) {
      files.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted()
          .forEach(p -> command.add(p.toString()));
    }
    Process p = new ProcessBuilder(command).inheritIO().start();
    p.waitFor(); // exit code 1 is expected: a few Reuters records have no text
  }

  private static HttpClient client() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws IOException {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
