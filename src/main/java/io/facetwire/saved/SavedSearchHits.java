package io.facetwire.saved;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.engine.EsCall;
import io.facetwire.search.SearchRequestFactory;
import io.facetwire.search.Snippet;
import java.time.Instant;
import java.util.List;

/**
 * A saved search's matches, newest ingested first: what its page, its feed and its alerts show.
 * New hits (ingested after the last visit) come first in this order, so one request gives both the
 * list and which of it is new.
 */
public final class SavedSearchHits {

  /**
   * What the saved-search pages load. No body: the snippet highlight returns a fragment of it even
   * where nothing matched, so the (long) text itself need not travel.
   */
  private static final List<String> HIGHLIGHTED_FIELDS =
      List.of("id", "title", "url", "source", "published_at", "ingested_at");
  /** What alerts load: they have no highlight and shorten the body themselves. */
  static final List<String> FIELDS = List.of("id", "title", "url", "source", "published_at", "ingested_at", "body");

  /** One matching article. */
  public record Hit(String id, String title, Snippet titleSnippet, String url, String source,
      Instant publishedAt, Instant ingestedAt, Snippet snippet) {

    public boolean isNewSince(Instant seenUntil) {
      return ingestedAt != null && seenUntil != null && ingestedAt.isAfter(seenUntil);
    }
  }

  /**
   * The first {@code size} matches and how many match in all; {@code newCount}: how many were
   * ingested after the time asked about, or null when not asked.
   */
  public record Page(long total, List<Hit> hits, Long newCount) {}

  private static final String NEW_SINCE = "new_since";

  private final ElasticsearchClient client;
  private final String articlesAlias;
  private final SavedSearchQuery queries;

  public SavedSearchHits(ElasticsearchClient client, String articlesAlias, SavedSearchQuery queries) {
    this.client = client;
    this.articlesAlias = articlesAlias;
    this.queries = queries;
  }

  public SavedSearchQuery queries() {
    return queries;
  }

  /** The newest {@code size} matches, with matched words marked in title and snippet. */
  public Page newestFirst(SavedSearch saved, int size) {
    return newestFirst(saved, size, null);
  }

  /**
   * Like {@link #newestFirst(SavedSearch, int)}, counting in the same request the matches ingested
   * after {@code newAfter} (the saved search's page shows both: one round trip, not two).
   */
  public Page newestFirst(SavedSearch saved, int size, Instant newAfter) {
    Query query = queries.matching(saved);
    SearchResponse<ObjectNode> r = EsCall.run("run a saved search", () -> client.search(s -> {
      s.index(articlesAlias).query(query).sort(SavedSearchQuery.newestFirst()).size(size)
          .trackTotalHits(t -> t.enabled(true))
          .source(src -> src.filter(f -> f.includes(HIGHLIGHTED_FIELDS)))
          .highlight(SearchRequestFactory.SNIPPETS);
      if (newAfter != null) {
        s.aggregations(NEW_SINCE, a -> a.filter(SavedSearchQuery.ingestedBetween(newAfter, null)));
      }
      return s;
    }, ObjectNode.class));
    long total = r.hits().total() == null ? r.hits().hits().size() : r.hits().total().value();
    Long newCount = newAfter == null ? null : r.aggregations().get(NEW_SINCE).filter().docCount();
    return new Page(total, r.hits().hits().stream()
        .map(h -> toHit(h.id(), h.source(), h.highlight().getOrDefault("title", List.of()),
            h.highlight().getOrDefault("body", List.of())))
        .toList(), newCount);
  }

  static Hit toHit(String id, ObjectNode src, List<String> titleMarks, List<String> bodyMarks) {
    String title = text(src, "title");
    String body = text(src, "body");
    String snippet = bodyMarks.isEmpty() ? shorten(body) : String.join(" … ", bodyMarks);
    return new Hit(id, title, new Snippet(titleMarks.isEmpty() ? title : titleMarks.get(0)),
        blankToNull(text(src, "url")), text(src, "source"), instant(src, "published_at"),
        instant(src, "ingested_at"), new Snippet(snippet));
  }

  private static String shorten(String body) {
    String oneLine = body.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= 240 ? oneLine : oneLine.substring(0, 240) + "…";
  }

  private static String text(ObjectNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }

  private static Instant instant(ObjectNode node, String field) {
    String v = text(node, field);
    return v.isEmpty() ? null : Instant.parse(v);
  }

  private static String blankToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
