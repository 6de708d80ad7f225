package io.facetwire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.Json;
import io.facetwire.article.Article;
import io.facetwire.engine.ArticleDocuments;
import io.facetwire.extract.FacetExtractor;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The import's warm-up: what it runs, that it can be stopped, and that its failure stays its own. */
class ImportWarmUpTest {

  private static FacetExtractor extractor;
  private static ArticleDocuments documents;

  @BeforeAll
  static void load() {
    extractor = FacetExtractor.loadDefault();
    documents = new ArticleDocuments(Json.mapper(), extractor.facets());
  }

  @Test
  void theDemoTextsAreReadFromTheJarWithoutTheIndex() {
    List<Article> texts = DemoCorpus.articles();
    // The first article plus the two Wikinews files: the server's log says "Demo articles: read 296".
    assertEquals(296, texts.size());
    assertTrue(texts.stream().allMatch(a -> a.body() != null && !a.body().isBlank()));
  }

  @Test
  void everyPassRunsEveryDemoArticleThroughTheImportSteps() {
    AtomicInteger extractorsTaken = new AtomicInteger();
    ImportWarmUp warmUp = new ImportWarmUp(() -> {
      extractorsTaken.incrementAndGet();
      return extractor;
    }, documents, 2);
    warmUp.run();
    assertEquals(2L * DemoCorpus.articles().size(), warmUp.articlesDone());
    assertEquals(2, extractorsTaken.get(), "the extractor in use is taken once per pass");
  }

  @Test
  @Timeout(120)
  void aStoppedWarmUpEndsBeforeItsPassesAreDone() throws InterruptedException {
    ImportWarmUp warmUp = new ImportWarmUp(() -> extractor, documents, 1_000).startInBackground();
    warmUp.stop();
    warmUp.await();
    assertTrue(warmUp.articlesDone() < 1_000L * DemoCorpus.articles().size(), "stopped: " + warmUp.articlesDone());
  }

  @Test
  @Timeout(60)
  void noPassesStartsNothingAndAFailingWarmUpEndsQuietly() throws InterruptedException {
    ImportWarmUp none = new ImportWarmUp(() -> extractor, documents, 0).startInBackground();
    none.await();
    assertEquals(0, none.articlesDone());

    ImportWarmUp failing = new ImportWarmUp(() -> {
      throw new IllegalStateException("no extractor here");
    }, documents, 3).startInBackground();
    failing.await();  // the thread ends; the exception is logged, never thrown into the server
    assertEquals(0, failing.articlesDone());
  }
}
