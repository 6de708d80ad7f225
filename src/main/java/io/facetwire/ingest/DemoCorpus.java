package io.facetwire.ingest;

import io.facetwire.article.ArticleReaders;
import io.facetwire.article.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * The demo articles shipped inside the jar (a fresh clone has no shared data folder): the first
 * article plus the Wikinews sample. See {@code src/main/resources/demo/ATTRIBUTION.md}.
 */
public final class DemoCorpus {

  private record Entry(String resource, ReadOptions options) {}

  /** The Wikinews sample's files (293 articles), read as any CSV upload is. */
  static final List<String> WIKINEWS = List.of("wikinews_2019.csv", "wikinews_2020.csv");

  private static final List<Entry> ENTRIES = List.of(
      // The first article has no headline line, source or date in the file itself.
      new Entry("us-embassy-staff-cut.txt", new ReadOptions("RT", Instant.parse("2017-07-30T18:00:00Z"))),
      new Entry(WIKINEWS.get(0), ReadOptions.NONE),
      new Entry(WIKINEWS.get(1), ReadOptions.NONE));

  private DemoCorpus() {}

  /** One demo file from the jar; the caller closes it. */
  static InputStream open(String resource) {
    InputStream in = DemoCorpus.class.getResourceAsStream("/demo/" + resource);
    if (in == null) {
      throw new IllegalStateException("Demo resource missing from the jar: " + resource);
    }
    return in;
  }

  public static ImportSummary load(Importer importer) {
    Importer.Run run = importer.start();
    for (Entry entry : ENTRIES) {
      try (InputStream in = open(entry.resource())) {
        ArticleReaders.forFile(entry.resource()).read(in, entry.resource(), entry.options(),
            run.forFile("demo/" + entry.resource()));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read demo resource " + entry.resource(), e);
      }
    }
    return run.finish();
  }
}
