import java.net.URI;
import java.net.http.*;
import java.nio.file.*;
import java.time.Duration;
import java.util.*;

/** FramingProbe URL_A URL_B ROUNDS N: the bench's HTTP client's own CPU per response (this process, JIT and GC threads left out), A and B alternating by round. */
public class FramingProbe {
  public static void main(String[] a) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String[] urls = {a[0], a[1]};
    int rounds = Integer.parseInt(a[2]), n = Integer.parseInt(a[3]);
    for (int r = 1; r <= rounds; r++) {
      StringBuilder line = new StringBuilder("round " + r + " load " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
      double[] us = new double[2];
      for (int k = 0; k < 2; k++) {
        int t = (r + k) % 2;
        long c0 = cpu();
        long w0 = System.nanoTime();
        String framing = "";
        for (int i = 0; i < n; i++) {
          HttpResponse<byte[]> resp = http.send(HttpRequest.newBuilder(URI.create(urls[t])).timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
          framing = resp.headers().firstValue("transfer-encoding").orElse("length");
        }
        long c1 = cpu();
        us[t] = (c1 - c0) * 1e4 / n;
        line.append(String.format(Locale.ROOT, " | %s client CPU %.0f µs/response (%s)", t == 0 ? "A" : "B", us[t], framing));
      }
      System.out.println(line + String.format(Locale.ROOT, " | B/A %.2f", us[1] / us[0]));
    }
  }
  /** ticks of this process's threads other than the JIT compiler and GC */
  static long cpu() throws Exception {
    long sum = 0;
    try (var tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path t : tasks.toList()) {
        String s;
        try { s = Files.readString(t.resolve("stat")); } catch (Exception e) { continue; }
        String name = s.substring(s.indexOf('(') + 1, s.lastIndexOf(')'));
        if (name.contains("Compiler") || name.startsWith("C1") || name.startsWith("C2") || name.startsWith("G1") || name.startsWith("GC")) continue;
        String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
        sum += Long.parseLong(f[11]) + Long.parseLong(f[12]);
      }
    }
    return sum;
  }
}
