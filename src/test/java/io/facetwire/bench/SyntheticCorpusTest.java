package io.facetwire.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.article.Article;
import io.facetwire.article.JsonLinesReader;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordError;
import io.facetwire.article.RecordSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated corpus of the scale benchmark: reproducible, importable, made of real sentences. */
class SyntheticCorpusTest {

  @TempDir
  Path dir;

  static SyntheticCorpus fromFixtures() throws IOException, URISyntaxException {
    Path fixtures = Path.of(SyntheticCorpusTest.class.getClassLoader().getResource("fixtures").toURI());
    return SyntheticCorpus.from(List.of(fixtures.resolve("reut2-000.sgm"), fixtures.resolve("bbc")));
  }

  @Test
  void theSameSeedGivesTheSameArticlesAndAnotherSeedOthers() throws Exception {
    SyntheticCorpus corpus = fromFixtures();
    assertTrue(corpus.seedCount() > 900, "Reuters stories and BBC articles with text: " + corpus.seedCount());
    assertEquals(text(corpus, 42, 0, 500), text(corpus, 42, 0, 500));
    assertNotEquals(text(corpus, 42, 0, 500), text(corpus, 43, 0, 500));
    // Article i does not depend on what else is generated: files can be made in any order or split.
    String whole = text(corpus, 42, 0, 300);
    assertEquals(whole, text(corpus, 42, 0, 120) + text(corpus, 42, 120, 300));
  }

  @Test
  void filesAreValidImportInputWithUniqueIdsDatesOverYearsAndRealText() throws Exception {
    SyntheticCorpus corpus = fromFixtures();
    List<Path> files = corpus.write(dir, "syn", 2_500, 7, 1_000);
    assertEquals(3, files.size());
    List<Article> read = new ArrayList<>();
    List<RecordError> errors = new ArrayList<>();
    for (Path f : files) {
      new JsonLinesReader().read(f, ReadOptions.NONE, new RecordSink() {
        @Override
        public void accept(Article article, String location) {
          read.add(article);
        }

        @Override
        public void reject(RecordError error) {
          errors.add(error);
        }
      });
    }
    assertEquals(List.of(), errors);
    assertEquals(2_500, read.size());
    Set<String> ids = new HashSet<>();
    Set<Integer> years = new HashSet<>();
    long bodyChars = 0;
    for (Article a : read) {
      ids.add(a.id());
      years.add(a.publishedAt().atZone(java.time.ZoneOffset.UTC).getYear());
      assertTrue(!a.title().isBlank() && !a.body().isBlank(), a.id());
      bodyChars += a.body().length();
    }
    assertEquals(2_500, ids.size());
    assertTrue(years.size() >= 20, "dates spread over the years 2000-2025: " + years);
    assertTrue(years.stream().allMatch(y -> y >= 2000 && y <= 2025), years.toString());
    long average = bodyChars / read.size();
    assertTrue(average > 300 && average < 3000, "news-sized bodies, average " + average);
    long withBrazil = read.stream().filter(a -> a.body().contains("Brazil")).count();
    assertTrue(withBrazil > 0, "real sentences carry real place names");
    assertTrue(Files.size(files.get(0)) > Files.size(files.get(2)), "the last file holds the remainder");
  }

  private static String text(SyntheticCorpus corpus, long seed, long from, long to) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    corpus.writeArticles(out, seed, from, to);
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }
}
