package io.facetwire.story;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Stored candidates for a batch of new articles, in one search: articles sharing a near-duplicate key
 * with any of them, the batch's own ids (a re-import keeps its story), and, within the rule's time window
 * of the batch, articles whose headline carries a version mark and (for each marked new article)
 * articles whose headline matches its words. Candidates are confirmed by {@link StoryRule} afterwards.
 */
final class StoryLookup implements StoryGrouping.StoredCandidates {

  /** More than a batch can plausibly have; past it the rest of the batch relies on the ledger. */
  static final int MAX_CANDIDATES = 5_000;
  private static final List<String> FIELDS = List.of("id", "story_id", NearDuplicateKeys.FIELD, "title", "body",
      "published_at", "ingested_at");

  private final ElasticsearchClient client;
  private final String alias;

  StoryLookup(ElasticsearchClient client, String alias) {
    this.client = client;
    this.alias = alias;
  }

  @Override
  public List<StoryMember> candidates(List<StoryMember> batch) throws IOException {
    if (batch.isEmpty()) {
      return List.of();
    }
    Set<String> keys = new LinkedHashSet<>();
    Set<String> headlines = new LinkedHashSet<>();
    List<String> ids = new ArrayList<>();
    Instant first = null;
    Instant last = null;
    List<Query> clauses = new ArrayList<>();
    for (StoryMember m : batch) {
      keys.addAll(NearDuplicateKeys.of(m.fingerprint, false));
      String headline = NearDuplicateKeys.headline(m.headlineKey());
      if (headline != null) {
        headlines.add(headline);
      }
      ids.add(m.id);
      if (m.publishedAt != null) {
        first = first == null || m.publishedAt.isBefore(first) ? m.publishedAt : first;
        last = last == null || m.publishedAt.isAfter(last) ? m.publishedAt : last;
      }
      if (m.marked()) {
        clauses.add(sameHeadline(m));
      }
    }
    clauses.add(Query.of(q -> q.terms(t -> t.field(NearDuplicateKeys.FIELD)
        .terms(v -> v.value(keys.stream().map(FieldValue::of).toList())))));
    clauses.add(Query.of(q -> q.ids(i -> i.values(ids))));
    clauses.add(markedWithin(first, last));
    if (!headlines.isEmpty()) {
      clauses.add(sameHeadlineKey(headlines, first, last));
    }
    SearchResponse<ObjectNode> response = client.search(s -> s.index(alias).size(MAX_CANDIDATES)
        .trackTotalHits(t -> t.enabled(false))
        .query(q -> q.bool(b -> b.should(clauses).minimumShouldMatch("1")))
        .source(src -> src.filter(f -> f.includes(FIELDS))), ObjectNode.class);
    List<StoryMember> out = new ArrayList<>();
    for (Hit<ObjectNode> hit : response.hits().hits()) {
      if (hit.source() != null) {
        out.add(member(hit.source()));
      }
    }
    return out;
  }

  /** Articles whose headline has most of the marked article's words, published near it. */
  private static Query sameHeadline(StoryMember m) {
    String words = String.join(" ", m.titleWords());
    Query match = Query.of(q -> q.match(t -> t.field("title").query(words).minimumShouldMatch("50%")));
    if (m.publishedAt == null) {
      return match;
    }
    return Query.of(q -> q.bool(b -> b.must(match).filter(window(m.publishedAt, m.publishedAt))));
  }

  private static Query markedWithin(Instant first, Instant last) {
    Query marked = Query.of(q -> q.term(t -> t.field(NearDuplicateKeys.FIELD).value(NearDuplicateKeys.CORRECTION)));
    if (first == null) {
      return marked;
    }
    return Query.of(q -> q.bool(b -> b.filter(marked).filter(window(first, last))));
  }

  /** Articles under the same headline, published near the batch (a headline may recur for years). */
  private static Query sameHeadlineKey(Set<String> headlines, Instant first, Instant last) {
    Query same = Query.of(q -> q.terms(t -> t.field(NearDuplicateKeys.FIELD)
        .terms(v -> v.value(headlines.stream().map(FieldValue::of).toList()))));
    if (first == null) {
      return same;
    }
    return Query.of(q -> q.bool(b -> b.filter(same).filter(window(first, last, StoryRule.RESEND_WINDOW))));
  }

  private static Query window(Instant from, Instant to) {
    return window(from, to, StoryRule.WINDOW);
  }

  private static Query window(Instant from, Instant to, java.time.Duration margin) {
    return Query.of(q -> q.range(r -> r.date(d -> d.field("published_at")
        .gte(from.minus(margin).toString()).lte(to.plus(margin).toString()))));
  }

  private static StoryMember member(ObjectNode src) {
    List<String> keys = new ArrayList<>();
    src.path(NearDuplicateKeys.FIELD).forEach(k -> keys.add(k.asText()));
    String title = text(src, "title");
    String body = text(src, "body");
    OptionalLong stored = NearDuplicateKeys.fingerprint(keys);
    long fingerprint = stored.isPresent() ? stored.getAsLong() : StoryRule.fingerprint(title, body);
    return new StoryMember(text(src, "id"), text(src, "story_id"), fingerprint, title, body,
        instant(src, "published_at"), instant(src, "ingested_at"), 0);
  }

  private static String text(JsonNode src, String field) {
    JsonNode v = src.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Instant instant(JsonNode src, String field) {
    String v = text(src, field);
    try {
      return v == null ? null : Instant.parse(v);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
