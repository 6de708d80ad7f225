package io.facetwire.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import io.facetwire.article.ArticleFields;
import io.facetwire.engine.EsCall;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.search.answer.AnswerAggregate;
import io.facetwire.search.answer.SearchAnswer;
import io.facetwire.search.answer.SearchAnswers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds an {@link EntityProfile} with one Elasticsearch request. */
public final class EntityProfiles {

  static final int COOCCURRING = 10;
  static final int LATEST = 10;

  private final ElasticsearchClient client;
  private final String index;
  private final SearchService search;
  private final FacetCatalog facets;

  public EntityProfiles(ElasticsearchClient client, String index, SearchService search, FacetCatalog facets) {
    this.client = client;
    this.index = index;
    this.search = search;
    this.facets = facets;
  }

  public EntityProfile profile(Facet facet, String name) {
    Query filter = FacetFilters.term(facet, name);
    HistogramInterval interval = search.histogramInterval(SearchState.empty(facets));
    SearchAnswer response = EsCall.run("build the profile of " + name, () -> SearchAnswers.search(client, SearchRequest.of(s -> {
      s.index(index).query(q -> q.bool(b -> b.filter(filter))).size(LATEST)
          .trackTotalHits(t -> t.enabled(true))
          .source(src -> src.filter(f -> f.includes(SearchRequestFactory.sourceFields(facets))))
          .sort(o -> o.field(f -> f.field(ArticleFields.PUBLISHED_AT).order(SortOrder.Desc)))
          .sort(o -> o.field(f -> f.field(ArticleFields.ID).order(SortOrder.Asc)))
          .highlight(h -> h.fields(ArticleFields.BODY, f -> f.numberOfFragments(1).fragmentSize(200).noMatchSize(240)))
          .aggregations(SearchRequestFactory.DATES, SearchRequestFactory.datesOver(List.of(), interval));
      // The results page's time budget (session 28): an entity named in most articles walks them all, as a search does.
      search.requests().withinBudget(s);
      for (Facet other : facets.all()) {
        // One more than shown, since the entity itself is among its own facet's values.
        s.aggregations(other.param(), a -> a.terms(t -> t.field(other.field()).size(COOCCURRING + 1)));
      }
      return s;
    })));
    Map<Facet, List<SearchResult.FacetValue>> cooccurring = new java.util.LinkedHashMap<>();
    for (Facet other : facets.all()) {
      List<SearchResult.FacetValue> values = new ArrayList<>();
      AnswerAggregate terms = response.aggregations().get(other.param());
      for (AnswerAggregate.Bucket b : terms == null ? List.<AnswerAggregate.Bucket>of() : terms.buckets()) {
        String value = b.key();
        if (!(other == facet && value.equalsIgnoreCase(name)) && values.size() < COOCCURRING) {
          values.add(new SearchResult.FacetValue(value, b.docCount(), false));
        }
      }
      cooccurring.put(other, values);
    }
    long total = response.total() == null ? 0 : response.total();
    List<SearchResult.Hit> latest = response.hits().stream().map(h -> HitReader.read(h, facets)).toList();
    return new EntityProfile(facet, name, total,
        ResponseParts.dates(response.aggregations().get(SearchRequestFactory.DATES), interval, null, null), cooccurring, latest,
        response.timedOut());
  }
}
