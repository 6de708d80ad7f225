package io.facetwire.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The benchmark's other modes: {@code import} (the command a user runs) and {@code scale} (a million articles). */
public final class BenchModes {

  private final Path reuters;
  private final List<Path> corpora;
  private final Path out;
  private final String serverHeap;
  private final int queries;
  private final int repeats;
  private final long articles;
  private final long seed;
  private Path scaleData;
  private final PrintLogger log = new PrintLogger(System.err);

  public BenchModes(Path reuters, List<Path> corpora, Path out, String serverHeap, int queries, int repeats,
      long articles, long seed) {
    this.reuters = reuters;
    this.corpora = corpora != null ? corpora : List.of(reuters, reuters.resolveSibling("bbc-news"));
    this.out = out;
    this.serverHeap = serverHeap;
    this.queries = queries;
    this.repeats = repeats;
    this.articles = articles;
    this.seed = seed;
  }

  /** {@code scale-search}: the data folder holding the index built once from the generated corpus. */
  public BenchModes scaleData(Path dir) {
    this.scaleData = dir;
    return this;
  }

  public int run(String mode) throws Exception {
    Files.createDirectories(out);
    String started = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    String loadBefore = BenchReport.loadAverage();
    long t0 = System.nanoTime();
    if (mode.equals("import")) {
      List<Path> files;
      String label;
      if (articles > 0) {
        files = generate(articles);
        label = "generated";
      } else {
        try (Stream<Path> list = Files.list(reuters)) {
          files = list.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted().toList();
        }
        label = "Reuters-21578";
      }
      Map<String, Object> r = new CliImportBench(new CliImportBench.Config(files, label, repeats, serverHeap, out))
          .run(log);
      String loadAfter = BenchReport.loadAverage();
      String header = header("import", started, loadBefore, loadAfter, t0);
      String summary = ImportReport.summaryLine(r, loadBefore, loadAfter);
      ImportReport.write(out, "bench-import", header, r, summary);
      print(header, ImportReport.markdown(r), summary, "bench-import");
      return 0;
    }
    long n = articles > 0 ? articles : 1_000_000;
    List<Path> files = generate(n);
    if (mode.equals("scale-search")) {
      // The generated files stay: they are what the kept index was built from.
      Map<String, Object> r = new ScaleSearchBench(files, scaleData, serverHeap, queries, out).run(log);
      String loadAfter = BenchReport.loadAverage();
      String header = header("scale-search", started, loadBefore, loadAfter, t0);
      String summary = ScaleSearchBench.summaryLine(r, loadBefore, loadAfter);
      ScaleSearchBench.write(out, header, r, summary);
      print(header, ScaleSearchBench.markdown(r), summary, null);
      return 0;
    }
    ScaleBench scale = new ScaleBench(files, n, serverHeap, queries, out);
    Map<String, Object> r = scale.run(log);
    String loadAfter = BenchReport.loadAverage();
    String header = header("scale", started, loadBefore, loadAfter, t0);
    String summary = ScaleBench.summaryLine(r, loadBefore, loadAfter);
    ScaleBench.write(out, header, r, summary);
    print(header, ScaleBench.markdown(r), summary, "bench-scale");
    if (!scale.keepFiles()) {
      Benchmark.deleteRecursively(out.resolve("generated"));
    }
    return 0;
  }

  /** The generated corpus in {@code out/generated}, made again only when seed or size changed. */
  private List<Path> generate(long n) throws Exception {
    Path dir = out.resolve("generated");
    Path stamp = dir.resolve("corpus.txt");
    String wanted = "seed " + seed + ", articles " + n;
    int perFile = 50_000;
    if (Files.exists(stamp) && Files.readString(stamp).strip().equals(wanted)) {
      try (Stream<Path> list = Files.list(dir)) {
        return list.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
      }
    }
    Benchmark.deleteRecursively(dir);
    log.line("Generating " + n + " articles (seed " + seed + ") from " + corpora + "…");
    long t = System.nanoTime();
    SyntheticCorpus corpus = SyntheticCorpus.from(corpora);
    List<Path> files = corpus.write(dir, "syn", n, seed, perFile);
    Files.writeString(stamp, wanted + "\n");
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    log.line(String.format("Generated %,d articles from %,d real ones in %.1f s: %,d MB of JSON Lines",
        n, corpus.seedCount(), (System.nanoTime() - t) / 1e9, bytes >> 20));
    return files;
  }

  private static String header(String mode, String started, String loadBefore, String loadAfter, long t0) {
    return "Facetwire benchmark (" + mode + "), " + started + ", " + BenchReport.machineLine() + "; load average before "
        + loadBefore + ", after " + loadAfter + String.format("; %.0f s in all", (System.nanoTime() - t0) / 1e9) + "\n";
  }

  /** A mode's report on the console: header, table, summary line and, when named, the files written. */
  private void print(String header, String markdown, String summary, String written) {
    System.out.println(header);
    System.out.println(markdown);
    System.out.println(summary);
    if (written != null) {
      System.out.println("Written: " + out.resolve(written + ".md") + ", " + out.resolve(written + ".json"));
    }
  }
}
