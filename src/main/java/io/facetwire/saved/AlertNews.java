package io.facetwire.saved;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.article.ArticleFields;
import io.facetwire.engine.EsCall;
import io.facetwire.search.HitReader;
import io.facetwire.search.SearchResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an alert check finds for each saved search with alerts on: its new stories since its watermark,
 * by {@link MatchCounting}'s rule (a story is new once), with their newest versions for the payload. The
 * cost grows with the number of saved searches checked (one {@code _msearch} item each, per step), not
 * with the number of articles. {@link AlertCheck} delivers what it finds.
 */
final class AlertNews {

  private static final Logger LOG = LoggerFactory.getLogger(AlertNews.class);
  private static final String NEWEST = "newest_match";

  /** A saved search's new stories: how many, the newest of them, and its newest match since (new or not). */
  record News(SavedSearch search, long count, List<SearchResult.Hit> hits, Instant newestMatch) {}

  /** The news, and the saved searches with matches but no new story, each to its newest match. */
  record Found(List<News> news, Map<String, Instant> passed) {}

  private final ElasticsearchClient client;
  private final String articlesAlias;
  private final SavedSearchQuery queries;

  AlertNews(ElasticsearchClient client, String articlesAlias, SavedSearchQuery queries) {
    this.client = client;
    this.articlesAlias = articlesAlias;
    this.queries = queries;
  }

  /**
   * The new stories of each saved search since its watermark, by {@link MatchCounting}'s rule (a story
   * already matched before the watermark is not new again): the stories since, which of them were
   * matched before, then the newest versions of the new ones; one {@code _msearch} each, for all the
   * searches at once. A search whose matches since are all later copies of earlier stories has no news,
   * and is listed in {@link Found#passed} with its newest match (its watermark moves past them, so they
   * are not looked at again).
   */
  Found find(List<SavedSearch> searches, Instant upTo, MsearchCost cost) {
    MatchCounting counting = MatchCounting.now(queries);
    Map<SavedSearch, Instant> after = new LinkedHashMap<>();
    searches.forEach(s -> after.put(s, s.alertWatermark() != null ? s.alertWatermark() : s.createdAt()));
    Map<SavedSearch, Since> since = since(after, upTo, counting, cost);
    Map<SavedSearch, MatchCounting.Since> stories = new LinkedHashMap<>();
    since.forEach((s, n) -> stories.put(s, n.stories()));
    Map<SavedSearch, Set<String>> earlier = EarlierStories.find(client, articlesAlias, queries, stories, after::get,
        "check saved searches for alerts", AlertNews::failed, cost);
    Map<SavedSearch, MatchCounting.NewStories> fresh = new LinkedHashMap<>();
    Map<String, Instant> passed = new LinkedHashMap<>();
    since.forEach((s, n) -> {
      if (n.stories().needsEarlier() && !earlier.containsKey(s)) {
        return; // its second look failed: offered again after the next import
      }
      MatchCounting.NewStories news = counting.newStories(n.stories(), earlier.getOrDefault(s, Set.of()));
      if (news.count() > 0) {
        fresh.put(s, news);
      } else if (n.newest() != null) {
        passed.put(s.id(), n.newest());
      }
    });
    return new Found(newest(fresh, after, upTo, counting, since, cost), passed);
  }

  /** The stories matched since a search's watermark, and its newest match (null when counting articles). */
  private record Since(MatchCounting.Since stories, Instant newest) {}

  private Map<SavedSearch, Since> since(Map<SavedSearch, Instant> after, Instant upTo, MatchCounting counting,
      MsearchCost cost) {
    List<SavedSearch> searches = new ArrayList<>(after.keySet());
    List<RequestItem> items = new ArrayList<>();
    for (SavedSearch s : searches) {
      var query = queries.ingestedBetween(s, after.get(s), upTo);
      items.add(RequestItem.of(r -> r.header(h -> h.index(articlesAlias)).body(b -> cost.body(b.query(query).size(0)
          .trackTotalHits(t -> t.enabled(true)).aggregations(counting.candidates())
          .aggregations(NEWEST, a -> a.max(m -> m.field(ArticleFields.INGESTED_AT)))))));
    }
    Map<SavedSearch, Since> out = new LinkedHashMap<>();
    List<MultiSearchResponseItem<Void>> answers = msearch("check saved searches for alerts", items, Void.class, cost);
    for (int i = 0; i < answers.size(); i++) {
      if (failed(answers.get(i), searches.get(i))) {
        continue;
      }
      var result = answers.get(i).result();
      // A max over no match is no time (Elasticsearch's null comes back as a number here).
      boolean any = result.hits().total() != null && result.hits().total().value() > 0;
      double newest = result.aggregations().get(NEWEST).max().value();
      out.put(searches.get(i), new Since(counting.since(result.hits(), result.aggregations()),
          any && Double.isFinite(newest) ? Instant.ofEpochMilli((long) newest) : null));
    }
    return out;
  }

  /** The newest {@value AlertCheck#ARTICLES_PER_ALERT} new stories of each search, each as its newest version. */
  private List<News> newest(Map<SavedSearch, MatchCounting.NewStories> fresh, Map<SavedSearch, Instant> after,
      Instant upTo, MatchCounting counting, Map<SavedSearch, Since> since, MsearchCost cost) {
    List<SavedSearch> asked = new ArrayList<>(fresh.keySet());
    List<RequestItem> items = new ArrayList<>();
    for (SavedSearch s : asked) {
      Set<String> stories = fresh.get(s).storyIds();
      var between = queries.ingestedBetween(s, after.get(s), upTo);
      var query = stories == null || stories.isEmpty() ? between : MatchCounting.versionsOf(between, stories);
      items.add(RequestItem.of(r -> r.header(h -> h.index(articlesAlias)).body(b -> cost.body(b.query(query)
          .sort(SavedSearchQuery.newestFirst()).size(AlertCheck.ARTICLES_PER_ALERT).collapse(counting.collapse())
          .source(src -> src.filter(f -> f.includes(HitReader.FIELDS_AND_BODY)))))));
    }
    List<News> found = new ArrayList<>();
    List<MultiSearchResponseItem<ObjectNode>> answers = msearch("check saved searches for alerts", items,
        ObjectNode.class, cost);
    for (int i = 0; i < answers.size(); i++) {
      SavedSearch s = asked.get(i);
      if (!failed(answers.get(i), s)) {
        found.add(new News(s, fresh.get(s).count(), answers.get(i).result().hits().hits().stream()
            .map(h -> HitReader.read(h, queries.facets())).toList(), since.get(s).newest()));
      }
    }
    return found;
  }

  private <T> List<MultiSearchResponseItem<T>> msearch(String what, List<RequestItem> items, Class<T> type,
      MsearchCost cost) {
    if (items.isEmpty()) {
      return List.of();
    }
    return EsCall.run(what, () -> client.msearch(m -> cost.request(m.searches(items)), type)).responses();
  }

  /**
   * Whether a saved search's item gave no whole answer: refused, or cut by its timeout (a partial answer would move
   * the watermark past matches it never saw). Either way its watermark stays, so the same matches are looked at
   * again after the next import.
   */
  private static boolean failed(MultiSearchResponseItem<?> item, SavedSearch search) {
    if (item.isFailure()) {
      LOG.warn("Alert check of saved search {} failed: {}", search.id(), item.failure().error().reason());
      return true;
    }
    if (item.result().timedOut()) {
      LOG.warn("Alert check of saved search {} ran out of its time (FACETWIRE_SEARCH_TIMEOUT); it is checked again"
          + " after the next import", search.id());
      return true;
    }
    return false;
  }
}
