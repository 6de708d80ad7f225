package io.facetwire.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.article.ArticleFields;
import java.io.IOException;
import java.util.List;

/**
 * Every match of a search, newest first or in the search's order, fetched page by page with {@code search_after} (no deep
 * from/size, no scroll context left open), for the CSV export and the Atom feed.
 */
public final class MatchExport {

  /** Exports stop here; the search page states the cap. */
  public static final int MAX_ROWS = 100_000;
  private static final int PAGE = 1_000;

  public interface RowSink {
    void row(SearchResult.Hit hit) throws IOException;
  }

  private final ElasticsearchClient client;
  private final String index;
  private final SearchRequestFactory requests;

  private final java.time.Duration budget;

  /** @param budget wall time one export may take (null: none); past it the export ends, marked partial */
  public MatchExport(ElasticsearchClient client, String index, SearchRequestFactory requests,
      java.time.Duration budget) {
    this.client = client;
    this.index = index;
    this.requests = requests;
    this.budget = budget;
  }

  /** How an export ended: rows written, and whether Elasticsearch's time budget cut it short. */
  public record Outcome(long rows, boolean partial) {}

  /**
   * Streams up to {@code limit} matches (never more than {@link #MAX_ROWS}). Each page has the search
   * time budget and the whole export its own; running out of either ends the export there, and
   * {@link Outcome#partial} says so.
   */
  public Outcome newest(SearchState state, int limit, RowSink sink) throws IOException {
    return inOrder(state, Sort.NEWEST, limit, sink);
  }

  /** The same in the search's own order (relevance, newest or oldest), as its results page lists them. */
  public Outcome inSearchOrder(SearchState state, int limit, RowSink sink) throws IOException {
    return inOrder(state, state.sort(), limit, sink);
  }

  /**
   * The newest matches, one per story (its newest version; the feed's reader has no use for the copies),
   * up to {@code limit} stories. Stories are told apart in memory, bounded by {@link #MAX_ROWS} matches read.
   */
  public Outcome newestStories(SearchState state, int limit, RowSink sink) throws IOException {
    java.util.Set<String> seen = new java.util.HashSet<>();
    long[] written = {0};
    Outcome read = inOrder(state, Sort.NEWEST, MAX_ROWS, hit -> {
      if (written[0] < limit && seen.add(hit.storyId())) {
        sink.row(hit);
        written[0]++;
      }
    }, () -> written[0] >= limit, Math.min(PAGE, Math.max(50, 2 * limit)));
    return new Outcome(written[0], read.partial());
  }

  private Outcome inOrder(SearchState state, Sort order, int limit, RowSink sink) throws IOException {
    return inOrder(state, order, limit, sink, () -> false, PAGE);
  }

  private Outcome inOrder(SearchState state, Sort order, int limit, RowSink sink,
      java.util.function.BooleanSupplier enough, int pageSize) throws IOException {
    Query query = requests.fullQuery(state);
    int max = Math.min(limit, MAX_ROWS);
    long written = 0;
    List<FieldValue> after = null;
    long deadline = budget == null ? Long.MAX_VALUE : System.nanoTime() + budget.toNanos();
    while (written < max && !enough.getAsBoolean()) {
      if (System.nanoTime() >= deadline) {
        return new Outcome(written, true);
      }
      int size = (int) Math.min(pageSize, max - written);
      List<FieldValue> cursor = after;
      SearchResponse<ObjectNode> page = fetch(query, order, SearchRequestFactory.sourceFields(state.facets()), size, cursor);
      List<Hit<ObjectNode>> hits = page.hits().hits();
      for (Hit<ObjectNode> hit : hits) {
        sink.row(HitReader.read(hit, state.facets()));
        written++;
      }
      if (page.timedOut()) {
        return new Outcome(written, true);
      }
      if (hits.size() < size) {
        break;
      }
      after = hits.get(hits.size() - 1).sort();
    }
    return new Outcome(written, false);
  }

  private SearchResponse<ObjectNode> fetch(Query query, Sort order, List<String> fields, int size,
      List<FieldValue> after) {
    return SearchCall.run("This search could not be exported", "export", () -> client.search(s -> {
        s.index(index).query(query).size(size).trackTotalHits(t -> t.enabled(false))
            .source(src -> src.filter(f -> f.includes(fields)));
        if (order == Sort.RELEVANCE) {
          s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
        }
        s.sort(o -> o.field(f -> f.field(ArticleFields.PUBLISHED_AT)
                .order(order == Sort.OLDEST ? SortOrder.Asc : SortOrder.Desc)))
            .sort(o -> o.field(f -> f.field(ArticleFields.ID).order(SortOrder.Asc)))
            // Matches marked like the results page's, so Snippet.text() is plain (no <em> in CSV or feeds).
            .highlight(h -> h.preTags(Snippet.OPEN).postTags(Snippet.CLOSE)
                .fields(ArticleFields.BODY, f -> f.numberOfFragments(1).fragmentSize(300).noMatchSize(300)));
        if (after != null) {
          s.searchAfter(after);
        }
        return requests.withinBudget(s);
      }, ObjectNode.class));
  }
}
