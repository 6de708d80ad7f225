package io.facetwire.cli;

import io.facetwire.Facetwire;
import io.facetwire.article.RecordError;
import io.facetwire.ingest.EnrichSummary;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "enrich", mixinStandardHelpOptions = true,
    description = {"Re-extract the country, person and topic facets of every article already in the index,",
        "e.g. after editing the topic taxonomy (--taxonomy FILE or $FACETWIRE_TAXONOMY), without the",
        "source files. Articles whose facets do not change are not rewritten; ingestion times are kept;",
        "no article is deleted. Works whether or not the server is running.",
        "Exit code 1 when an article failed or the article count changed."})
final class EnrichCommand implements Callable<Integer> {

  @Mixin
  DataDirOptions data;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    EnrichSummary summary;
    try (Facetwire facetwire = data.open()) {
      System.out.printf("Elasticsearch ready in %.1f s%n", (System.nanoTime() - start) / 1e9);
      long t0 = System.nanoTime();
      summary = facetwire.reenricher().run();
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf("Enriched: %s in %.1f s (%.0f articles/s)%n", summary.oneLine(), seconds,
          seconds > 0 ? summary.read() / seconds : 0.0);
    }
    for (RecordError error : summary.failures()) {
      System.err.println("  failed: " + error);
    }
    if (!summary.complete()) {
      System.err.println("Enrichment incomplete: see the counts above.");
      return 1;
    }
    return 0;
  }
}
