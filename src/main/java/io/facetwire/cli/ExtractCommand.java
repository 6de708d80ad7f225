package io.facetwire.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.Json;
import io.facetwire.article.Article;
import io.facetwire.article.ArticleReaders;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordError;
import io.facetwire.article.RecordSink;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.facet.FacetValues;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Print the country, person and topic facets of the articles in FILE as JSON",
        "(one object per article, one per line). Needs no Elasticsearch."})
final class ExtractCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "An article file in any format that import reads.")
  Path file;

  @Mixin
  ExtractorOptions extraction;

  @Option(names = "--explain", description = "Add each article's \"explanation\": the words behind every country, "
      + "person and topic, and every topic rule that matched with what it added.")
  boolean explain;

  @Override
  public Integer call() throws Exception {
    FacetExtractor extractor = extraction.load();
    ObjectMapper json = Json.mapper();
    AtomicInteger failures = new AtomicInteger();
    ArticleReaders.forFile(file.getFileName().toString()).read(file, ReadOptions.NONE, new RecordSink() {
      @Override
      public void accept(Article article, String location) {
        FacetValues facets = extractor.extract(article.title(), article.body(), article.source());
        ObjectNode out = json.createObjectNode();
        out.put("title", article.title());
        facets.map().forEach((facet, values) -> out.set(facet.field(), json.valueToTree(values)));
        if (explain) {
          out.set("explanation", json.valueToTree(extractor.explain(article.title(), article.body())));
        }
        System.out.println(out);
      }

      @Override
      public void reject(RecordError error) {
        failures.incrementAndGet();
        System.err.println("failed: " + error);
      }
    });
    return failures.get() == 0 ? 0 : 1;
  }
}
