package io.facetwire.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.Facetwire;
import io.facetwire.Json;
import io.facetwire.engine.ArticleDocuments;
import io.facetwire.engine.IndexBootstrap;
import io.facetwire.engine.IndexNames;
import io.facetwire.engine.Reindexer;
import io.facetwire.ingest.ReindexEnrichment;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = {"Build a new versioned index from the current index-mappings/ file, copy every document",
        "into it, check the counts and move the alias in one atomic step. Searches keep working",
        "throughout; writes made meanwhile are carried over. The old index is kept read-only",
        "unless --delete-old is given. Shard and replica counts follow FACETWIRE_INDEX_SHARDS/REPLICAS."})
final class ReindexCommand implements Callable<Integer> {

  @Mixin
  DataDirOptions data;

  @Option(names = "--index", paramLabel = "NAME",
      description = "Which index, by its mapping file's name: articles (default) or saved-searches.")
  String index = IndexNames.ARTICLES;

  @Option(names = "--enrich", description = "Extract countries, persons and topics again with the current extractor.")
  boolean enrich;

  @Option(names = "--delete-old", description = "Delete the old index once the alias has moved.")
  boolean deleteOld;

  @Option(names = "--page-size", paramLabel = "N", hidden = true, description = "Documents per search page and bulk request.")
  int pageSize = 1000;

  @Override
  public Integer call() throws Exception {
    if (!IndexBootstrap.MAPPINGS.contains(index)) {
      System.err.println("--index: '" + index + "' is not one of " + IndexBootstrap.MAPPINGS);
      return 2;
    }
    if (enrich && !index.equals(IndexNames.ARTICLES)) {
      System.err.println("--enrich applies to the articles index only");
      return 2;
    }
    try (Facetwire facetwire = data.open()) {
      String mapping = index;
      UnaryOperator<ObjectNode> transform = enrich
          ? new ReindexEnrichment(facetwire.importer(), new ArticleDocuments(Json.mapper(), facetwire.facets()))
          : UnaryOperator.identity();
      Reindexer reindexer = new Reindexer(facetwire.engine().client(), Json.mapper(), facetwire.engine().layout(),
          pageSize);
      long start = System.nanoTime();
      Reindexer.Result result = reindexer.reindex(facetwire.names().alias(mapping), mapping, transform,
          System.out::println);
      System.out.printf("Reindexed %d documents (%d copied again after changes) in %.1f s%n", result.count(),
          result.caughtUp(), (System.nanoTime() - start) / 1e9);
      if (deleteOld) {
        reindexer.delete(result.oldIndex());
        System.out.println("Deleted " + result.oldIndex());
      }
      return 0;
    } catch (IllegalStateException | IllegalArgumentException e) {
      System.err.println("reindex: " + e.getMessage());
      return 1;
    }
  }
}
