import java.io.*;
import java.lang.management.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.apache.http.entity.*;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.*;

/**
 * TransportProbe NODE_URL SECRET N MODE BODY_FILES...: the HTTP client alone against a running node, the same search
 * bodies in turn (POST /facetwire-articles/_search?typed_keys=true). MODE rest (the low-level REST client), hc4 (Apache
 * classic, as engine.transport uses it), huc (HttpURLConnection), jdk (java.net.http): CPU of this process per request
 * (JIT and GC threads left out, from /proc), 10 rounds of N. MODE alt: REST client and hc4 alternating per request,
 * p50/p90 latency of each, 8 rounds of N pairs. Run: java -cp "target/lib/*" TransportProbe.java ... (Java 17 single file).
 */
public class TransportProbe {
  /** CPU of this process's threads other than the JIT compiler and GC (ticks to ns), from /proc. */
  static long procCpuNanos() throws IOException {
    long ticks = 0;
    for (File t : new File("/proc/self/task").listFiles()) {
      String s; try { s = Files.readString(t.toPath().resolve("stat")); } catch (IOException e) { continue; }
      String name = s.substring(s.indexOf('(') + 1, s.lastIndexOf(')'));
      if (name.contains("Compiler") || name.startsWith("C1") || name.startsWith("C2") || name.startsWith("G1") || name.startsWith("GC") || name.contains("Conc")) continue;
      String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
      ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }
    return ticks * 10_000_000L;
  }
  public static void main(String[] a) throws Exception {
    String url = a[0], auth = "ApiKey " + a[1]; int n = Integer.parseInt(a[2]); String mode = a[3];
    List<byte[]> bodies = new ArrayList<>();
    for (int i = 4; i < a.length; i++) bodies.add(Files.readAllBytes(Path.of(a[i])));
    String path = "/facetwire-articles/_search?typed_keys=true";
    interface Call { int run(byte[] body) throws Exception; }
    Call call;
    switch (mode) {
      case "rest" -> {
        RestClient rc = RestClient.builder(HttpHost.create(url)).setDefaultHeaders(new org.apache.http.Header[]{new BasicHeader("Authorization", auth)}).build();
        call = b -> { Request r = new Request("POST", path); r.setEntity(new ByteArrayEntity(b, ContentType.APPLICATION_JSON)); Response resp = rc.performRequest(r); return EntityUtils.toByteArray(resp.getEntity()).length; };
      }
      case "hc4" -> {
        org.apache.http.impl.conn.PoolingHttpClientConnectionManager cm = new org.apache.http.impl.conn.PoolingHttpClientConnectionManager();
        cm.setDefaultMaxPerRoute(32); cm.setMaxTotal(64);
        org.apache.http.impl.client.CloseableHttpClient hc = org.apache.http.impl.client.HttpClients.custom().setConnectionManager(cm)
          .disableAutomaticRetries().disableRedirectHandling().disableContentCompression().disableCookieManagement().disableAuthCaching()
          .setDefaultHeaders(List.of(new BasicHeader("Authorization", auth))).build();
        call = b -> { org.apache.http.client.methods.HttpPost p = new org.apache.http.client.methods.HttpPost(url + path); p.setEntity(new ByteArrayEntity(b, ContentType.APPLICATION_JSON));
          try (org.apache.http.client.methods.CloseableHttpResponse r = hc.execute(p)) { return EntityUtils.toByteArray(r.getEntity()).length; } };
      }
      case "huc" -> {
        call = b -> { HttpURLConnection c = (HttpURLConnection) new URL(url + path).openConnection(); c.setDoOutput(true); c.setRequestMethod("POST");
          c.setRequestProperty("Authorization", auth); c.setRequestProperty("Content-Type", "application/json"); c.setFixedLengthStreamingMode(b.length);
          try (OutputStream o = c.getOutputStream()) { o.write(b); } int code = c.getResponseCode(); try (InputStream in = code < 400 ? c.getInputStream() : c.getErrorStream()) { return in.readAllBytes().length; } };
      }
      case "jdk" -> {
        java.net.http.HttpClient h = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        call = b -> h.send(java.net.http.HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", auth).header("Content-Type", "application/json")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(b)).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body().length;
      }
      case "alt" -> call = null;
      default -> throw new IllegalArgumentException(mode);
    }
    if (mode.equals("alt")) {
      RestClient rc = RestClient.builder(HttpHost.create(url)).setDefaultHeaders(new org.apache.http.Header[]{new BasicHeader("Authorization", auth)}).build();
      org.apache.http.impl.conn.PoolingHttpClientConnectionManager cm = new org.apache.http.impl.conn.PoolingHttpClientConnectionManager();
      org.apache.http.impl.client.CloseableHttpClient hc = org.apache.http.impl.client.HttpClients.custom().setConnectionManager(cm)
          .disableAutomaticRetries().disableRedirectHandling().disableContentCompression().disableCookieManagement().disableAuthCaching().disableConnectionState()
          .setDefaultHeaders(List.of(new BasicHeader("Authorization", auth))).build();
      Call r = b -> { Request q = new Request("POST", path); q.setEntity(new ByteArrayEntity(b, ContentType.APPLICATION_JSON)); Response resp = rc.performRequest(q); return EntityUtils.toByteArray(resp.getEntity()).length; };
      Call h = b -> { org.apache.http.client.methods.HttpPost p = new org.apache.http.client.methods.HttpPost(url + path); p.setEntity(new ByteArrayEntity(b, ContentType.APPLICATION_JSON));
          try (org.apache.http.client.methods.CloseableHttpResponse x = hc.execute(p)) { return EntityUtils.toByteArray(x.getEntity()).length; } };
      for (int round = 0; round < 8; round++) {
        long[] lr = new long[n], lh = new long[n];
        for (int i = 0; i < n; i++) {
          byte[] b = bodies.get(i % bodies.size());
          boolean restFirst = (i & 1) == 0;
          for (int k = 0; k < 2; k++) {
            boolean useRest = (k == 0) == restFirst;
            long t0 = System.nanoTime(); (useRest ? r : h).run(b); long d = System.nanoTime() - t0;
            if (useRest) lr[i] = d; else lh[i] = d;
          }
        }
        Arrays.sort(lr); Arrays.sort(lh);
        System.out.printf("alt round %d: rest p50 %.2f ms p90 %.2f | hc4 p50 %.2f ms p90 %.2f | load %s%n", round, lr[n/2]/1e6, lr[n*9/10]/1e6, lh[n/2]/1e6, lh[n*9/10]/1e6,
          Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
      }
      System.exit(0);
    }
    for (int round = 0; round < 10; round++) {
      long c0 = procCpuNanos(); long t0 = System.nanoTime(); long bytes = 0;
      for (int i = 0; i < n; i++) bytes += call.run(bodies.get(i % bodies.size()));
      long cpu = procCpuNanos() - c0, wall = System.nanoTime() - t0;
      System.out.printf("%s round %d: client CPU %.0f µs/req, wall %.0f µs/req, %d bytes/req, load %s%n", mode, round, cpu / 1e3 / n, wall / 1e3 / n, bytes / n,
        Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }
    System.exit(0);
  }
}
