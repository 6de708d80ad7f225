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
    Pages pages = new Pages(state, order, limit, pageSize);
    long written = 0;
    while (!pages.done() && !enough.getAsBoolean()) {
      for (SearchResult.Hit hit : pages.next()) {
        sink.row(hit);
        written++;
      }
    }
    return new Outcome(written, pages.partial());
  }

  /**
   * Every match in the search's own order (relevance, newest or oldest, as its results page lists them), a page at a time, for a caller that runs each page's search in a place of
   * its own and writes its rows outside it (the CSV export, session 29: a reader's pace must not hold the place).
   */
  public Pages pagesInSearchOrder(SearchState state, int limit) {
    return new Pages(state, state.sort(), limit, PAGE);
  }

  /**
   * A search's matches, page by page, with {@code search_after}: each {@link #next} is one search, with the search
   * time budget, and the whole has the export's. A page is read whole into hits, so no answer of Elasticsearch is
   * kept while its rows are written.
   */
  public final class Pages {
    private final Query query;
    private final Sort order;
    private final List<String> fields;
    private final SearchState state;
    private final int max;
    private final int pageSize;
    private final long started = System.nanoTime();
    private long read;
    private List<FieldValue> after;
    private boolean done;
    private boolean partial;

    private Pages(SearchState state, Sort order, int limit, int pageSize) {
      this.state = state;
      this.query = requests.fullQuery(state);
      this.order = order;
      this.fields = SearchRequestFactory.sourceFields(state.facets());
      this.max = Math.min(limit, MAX_ROWS);
      this.pageSize = pageSize;
      this.done = max <= 0;
    }

    /** The next page's matches; none once {@link #done}. */
    public List<SearchResult.Hit> next() {
      if (done) {
        return List.of();
      }
      if (budget != null && System.nanoTime() - started >= budget.toNanos()) {
        done = true;
        partial = true;
        return List.of();
      }
      int size = (int) Math.min(pageSize, max - read);
      SearchResponse<ObjectNode> page = fetch(query, order, fields, size, after);
      List<Hit<ObjectNode>> hits = page.hits().hits();
      List<SearchResult.Hit> rows = new java.util.ArrayList<>(hits.size());
      hits.forEach(hit -> rows.add(HitReader.read(hit, state.facets())));
      read += rows.size();
      if (page.timedOut()) {
        done = true;
        partial = true;
      } else if (hits.size() < size || read >= max) {
        done = true;
      } else {
        after = hits.get(hits.size() - 1).sort();
      }
      return rows;
    }

    /** Whether every page has been read (or the export's budget, or a page's, ended it). */
    public boolean done() {
      return done;
    }

    /** Whether a time budget cut the matches short. */
    public boolean partial() {
      return partial;
    }
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
