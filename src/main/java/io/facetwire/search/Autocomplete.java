package io.facetwire.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.article.ArticleFields;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * Suggestions while typing, in one request: article titles from the completion suggester, and
 * the values of every facet with a word starting with what was typed.
 */
public final class Autocomplete {

  /**
   * One suggestion: the text to show, and the article id (titles) or facet (entities).
   *
   * @param facet null for an article title
   */
  public record Suggestion(String text, String articleId, Facet facet, long count) {

    public boolean isTitle() {
      return facet == null;
    }

    /** "title", or the facet's parameter ("country", ...). */
    public String kind() {
      return facet == null ? "title" : facet.param();
    }

    /** What the list shows beside the text: "Article", or the facet's label. */
    public String label() {
      return facet == null ? "Article" : facet.singular();
    }
  }

  static final int TITLES = 5;
  static final int PER_FACET = 3;
  /**
   * Entity suggestions are counted over at most this many articles per shard ({@code terminate_after}):
   * a keystroke never walks a whole large index, and the names it offers are the common ones anyway.
   * The only answer given partial without a note: suggestions are a shortcut, the search is complete.
   */
  static final long COUNTED_PER_SHARD = 100_000;

  private final ElasticsearchClient client;
  private final String index;
  private final FacetCatalog facets;
  /** The results page's time budget (session 28), on top of {@link #COUNTED_PER_SHARD}; null: none. */
  private final co.elastic.clients.elasticsearch._types.Time timeout;

  public Autocomplete(ElasticsearchClient client, String index, FacetCatalog facets,
      co.elastic.clients.elasticsearch._types.Time timeout) {
    this.client = client;
    this.index = index;
    this.facets = facets;
    this.timeout = timeout;
  }

  public List<Suggestion> suggest(String typed) {
    String prefix = typed == null ? "" : typed.strip();
    if (prefix.length() < 2) {
      return List.of();
    }
    String text = prefix.length() > 60 ? prefix.substring(0, 60) : prefix;
    WordPrefix words = WordPrefix.of(text);
    // A prefix Elasticsearch refuses (an odd regular expression) suggests nothing rather than failing.
    var response = SearchCall.runOr(null, "suggest", () -> client.search(s -> {
        SearchRequestFactory.withinBudget(s, timeout);
        s.index(index).size(0).terminateAfter(COUNTED_PER_SHARD)
            .source(src -> src.filter(f -> f.includes(ArticleFields.TITLE)))
            .suggest(sg -> sg.suggesters("titles", f -> f.prefix(text)
                .completion(c -> c.field("suggest").size(TITLES).skipDuplicates(true))));
        for (Facet facet : facets.all()) {
          s.aggregations(facet.param(), a -> a.terms(t -> t.field(facet.field()).size(PER_FACET)
              .include(i -> i.regexp(words.pattern()))));
        }
        return s;
      }, ObjectNode.class));
    if (response == null) {
      return List.of();
    }
    List<Suggestion> out = new ArrayList<>();
    for (Facet facet : facets.all()) {
      for (StringTermsBucket b : response.aggregations().get(facet.param()).sterms().buckets().array()) {
        if (!words.matches(b.key().stringValue())) {
          continue;
        }
        out.add(new Suggestion(b.key().stringValue(), null, facet, b.docCount()));
      }
    }
    for (var suggestion : response.suggest().getOrDefault("titles", List.of())) {
      for (CompletionSuggestOption<ObjectNode> option : suggestion.completion().options()) {
        ObjectNode src = option.source();
        String title = src == null ? option.text() : src.path(ArticleFields.TITLE).asText(option.text());
        out.add(new Suggestion(title, option.id(), null, 0));
      }
    }
    return out;
  }
}
