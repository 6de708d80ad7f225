package io.facetwire.ingest;

import io.facetwire.article.Article;
import io.facetwire.engine.ArticleScanner;
import io.facetwire.engine.ArticleStore;
import io.facetwire.engine.ArticleWriter;
import io.facetwire.engine.WriteSummary;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.facet.FacetValues;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Re-extracts the facets of every article already in the index, with the current extractor (and so
 * the current taxonomy), without the source files. Articles are read through the alias in id order and
 * written back in bulk by the same {@link ArticleWriter} the import uses: an article whose facets come
 * out the same is not rewritten, one whose facets change is rewritten whole under the same id, keeping
 * its {@code ingested_at}. Articles without a story (stored before stories existed) are written again too,
 * which gives them their story: this is the back-fill of {@code story_id}. Nothing is deleted, so no article can be lost; the summary counts the index
 * before and after to show it.
 */
public final class Reenricher {

  private final ArticleScanner scanner;
  private final ArticleWriter writer;
  private final ArticleStore store;
  private final Supplier<FacetExtractor> extractors;
  /** Hears, as each run that wrote something ends, the extractor it took (as {@link Importer#onRunEnd}). */
  private volatile Consumer<FacetExtractor> runEnds;

  public Reenricher(ArticleScanner scanner, ArticleWriter writer, ArticleStore store, FacetExtractor extractor) {
    this(scanner, writer, store, () -> extractor);
  }

  /** With the extractor in use when a run starts (the topics an admin saved last): one run, one extractor. */
  public Reenricher(ArticleScanner scanner, ArticleWriter writer, ArticleStore store,
      Supplier<FacetExtractor> extractors) {
    this.scanner = scanner;
    this.writer = writer;
    this.store = store;
    this.extractors = extractors;
  }

  /**
   * Re-extracts one article into {@code session} if its facets change; false (nothing written) if they
   * come out the same. Also the step of the background re-tag after a topic edit.
   */
  public static boolean reenrich(Article article, FacetExtractor extractor, ArticleWriter.Session session) {
    FacetValues facets = extractor.extract(article.title(), article.body(), article.source(), article.publishedAt());
    // An article stored before stories existed has none: it is written again, and the writer groups it.
    // One tagged with other topics than these is written again too, if only for its topics version, so
    // that "every article not stamped with the version in use" is exactly what is left to re-tag.
    if (facets.sameAs(article.facets(), extractor.facets()) && article.storyId() != null
        && Integer.valueOf(extractor.topicsVersion()).equals(article.topicsVersion())) {
      return false; // nothing to write: saves the writer's look-up of the stored hash
    }
    session.add(article.tagged(facets, extractor.topicsVersion()),
        new ArticleWriter.Origin("index", "article " + article.id(), 0));
    return true;
  }

  /**
   * Told, as each run that wrote articles ends, which extractor it took: topics saved meanwhile (on any
   * server) may have been re-tagged before this run wrote over them with its earlier ones.
   */
  public void onRunEnd(Consumer<FacetExtractor> listener) {
    this.runEnds = listener;
  }

  public EnrichSummary run() {
    return run(n -> { });
  }

  /** Re-extracts everything; {@code progress} hears the number of articles read so far after each page. */
  public EnrichSummary run(LongConsumer progress) {
    FacetExtractor extractor = extractors.get();
    long before = store.count();
    ArticleWriter.Session session = writer.open();
    long[] read = {0};
    long[] same = {0};
    scanner.scan(page -> {
      for (Article article : page) {
        if (!reenrich(article, extractor, session)) {
          same[0]++;
        }
      }
      read[0] += page.size();
      progress.accept(read[0]);
    });
    WriteSummary written = session.finish();
    Consumer<FacetExtractor> listener = runEnds;
    if (listener != null && written.indexed() > 0) {
      listener.accept(extractor);
    }
    return new EnrichSummary(before, read[0], written.indexed(), same[0] + written.unchanged(),
        written.failures(), store.count());
  }
}
