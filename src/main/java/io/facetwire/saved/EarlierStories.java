package io.facetwire.saved;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import io.facetwire.engine.EsCall;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The second look of {@link MatchCounting}'s rule for several saved searches at once: which of the
 * stories matched since each search's moment (its last visit, its alert watermark) had a matching
 * version up to that moment. One {@code _msearch} for all, and none when no search needs it.
 */
final class EarlierStories {

  private EarlierStories() {
  }

  /**
   * Per saved search whose stories since need the look ({@link MatchCounting.Since#needsEarlier}): the
   * stories matched before. A search whose item failed ({@code failed} says so, and may log it) has no
   * entry, so its caller can leave its count unknown or look again later. Its {@code _msearch} runs as {@code cost}
   * says (the alerts' wildcard searches: one item at a time, with a timeout).
   */
  static Map<SavedSearch, Set<String>> find(ElasticsearchClient client, String articlesAlias,
      SavedSearchQuery queries, Map<SavedSearch, MatchCounting.Since> since, Function<SavedSearch, Instant> moment,
      String what, BiPredicate<MultiSearchResponseItem<Void>, SavedSearch> failed, MsearchCost cost) {
    List<SavedSearch> asked = new ArrayList<>();
    List<RequestItem> items = new ArrayList<>();
    since.forEach((s, n) -> {
      if (n.needsEarlier()) {
        asked.add(s);
        var query = MatchCounting.earlier(queries.matching(s), moment.apply(s), n.candidates());
        items.add(RequestItem.of(r -> r.header(h -> h.index(articlesAlias))
            .body(b -> cost.body(b.query(query).size(0).aggregations(MatchCounting.earlierStories())))));
      }
    });
    Map<SavedSearch, Set<String>> out = new LinkedHashMap<>();
    if (items.isEmpty()) {
      return out;
    }
    List<MultiSearchResponseItem<Void>> answers = EsCall.run(what,
        () -> client.msearch(m -> cost.request(m.searches(items)), Void.class)).responses();
    for (int i = 0; i < answers.size(); i++) {
      if (!failed.test(answers.get(i), asked.get(i))) {
        out.put(asked.get(i), MatchCounting.earlierStories(answers.get(i).result().aggregations()));
      }
    }
    return out;
  }
}
