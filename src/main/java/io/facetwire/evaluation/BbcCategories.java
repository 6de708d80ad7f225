package io.facetwire.evaluation;

import io.facetwire.article.Article;
import io.facetwire.article.ArticleReaders;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordError;
import io.facetwire.article.RecordSink;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.facet.Facet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Topic coverage on the BBC News set: each folder is the category a BBC editor gave the article. */
public final class BbcCategories {

  /** BBC folder to the topic a reader would give every article in it. */
  public static final Map<String, String> TOPIC_OF_FOLDER = Map.of("business", "business",
      "entertainment", "arts and entertainment", "politics", "politics", "sport", "sport", "tech", "technology");

  private BbcCategories() {}

  public static TopicCoverage run(FacetExtractor extractor, Path bbcDir) throws IOException {
    TopicCoverage coverage = new TopicCoverage();
    for (Map.Entry<String, String> folder : new java.util.TreeMap<>(TOPIC_OF_FOLDER).entrySet()) {
      Path dir = bbcDir.resolve(folder.getKey());
      List<Path> files;
      try (Stream<Path> s = Files.list(dir)) {
        files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
      }
      for (Path file : files) {
        ArticleReaders.forFile(file.getFileName().toString()).read(file, ReadOptions.NONE, new RecordSink() {
          @Override
          public void accept(Article article, String location) {
            List<String> topics = extractor.extract(article.title(), article.body()).values(Facet.TOPIC);
            coverage.add(folder.getKey(), folder.getValue(), topics);
            coverage.count(topics);
          }

          @Override
          public void reject(RecordError error) {
            // The BBC files all read; nothing to score if one did not.
          }
        });
      }
    }
    return coverage;
  }
}
