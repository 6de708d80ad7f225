package io.facetwire.article;

import java.util.Locale;

/**
 * Chooses the reader for a file by its name, so the import command needs no --format flag for the
 * usual cases: .jsonl/.ndjson JSON Lines, .csv CSV, .sgm/.sgml Reuters SGML, anything else one
 * plain text article per file.
 */
public final class ArticleReaders {

  private ArticleReaders() {}

  public static ArticleReader forFile(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return new JsonLinesReader();
    }
    if (name.endsWith(".csv")) {
      return new CsvArticleReader();
    }
    if (name.endsWith(".sgm") || name.endsWith(".sgml")) {
      return new ReutersSgmlReader();
    }
    return new PlainTextReader();
  }
}
