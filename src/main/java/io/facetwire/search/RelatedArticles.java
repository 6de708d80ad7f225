package io.facetwire.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Time;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.article.ArticleFields;
import io.facetwire.engine.EsCall;
import io.facetwire.facet.FacetCatalog;
import java.util.List;

/**
 * "More like this" for the article page: Elasticsearch's more_like_this query on title and body, within the results
 * page's time budget (session 28: a long article's 30 terms over a large index had none).
 */
public final class RelatedArticles {

  /** @param partial the time budget ran out: these are the related articles found by then */
  public record Related(List<SearchResult.Hit> hits, boolean partial) {}

  private final ElasticsearchClient client;
  private final String index;
  private final FacetCatalog facets;
  private final Time timeout;

  /** @param timeout Elasticsearch's {@code timeout} on the search ({@link SearchRequestFactory#timeout}); null: none */
  public RelatedArticles(ElasticsearchClient client, String index, FacetCatalog facets, Time timeout) {
    this.client = client;
    this.index = index;
    this.facets = facets;
    this.timeout = timeout;
  }

  public Related like(String id, int count) {
    var response = EsCall.run("find related articles", () -> client.search(s -> SearchRequestFactory.withinBudget(s, timeout)
        .index(index).size(count)
        .query(q -> q.moreLikeThis(m -> m.fields(ArticleFields.TITLE, ArticleFields.BODY)
            .like(l -> l.document(d -> d.index(index).id(id)))
            .minTermFreq(1).minDocFreq(2).maxQueryTerms(30).minimumShouldMatch("25%")))
        .source(src -> src.filter(f -> f.includes(SearchRequestFactory.sourceFields(facets))))
        .highlight(h -> h.fields(ArticleFields.BODY, f -> f.numberOfFragments(1).fragmentSize(160).noMatchSize(160))),
        ObjectNode.class));
    return new Related(response.hits().hits().stream().map(h -> HitReader.read(h, facets)).toList(),
        response.timedOut());
  }
}
