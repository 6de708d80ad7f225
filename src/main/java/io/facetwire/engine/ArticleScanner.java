package io.facetwire.engine;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.article.Article;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads every stored article through the alias, page by page in {@code id} order with
 * {@code search_after}. The embedded node has no {@code _update_by_query} or {@code _reindex}, and an
 * id never changes when its article is rewritten, so a scan in id order meets each article exactly
 * once even while the pages already read are being rewritten.
 */
public final class ArticleScanner {

  private final ElasticsearchClient client;
  private final String alias;
  private final ArticleDocuments documents;
  private final int pageSize;

  public ArticleScanner(ElasticsearchClient client, String alias, ArticleDocuments documents, int pageSize) {
    this.client = client;
    this.alias = alias;
    this.documents = documents;
    this.pageSize = pageSize;
  }

  /** Hands each page of articles to {@code page}, in id order; returns how many were read. */
  public long scan(Consumer<List<Article>> page) {
    long read = 0;
    String after = null;
    while (true) {
      Page next = nextPage(after, null);
      if (!next.articles().isEmpty()) {
        read += next.articles().size();
        page.accept(next.articles());
        after = next.articles().get(next.articles().size() - 1).id();
      }
      // A short page is the last: no further request just to find an empty one.
      if (next.hits() < pageSize || next.articles().isEmpty()) {
        return read;
      }
    }
  }

  /** One page of a scan done in steps: its articles, and whether it was the last. */
  public record Chunk(List<Article> articles, boolean last) {}

  /**
   * The page after the article with id {@code after} (null: the first page): how a scan that is
   * stopped and resumed (the re-tag after a topic edit) goes on from where it was.
   */
  public Chunk pageAfter(String after) {
    return pageAfter(after, null);
  }

  /** As {@link #pageAfter(String)}, among the articles that match {@code where} (null: all). */
  public Chunk pageAfter(String after, Query where) {
    Page next = nextPage(after, where);
    return new Chunk(next.articles(), next.hits() < pageSize || next.articles().isEmpty());
  }

  /** The articles of one page, and how many hits it had (hits without a source give no article). */
  private record Page(List<Article> articles, int hits) {}

  private Page nextPage(String after, Query where) {
    try {
      SearchResponse<ObjectNode> response = client.search(s -> {
        s.index(alias).size(pageSize).trackTotalHits(t -> t.enabled(false))
            .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
        if (where != null) {
          s.query(where);
        }
        if (after != null) {
          s.searchAfter(FieldValue.of(after));
        }
        return s;
      }, ObjectNode.class);
      List<Article> out = new ArrayList<>(response.hits().hits().size());
      for (Hit<ObjectNode> hit : response.hits().hits()) {
        if (hit.source() != null) {
          out.add(documents.fromDocument(hit.source()));
        }
      }
      return new Page(out, response.hits().hits().size());
    } catch (IOException e) {
      throw new EngineUnavailableException("Elasticsearch is not reachable: " + Engine.describe(e), e);
    }
  }
}
