package io.facetwire.topics;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.article.Article;
import io.facetwire.engine.ArticleDocuments;
import io.facetwire.engine.EsCall;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.facet.Facet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares an edited topic's tags with the index's: reads the newest articles (by {@code ingested_at})
 * page by page, extracts each with the candidate definitions and compares with the tags stored. At most
 * {@code cap} articles are read: the preview answers within one request (the admin is waiting on it),
 * so a large index is compared on its newest part, with a note, and the re-tag after saving does all
 * of it in the background. The cap bounds the work: about 25 µs of extraction and a few kB read per
 * article.
 */
public final class IndexDiffer {

  private static final int PAGE = 500;

  private final ElasticsearchClient client;
  private final String alias;
  private final ArticleDocuments documents;
  private final int cap;

  public IndexDiffer(ElasticsearchClient client, String alias, ArticleDocuments documents, int cap) {
    this.client = client;
    this.alias = alias;
    this.documents = documents;
    this.cap = cap;
  }

  public int cap() {
    return cap;
  }

  public IndexDiff diff(String topic, FacetExtractor candidate) {
    long total = EsCall.run("count articles", () -> client.count(c -> c.index(alias))).count();
    List<IndexDiff.ArticleRef> added = new ArrayList<>();
    List<IndexDiff.ArticleRef> removed = new ArrayList<>();
    long others = 0;
    long scanned = 0;
    List<FieldValue> after = null;
    while (scanned < cap) {
      int size = (int) Math.min(PAGE, cap - scanned);
      List<Hit<ObjectNode>> hits = newestPage(size, after, "read articles for the preview");
      for (Hit<ObjectNode> hit : hits) {
        if (hit.source() == null) {
          continue;
        }
        Article a = documents.fromDocument(hit.source());
        List<String> was = a.values(Facet.TOPIC);
        List<String> now = candidate.extract(a.title(), a.body(), a.source()).values(Facet.TOPIC);
        boolean had = was.contains(topic);
        boolean has = now.contains(topic);
        if (has && !had) {
          added.add(new IndexDiff.ArticleRef(a.id(), a.title()));
        } else if (had && !has) {
          removed.add(new IndexDiff.ArticleRef(a.id(), a.title()));
        }
        others += otherChanges(topic, was, now);
      }
      scanned += hits.size();
      if (hits.size() < size) {
        break;
      }
      after = hits.get(hits.size() - 1).sort();
    }
    return new IndexDiff(topic, added, removed, others, scanned, Math.max(total, scanned));
  }

  /** The index's newest {@code n} articles (fewer if it holds fewer): where a definition's cost is measured. */
  public List<Article> newest(int n) {
    List<Article> articles = new ArrayList<>();
    for (Hit<ObjectNode> hit : newestPage(n, null, "read articles for the cost check")) {
      if (hit.source() != null) {
        articles.add(documents.fromDocument(hit.source()));
      }
    }
    return articles;
  }

  /** One page of articles, newest first (ties by id, so pages never overlap), after {@code after} if given. */
  private List<Hit<ObjectNode>> newestPage(int size, List<FieldValue> after, String what) {
    SearchResponse<ObjectNode> page = EsCall.run(what, () -> client.search(s -> {
      s.index(alias).size(size).trackTotalHits(t -> t.enabled(false))
          .sort(o -> o.field(f -> f.field("ingested_at").order(SortOrder.Desc)))
          .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
      if (after != null) {
        s.searchAfter(after);
      }
      return s;
    }, ObjectNode.class));
    return page.hits().hits();
  }

  private static long otherChanges(String topic, List<String> was, List<String> now) {
    Set<String> a = new HashSet<>(was);
    Set<String> b = new HashSet<>(now);
    a.remove(topic);
    b.remove(topic);
    long n = a.stream().filter(t -> !b.contains(t)).count();
    return n + b.stream().filter(t -> !a.contains(t)).count();
  }
}
