import io.facetwire.article.Article;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordError;
import io.facetwire.article.RecordSink;
import io.facetwire.article.ReutersSgmlReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Reuters SGML reader alone, on one thread: thread CPU and allocated bytes per record for each round over the
 * given files (the first rounds show it cold), and a checksum of every record and location (compare two builds).
 * usage: ReaderBench ROUNDS FILE...
 */
public class ReaderBench {
  public static void main(String[] args) throws Exception {
    var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    int rounds = Integer.parseInt(args[0]);
    for (int r = 0; r < rounds; r++) {
      long t0 = mx.getCurrentThreadCpuTime();
      long b0 = mx.getCurrentThreadAllocatedBytes();
      long[] n = {0, 0};
      for (int i = 1; i < args.length; i++) {
        try (var in = Files.newInputStream(Path.of(args[i]))) {
          new ReutersSgmlReader().read(in, args[i], new ReadOptions(null, null), new RecordSink() {
            @Override
            public void accept(Article a, String location) {
              n[0]++;
              n[1] = n[1] * 31 + a.hashCode() + location.hashCode();
            }

            @Override
            public void reject(RecordError e) {
              n[0]++;
              n[1] = n[1] * 31 + e.toString().hashCode();
            }
          });
        }
      }
      long t1 = mx.getCurrentThreadCpuTime();
      long b1 = mx.getCurrentThreadAllocatedBytes();
      System.out.printf("round %d: %d records, %.1f us and %.0f bytes per record, checksum %x%n", r, n[0],
          (t1 - t0) / 1000.0 / n[0], (b1 - b0) / (double) n[0], n[1]);
    }
  }
}
