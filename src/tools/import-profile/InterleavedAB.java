import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Extraction A/B in one JVM: each jar's classes in their own class loader (the libraries shared), rounds
 * alternated A, B, A, B over the same Reuters stories on one thread, so both meet the same machine minute.
 * Prints per round thread CPU µs and allocated bytes per article; the best round of each after warm-up.
 * Usage: InterleavedAB CORPUS_DIR ROUNDS TEST_CLASSES LABEL=JAR ... (TEST_CLASSES: a build's target/test-classes,
 * for its Reuters reader). On a shared machine thread CPU is inflated by the load, but alike for both sides of
 * one round: compare within a round, and quote the load.
 *
 * <pre>
 * javac -d /tmp/ab src/tools/import-profile/InterleavedAB.java
 * java -Xmx4g -cp "/tmp/ab:target/lib/*" InterleavedAB ../shared/data/reuters21578 8 target/test-classes \
 *     base=/work/base-3c1b534/facetwire.jar new=target/facetwire.jar
 * </pre>
 */
public class InterleavedAB {
  public static void main(String[] args) throws Throwable {
    Path dir = Path.of(args[0]);
    int rounds = Integer.parseInt(args[1]);
    URL testClasses = Path.of(args[2]).toUri().toURL();
    List<String> labels = new ArrayList<>();
    List<Object> extractors = new ArrayList<>();
    List<MethodHandle> extract = new ArrayList<>();
    List<String[]> stories = null;
    for (int k = 3; k < args.length; k++) {
      String[] lj = args[k].split("=", 2);
      ClassLoader loader = new URLClassLoader(new URL[] {Path.of(lj[1]).toUri().toURL(), testClasses},
          InterleavedAB.class.getClassLoader());
      Class<?> fxClass = Class.forName("io.facetwire.extract.FacetExtractor", true, loader);
      if (stories == null) {
        Class<?> corpus = Class.forName("io.facetwire.extract.ReutersCorpus", true, loader);
        Method read = corpus.getDeclaredMethod("read", Path.class);
        read.setAccessible(true);
        stories = new ArrayList<>();
        for (Object s : (List<?>) read.invoke(null, dir)) {
          Method title = s.getClass().getDeclaredMethod("title");
          Method body = s.getClass().getDeclaredMethod("body");
          title.setAccessible(true);
          body.setAccessible(true);
          stories.add(new String[] {(String) title.invoke(s), (String) body.invoke(s)});
        }
      }
      labels.add(lj[0]);
      extractors.add(fxClass.getMethod("loadDefault").invoke(null));
      extract.add(MethodHandles.publicLookup().findVirtual(fxClass, "extract",
          MethodType.methodType(Class.forName("io.facetwire.facet.FacetValues", true, loader), String.class, String.class))
          .asType(MethodType.methodType(Object.class, Object.class, String.class, String.class)));
    }
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    int n = labels.size();
    double[] bestUs = new double[n];
    double[] leastBytes = new double[n];
    java.util.Arrays.fill(bestUs, Double.MAX_VALUE);
    java.util.Arrays.fill(leastBytes, Double.MAX_VALUE);
    long sink = 0;
    System.out.printf("%d stories%n", stories.size());
    for (int r = 0; r < rounds; r++) {
      StringBuilder line = new StringBuilder(String.format("round %d load %.2f:", r + 1, load()));
      for (int v = 0; v < n; v++) {
        Object fx = extractors.get(v);
        MethodHandle mh = extract.get(v);
        long c0 = threads.getCurrentThreadCpuTime();
        long b0 = threads.getCurrentThreadAllocatedBytes();
        for (String[] s : stories) {
          sink += mh.invokeExact(fx, s[0], s[1]).hashCode() & 1;
        }
        double us = (threads.getCurrentThreadCpuTime() - c0) / 1e3 / stories.size();
        double bytes = (threads.getCurrentThreadAllocatedBytes() - b0) / (double) stories.size();
        if (r > 0) {
          bestUs[v] = Math.min(bestUs[v], us);
          leastBytes[v] = Math.min(leastBytes[v], bytes);
        }
        line.append(String.format("  %s %.1f µs %.0f B", labels.get(v), us, bytes));
      }
      System.out.println(line);
    }
    for (int v = 0; v < n; v++) {
      System.out.printf("best after warm-up %s: %.1f µs of thread CPU per article, %.0f bytes allocated per article%n",
          labels.get(v), bestUs[v], leastBytes[v]);
    }
    System.out.println("(checksum " + sink + ")");
  }

  static double load() {
    try {
      return Double.parseDouble(java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (Exception e) {
      return -1;
    }
  }
}
