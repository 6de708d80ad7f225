package io.facetwire.topics;

import io.facetwire.article.Article;
import io.facetwire.engine.ArticleStore;
import io.facetwire.engine.ArticleWriter;
import io.facetwire.engine.WriteSummary;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.ingest.Reenricher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes the gap a re-tag leaves on a cluster: an import on one server that took the topics before an
 * admin saved new ones (on any server) may write its articles after the re-tag passed them, and they
 * would keep the earlier topics until the next re-tag. So when an import ends, the newest version is
 * looked up (one small search); if it is not the one the import took, the articles that import wrote
 * are tagged again with it, here and now. The re-tag covers everything written before it passed; this
 * covers everything written after, whenever that is.
 */
final class LateWrites {

  private static final Logger LOG = LoggerFactory.getLogger(LateWrites.class);
  /** Articles read back per {@code _mget}. */
  static final int PAGE = 500;

  private final LiveTopics live;
  private final ArticleStore articles;
  private final ArticleWriter writer;

  LateWrites(LiveTopics live, ArticleStore articles, ArticleWriter writer) {
    this.live = live;
    this.articles = articles;
    this.writer = writer;
  }

  /** @param ids what the import sent to be written; null when it did not list them (too many) */
  void importEnded(FacetExtractor used, Collection<String> ids) {
    LiveTopics.Current now = live.refresh();
    if (now.extractor() == used) {
      return;
    }
    if (ids == null) {
      LOG.warn("An import wrote its articles with earlier topics than version {} and too many to tag again "
          + "here: run 'facetwire enrich' to tag them with version {}", now.version(), now.version());
      return;
    }
    ArticleWriter.Session session = writer.open();
    List<String> page = new ArrayList<>(PAGE);
    for (String id : ids) {
      page.add(id);
      if (page.size() == PAGE) {
        retag(page, now.extractor(), session);
        page.clear();
      }
    }
    retag(page, now.extractor(), session);
    WriteSummary written = session.finish();
    LOG.info("An import that began with earlier topics ended: {} of its {} articles tagged again with version {}",
        written.indexed(), ids.size(), now.version());
    written.failures().forEach(f -> LOG.warn("Tagging again: {}", f));
  }

  private void retag(List<String> ids, FacetExtractor extractor, ArticleWriter.Session session) {
    for (Article article : articles.getAll(ids)) {
      Reenricher.reenrich(article, extractor, session);
    }
  }
}
