package io.facetwire.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.article.ArticleFields;
import io.facetwire.engine.EsCall;
import io.facetwire.facet.FacetCatalog;
import java.util.List;

/** "More like this" for the article page: Elasticsearch's more_like_this query on title and body. */
public final class RelatedArticles {

  private final ElasticsearchClient client;
  private final String index;
  private final FacetCatalog facets;

  public RelatedArticles(ElasticsearchClient client, String index, FacetCatalog facets) {
    this.client = client;
    this.index = index;
    this.facets = facets;
  }

  public List<SearchResult.Hit> like(String id, int count) {
    var response = EsCall.run("find related articles", () -> client.search(s -> s.index(index).size(count)
        .query(q -> q.moreLikeThis(m -> m.fields(ArticleFields.TITLE, ArticleFields.BODY)
            .like(l -> l.document(d -> d.index(index).id(id)))
            .minTermFreq(1).minDocFreq(2).maxQueryTerms(30).minimumShouldMatch("25%")))
        .source(src -> src.filter(f -> f.includes(SearchRequestFactory.sourceFields(facets))))
        .highlight(h -> h.fields(ArticleFields.BODY, f -> f.numberOfFragments(1).fragmentSize(160).noMatchSize(160))),
        ObjectNode.class));
    return response.hits().hits().stream().map(h -> HitReader.read(h, facets)).toList();
  }
}
