package io.facetwire.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.facetwire.Json;
import io.facetwire.article.Article;
import io.facetwire.article.ArticleReaders;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordError;
import io.facetwire.article.RecordSink;
import io.facetwire.extract.ExtractedFacets;
import io.facetwire.extract.FacetExtractor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Print the facets of the articles in FILE as JSON: one object per article, one per line,",
        "its title and then every facet's values under the facet's field name (countries, persons,",
        "organizations, topics, source, languages). Needs no Elasticsearch."})
final class ExtractCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "An article file in any format that import reads.")
  Path file;

  @Mixin
  ExtractorOptions extraction;

  @Option(names = "--explain", description = "Add each article's \"explanation\": the words behind every country, "
      + "person and topic, and every topic rule that matched with what it added.")
  boolean explain;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    FacetExtractor extractor = extraction.load();
    ObjectMapper json = Json.mapper();
    AtomicInteger failures = new AtomicInteger();
    PrintWriter out = spec.commandLine().getOut();
    ArticleReaders.forFile(file.getFileName().toString()).read(file, ReadOptions.NONE, new RecordSink() {
      @Override
      public void accept(Article article, String location) {
        ExtractedFacets facets = ExtractedFacets.of(extractor, article.title(), article.body(), article.source(),
            article.publishedAt(), explain).withTitle(article.title());
        try {
          out.println(json.writeValueAsString(facets));
        } catch (JsonProcessingException e) {
          throw new IllegalStateException("The facets of " + location + " could not be written: " + e.getMessage(), e);
        }
      }

      @Override
      public void reject(RecordError error) {
        failures.incrementAndGet();
        spec.commandLine().getErr().println("failed: " + error);
      }
    });
    out.flush();
    return failures.get() == 0 ? 0 : 1;
  }
}
