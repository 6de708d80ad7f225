package io.facetwire.cli;

import io.facetwire.Facetwire;
import io.facetwire.article.ArticleReaders;
import io.facetwire.article.DateParsing;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordError;
import io.facetwire.engine.EngineUnavailableException;
import io.facetwire.ingest.ImportSummary;
import io.facetwire.ingest.Importer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Import articles into the index: JSON Lines (.jsonl/.ndjson), CSV with a header row (.csv),",
        "Reuters-21578 SGML (.sgm) or plain text (anything else: one article per file).",
        "Works whether or not the server is running. Exit code 1 when any record failed."})
final class ImportCommand implements Callable<Integer> {

  @Mixin
  DataDirOptions data;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import.")
  List<Path> files;

  @Option(names = "--source", description = "Source name for plain text files that do not say.")
  String source;

  @Option(names = "--date", paramLabel = "DATE",
      description = "Publication date (e.g. 2017-07-30) for plain text files that do not say.")
  String date;

  @Option(names = "--no-progress", description = "Do not show a progress bar.")
  boolean noProgress;

  @Option(names = "--in-process", description = {"Read, extract and index in this process even when a server "
      + "runs on the data folder", "(by default the files go to that server, which does the work with its JIT warm)."})
  boolean inProcess;

  @Override
  public Integer call() throws Exception {
    Instant publishedAt = null;
    if (date != null) {
      try {
        publishedAt = DateParsing.parse(date);
      } catch (IllegalArgumentException e) {
        System.err.println("--date: " + e.getMessage());
        return 2;
      }
    }
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        System.err.println("Not a readable file: " + file);
        return 2;
      }
    }
    ReadOptions options = new ReadOptions(source, publishedAt);
    long start = System.nanoTime();
    java.util.Optional<RunningFacetwire.Handle> server = viaServer() ? RunningFacetwire.findServer(data.dataDir())
        : java.util.Optional.empty();
    if (server.isPresent()) {
      return importViaServer(server.get(), start);
    }
    ImportSummary summary;
    double seconds;
    interruption = ImportInterruption.install(Duration.ofSeconds(60));
    try {
      try (Facetwire facetwire = data.open()) {
        System.out.printf("Elasticsearch ready in %.1f s%n", (System.nanoTime() - start) / 1e9);
        long importStart = System.nanoTime();
        Importer.Run run = facetwire.importer().start();
        try {
          summary = importAll(run, options);
        } catch (EngineUnavailableException e) {
          // The server (or cluster) went away mid-import: say how far it got, not just that it stopped.
          printStopped(run.soFar(), e.getMessage());
          return 3;
        }
        seconds = (System.nanoTime() - importStart) / 1e9;
      }
      printSummary(summary, seconds);
      if (interruption.requested()) {
        printWhatToRerun();
        return 130;
      }
      return summary.hasFailures() ? 1 : 0;
    } finally {
      interruption.finished();
    }
  }

  private ImportInterruption interruption;
  /** The first file not read to its end, when the import was interrupted. */
  private int unfinishedFrom = -1;

  private void printWhatToRerun() {
    List<String> rest = files.subList(unfinishedFrom < 0 ? files.size() : unfinishedFrom, files.size())
        .stream().map(Path::toString).toList();
    System.err.println("Interrupted: the counts above are what was stored (every article counted as indexed is safe).");
    if (rest.isEmpty()) {
      System.err.println("Every file was read to its end.");
      return;
    }
    StringBuilder again = new StringBuilder("java -jar target/facetwire.jar import");
    if (source != null) {
      again.append(" --source '").append(source).append('\'');
    }
    if (date != null) {
      again.append(" --date ").append(date);
    }
    rest.forEach(f -> again.append(' ').append(f));
    System.err.println("Not finished: " + String.join(", ", rest) + ". To finish, run again (articles already"
        + " stored are counted as unchanged, never duplicated):");
    System.err.println("  " + again);
  }

  /**
   * A server on the data folder does the work unless told otherwise, or unless this command was given
   * its own taxonomy or index prefix (the server extracts with its own and writes to its own).
   */
  private boolean viaServer() {
    return !inProcess && data.extraction.taxonomy == null && data.indexPrefix == null;
  }

  private int importViaServer(RunningFacetwire.Handle server, long start) {
    System.out.println("Sending the files to the server at " + server.url() + " (it reads, extracts and indexes)");
    long totalBytes = totalBytes();
    ImportSummary summary;
    try (ProgressBar bar = !noProgress && totalBytes > 256 * 1024 ? progressBar(totalBytes) : null) {
      summary = new RemoteImport(server).send(files, source, date, n -> {
        if (bar != null) {
          bar.stepBy(n);
        }
      });
    } catch (IOException e) {
      System.out.println("Stopped: the server at " + server.url() + " stopped answering: " + e.getMessage());
      System.err.println("What the server received before is indexed; import the files again to finish"
          + " (stored articles count as unchanged), or use --in-process when the server is stopped.");
      return 3;
    }
    printSummary(summary, (System.nanoTime() - start) / 1e9);
    return summary.hasFailures() ? 1 : 0;
  }

  private long totalBytes() {
    long total = 0;
    for (Path file : files) {
      try {
        total += Files.size(file);
      } catch (IOException e) {
        // Reported when the file is read.
      }
    }
    return total;
  }


  private static void printStopped(ImportSummary soFar, String why) {
    long unsettled = soFar.read() - soFar.indexed() - soFar.unchanged() - soFar.failed();
    System.out.println("Stopped: " + why);
    System.out.println("So far: " + soFar.oneLine() + ", not confirmed " + Math.max(0, unsettled)
        + " (import the files again once Elasticsearch is back: stored articles count as unchanged)");
    soFar.failures().stream().filter(f -> !f.reason().startsWith("bulk request failed"))
        .forEach(f -> System.err.println("  failed: " + f));
  }

  private ImportSummary importAll(Importer.Run run, ReadOptions options) throws IOException {
    long totalBytes = 0;
    for (Path file : files) {
      totalBytes += Files.size(file);
    }
    boolean showProgress = !noProgress && totalBytes > 256 * 1024;
    try (ProgressBar bar = showProgress ? progressBar(totalBytes) : null) {
      for (int i = 0; i < files.size(); i++) {
        Path file = files.get(i);
        if (interruption.requested()) {
          unfinishedFrom = i;
          break;
        }
        try (InputStream in = Files.newInputStream(file)) {
          InputStream counted = bar == null ? in : new CountingInputStream(in, n -> {
            bar.stepBy(n);
            bar.setExtraMessage(" " + run.readSoFar() + " articles");
          });
          ArticleReaders.forFile(file.getFileName().toString())
              .read(counted, file.toString(), options, interruption.guard(run.forFile(file.toString())));
        } catch (ImportInterruption.Stopped e) {
          unfinishedFrom = i;
          break;
        } catch (IOException e) {
          run.forFile(file.toString()).reject(new RecordError(file.toString(), "", 0,
              "could not be read: " + e.getMessage()));
        }
      }
      return run.finish();
    }
  }

  static ProgressBar progressBar(long totalBytes) {
    return new ProgressBarBuilder().setTaskName("Importing").setInitialMax(totalBytes)
        .setStyle(ProgressBarStyle.ASCII).setUnit(" MB", 1024 * 1024).showSpeed()
        .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err,
            ProgressWidth.of(io.facetwire.Settings.system())))
        .build();
  }

  private static void printSummary(ImportSummary summary, double seconds) {
    System.out.printf("Imported: %s in %.1f s (%.0f articles/s)%n", summary.oneLine(), seconds,
        seconds > 0 ? summary.read() / seconds : 0.0);
    for (RecordError error : summary.failures()) {
      System.err.println("  failed: " + error);
    }
    for (io.facetwire.article.RecordNote note : summary.notes()) {
      System.err.println("  note: " + note);
    }
  }
}
