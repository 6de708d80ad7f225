package io.facetwire.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code facetwire serve} as its own process, the way a user runs it: started with a given heap,
 * timed from process start to the first 200 on the search page, measured for resident memory, and
 * stopped with SIGTERM like Ctrl+C.
 */
final class ServerProcess implements AutoCloseable {

  private final Process process;
  private final Path dataDir;
  private final int port;
  private final long startupMillis;

  private ServerProcess(Process process, Path dataDir, int port, long startupMillis) {
    this.process = process;
    this.dataDir = dataDir;
    this.port = port;
    this.startupMillis = startupMillis;
  }

  /** Starts the server and returns once {@code /search} answers 200. */
  static ServerProcess start(Path dataDir, int port, String heap, boolean demo, Path log)
      throws IOException, InterruptedException {
    return start(dataDir, port, heap, demo, log, Map.of());
  }

  /** Like the above, with extra environment variables for the server (settings under test). */
  static ServerProcess start(Path dataDir, int port, String heap, boolean demo, Path log, Map<String, String> env)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(javaBinary()));
    if (!heap.equals("default")) {
      command.add("-Xmx" + heap);  // "default": as a user starts it, the JVM's own maximum heap
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.facetwire.cli.Main",
        "serve", "--port", Integer.toString(port), "--data-dir", dataDir.toString()));
    if (!demo) {
      command.add("--no-demo");
    }
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    // The benchmark's server runs on its embedded node whatever the caller's environment says.
    builder.environment().remove("ELASTICSEARCH_URL");
    // The bench's clients all come from loopback but stand for separate people, each with its own
    // address in real use: one address's share of searches (4 by default) must not throttle them.
    builder.environment().put("FACETWIRE_SEARCHES_PER_ADDRESS", "64");
    builder.environment().putAll(env);
    long logFrom = Files.exists(log) ? Files.size(log) : 0;
    long start = System.nanoTime();
    Process process = builder.start();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    URI search = URI.create("http://127.0.0.1:" + port + "/search");
    long deadline = start + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The server exited with " + process.exitValue() + "; see " + log);
      }
      try {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(search).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          long millis = (System.nanoTime() - start) / 1_000_000;
          String warmUp = builder.environment().get("FACETWIRE_IMPORT_WARM_UP");
          if (warmUp != null && !warmUp.isBlank() && !warmUp.strip().equals("0")) {
            awaitImportWarmUp(process, log, logFrom);
          }
          return new ServerProcess(process, dataDir, port, millis);
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Thread.sleep(25);
    }
    process.destroyForcibly();
    throw new IllegalStateException("The server did not answer 200 on /search within 3 minutes; see " + log);
  }

  /**
   * Waits until the server's import warm-up has ended (its line in the log): it runs after the first 200,
   * and its CPU and node work would otherwise land in whatever the bench measures first. Three minutes at most.
   */
  private static void awaitImportWarmUp(Process process, Path log, long logFrom)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline && process.isAlive()) {
      byte[] all = Files.readAllBytes(log);
      String added = new String(all, (int) Math.min(logFrom, all.length), (int) Math.max(0, all.length - logFrom),
          StandardCharsets.UTF_8);
      if (added.contains("Import warm-up:")) {
        return;
      }
      Thread.sleep(200);
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  long startupMillis() {
    return startupMillis;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** The embedded node's HTTP address, which {@code serve} publishes in its data folder. */
  String nodeUrl() throws IOException {
    return io.facetwire.cli.RunningFacetwire.nodeUrl(dataDir)
        .orElseThrow(() -> new IOException("The server published no embedded node in " + dataDir));
  }

  /**
   * The server's JVM: {@code serve} with no heap size runs the server in a child JVM with one
   * ({@code ServerHeap}), the process started here then only waits for it.
   */
  long pid() {
    return process.children().findFirst().map(ProcessHandle::pid).orElse(process.pid());
  }

  /** The embedded node as a client reaches it: its address and the data folder's secret. */
  io.facetwire.engine.ElasticsearchSettings nodeSettings() throws IOException {
    return new io.facetwire.engine.ElasticsearchSettings(List.of(nodeUrl()), nodeSecret(), null, null, null);
  }

  /** The {@code Authorization} header the node asks of raw requests. */
  String nodeAuthorization() throws IOException {
    return io.facetwire.engine.embedded.NodeSecret.authorization(nodeSecret());
  }

  private String nodeSecret() throws IOException {
    return io.facetwire.engine.embedded.NodeSecret.read(io.facetwire.engine.Engine.embeddedHome(dataDir))
        .orElseThrow(() -> new IOException("The server's node secret is missing in " + dataDir));
  }

  /** CPU time the server process has used so far (user + system), from /proc. */
  long compilerCpuMillis() {
    return ProcessCpu.compilerMillis(pid());
  }

  /** CPU of the server's JVM and of the launcher that started it, if any. */
  long cpuMillis() {
    long server = pid();
    return ProcessCpu.millis(server) + (server == process.pid() ? 0 : ProcessCpu.millis(process.pid()));
  }

  /**
   * VmHWM (peak resident set), VmRSS, RssAnon and RssFile of the server's JVM in MiB, from /proc; with
   * {@code LauncherVmHWM} the peak of the launcher that waits for it, when {@code serve} relaunched itself.
   */
  Map<String, Long> memoryMiB() throws IOException {
    long server = pid();
    Map<String, Long> out = status(server, List.of("VmHWM", "VmRSS", "RssAnon", "RssFile"));
    if (server != process.pid()) {
      out.put("LauncherVmHWM", status(process.pid(), List.of("VmHWM")).getOrDefault("VmHWM", -1L));
    }
    return out;
  }

  private static Map<String, Long> status(long pid, List<String> keys) throws IOException {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      for (String key : keys) {
        if (line.startsWith(key + ":")) {
          long kb = Long.parseLong(line.substring(key.length() + 1).replace("kB", "").trim());
          out.put(key, kb / 1024);
        }
      }
    }
    return out;
  }

  /**
   * Java heap in use right after a full collection, in MiB (jcmd GC.run, then GC.heap_info): what the
   * server really holds, unlike the resident size, which only grows while the heap expands to -Xmx.
   */
  long heapAfterGcMiB() throws IOException, InterruptedException {
    jcmd("GC.run");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("used (\\d+)K").matcher(jcmd("GC.heap_info"));
    return m.find() ? Long.parseLong(m.group(1)) / 1024 : -1;
  }

  private String jcmd(String command) throws IOException, InterruptedException {
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    Process p = new ProcessBuilder(jcmd, Long.toString(pid()), command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(1, TimeUnit.MINUTES);
    return out;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
