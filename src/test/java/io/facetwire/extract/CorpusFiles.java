package io.facetwire.extract;

import io.facetwire.article.Article;
import io.facetwire.article.ArticleReaders;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordSink;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The shipped corpora as the programs under this package read them (LanguageSurvey, ExtractionDump): their article
 * files in name order, each read by the import's own reader.
 */
final class CorpusFiles {

  private CorpusFiles() {
  }

  /** The article files under {@code root} (or {@code root} itself when it is a file), sorted. */
  static List<Path> under(Path root) throws Exception {
    if (Files.isRegularFile(root)) {
      return List.of(root);
    }
    try (var walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).filter(p -> {
        String name = p.getFileName().toString();
        return name.endsWith(".sgm") || name.endsWith(".csv") || name.endsWith(".jsonl")
            || name.matches("\\d+\\.txt"); // BBC: one article per numbered file
      }).sorted().toList();
    }
  }

  /** The articles of one file, its bad records skipped. */
  static List<Article> read(Path f) throws Exception {
    List<Article> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(f)) {
      ArticleReaders.forFile(f.toString())
          .read(in, f.toString(), ReadOptions.NONE, RecordSink.skippingRejects(out::add));
    }
    return out;
  }
}
