package io.facetwire.cli;

import io.facetwire.bench.Benchmark;
import io.facetwire.bench.ExtractionBench;
import io.facetwire.bench.SoakBench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure Facetwire against raw Elasticsearch on this machine: ingest of the Reuters-21578",
        "corpus repeated K times, search latency (page, API, raw _search), Elasticsearch round trips per",
        "page view, start-up time and server memory. Prints a Markdown table; writes bench.md and",
        "bench.json to the output folder. Starts its own server processes on a free port."})
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--reuters", paramLabel = "DIR", description = "Reuters-21578 folder (default: ../shared/data/reuters21578).")
  Path reuters = Path.of("../shared/data/reuters21578");

  @Option(names = "--copies", paramLabel = "K", description = "Copies of the corpus to import (default: 5, about 108,000 articles).")
  int copies = 5;

  @Option(names = "--queries", paramLabel = "N", description = "Searches in the query log (default: 500).")
  int queries = 500;

  String serverHeap = "1g";
  boolean serverHeapSet;

  @Option(names = "--server-heap", paramLabel = "SIZE", description = {"Maximum heap (-Xmx) of the server process",
      "(default: 1g; import and scale modes: none, as a user starts the server, which then runs with",
      "$FACETWIRE_HEAP or 1g)."})
  void serverHeap(String value) {
    serverHeap = value;
    serverHeapSet = true;
  }

  @Option(names = "--restarts", paramLabel = "N", description = "Start-ups on the existing index to time (default: 3).")
  int restarts = 3;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: target/bench).")
  Path out = Path.of("target/bench");

  @Option(names = "--mode", paramLabel = "MODE", description = {"full (default): everything above;",
      "ingest: the ingest part of full alone (raw, Facetwire, raw, Facetwire, raw beside one server);",
      "import: `facetwire import` as a user runs it (own process, beside a fresh server and alone) against raw bulk;",
      "scale: generate --articles articles from the corpora (seeded), import, then search, export, new-since at that size;",
      "scale-search: the searches of scale, exact and then sampled counts, on an index kept in --scale-data;",
      "extract: extraction CPU time at 10 KB, 100 KB and 1 MB per article;",
      "soak: readers, a writer and abusive clients against a Reuters-size index, see --soak-seconds."})
  String mode = "full";

  @Option(names = "--repeats", paramLabel = "N", description = "import mode: fresh servers to import into (default: 3).")
  int repeats = 3;

  @Option(names = "--articles", paramLabel = "N", description = "scale mode: articles to generate (default: 1,000,000); "
      + "import mode: generate this many instead of importing the Reuters files.")
  long articles = -1;

  @Option(names = "--scale-data", paramLabel = "DIR", description = "scale-search mode: data folder of an index "
      + "built once by `facetwire import --data-dir DIR OUT/generated/*.jsonl` (default: OUT/scale-data).")
  Path scaleData;

  @Option(names = "--seed", paramLabel = "N", description = "scale mode: seed of the generated corpus (default: 20170730).")
  long seed = 20170730L;

  @Option(names = "--corpora", paramLabel = "DIR", split = ",", description = "Folders the generated articles are made "
      + "from (default: the --reuters folder and ../shared/data/bbc-news next to it).")
  java.util.List<Path> corpora;


  @Option(names = "--soak-seconds", paramLabel = "S", description = "soak: length of the soak phase (default: 120).")
  int soakSeconds = 120;

  @Option(names = "--quiet-seconds", paramLabel = "S", description = "soak: length of the quiet and the abuse phase (default: 30).")
  int quietSeconds = 30;

  @Option(names = "--soak-data", paramLabel = "DIR", description = "soak: data folder holding the Reuters corpus; "
      + "imported there first when the folder does not exist (default: target/soak-data).")
  Path soakData = Path.of("target/soak-data");

  @Override
  public Integer call() throws Exception {
    if (mode.equals("import") || mode.equals("scale") || mode.equals("scale-search")) {
      String heap = serverHeapSet ? serverHeap : "default";
      return new io.facetwire.bench.BenchModes(reuters, corpora, out, heap, queries, repeats, articles, seed)
          .scaleData(scaleData != null ? scaleData : out.resolve("scale-data")).run(mode);
    }
    if (!Files.isDirectory(reuters)) {
      System.err.println("--reuters: " + reuters + " is not a folder (the Reuters-21578 corpus is needed)");
      return 2;
    }
    if (mode.equals("extract")) {
      System.out.print(new ExtractionBench().run(reuters));
      return 0;
    }
    if (mode.equals("ingest")) {
      if (copies < 1 || !serverHeap.matches("\\d+[kmgKMG]?")) {
        System.err.println("--copies must be at least 1, --server-heap like 1g");
        return 2;
      }
      System.out.println(new io.facetwire.bench.IngestOnlyBench(reuters, copies, serverHeap, out).run());
      System.out.println("Written: " + out.resolve("bench-ingest.json"));
      return 0;
    }
    if (mode.equals("soak")) {
      System.out.print(new SoakBench(reuters, soakData, serverHeap, quietSeconds, soakSeconds).run());
      return 0;
    }
    if (!mode.equals("full")) {
      System.err.println("--mode must be full, ingest, import, scale, scale-search, extract or soak, got '" + mode + "'");
      return 2;
    }
    if (copies < 1 || queries < 1 || restarts < 0 || !serverHeap.matches("\\d+[kmgKMG]?")) {
      System.err.println("--copies and --queries must be at least 1, --restarts at least 0, --server-heap like 1g");
      return 2;
    }
    var benchmark = new Benchmark(new Benchmark.Config(reuters, copies, queries, serverHeap, restarts, out));
    var report = benchmark.run();
    report.write(out);
    System.out.println(report.header());
    System.out.println(report.markdown());
    System.out.println(report.summaryLine());
    System.out.println("Written: " + out.resolve("bench.md") + ", " + out.resolve("bench.json"));
    return 0;
  }
}
