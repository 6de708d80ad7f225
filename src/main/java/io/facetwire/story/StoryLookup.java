package io.facetwire.story;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.article.ArticleFields;
import io.facetwire.article.StoredInstants;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stored candidates for a batch of new articles, in one search: articles sharing a near-duplicate key
 * with any of them, the batch's own ids (a re-import keeps its story), and, within the rule's time window
 * of each new article ({@link DateWindows}), articles whose headline carries a version mark, articles
 * under its headline and (for a marked new article) articles whose headline matches its words.
 * Candidates are confirmed by {@link StoryRule} afterwards.
 *
 * <p>While the index has no searchable article (a first import into a new index, until its first refresh:
 * every 30 s during a big import), that search cannot find anything, so it is not sent: a {@code _count} of
 * the index says so instead. The search is a large request (a clause per headline, every near-duplicate key
 * of the batch), and on a first import it was all the node's search work and a tenth of the JIT's
 * compilations during the import (the client's query builders and the node's query parsers), for empty
 * answers. The outcome is the same as the search's at that moment: the index's visible content decides both.
 *
 * <p>The candidates come without their bodies: the rule reads a stored candidate's body only for the few
 * pairs whose fingerprints are far apart ({@link StoryRule#decide}), and with every candidate's body in
 * {@code _source} the search's fetch phase and its response were most of the node's and a good part of the
 * client's story work (session 35: with copies of a corpus each article has stored duplicates). The grouping
 * asks for those few bodies in one {@code _mget} ({@link #fetchBodies}); a body the rule reads that was not
 * fetched comes from a {@code _get} of its own ({@link #bodyOf}), so what the rule decides never depends on
 * which bodies were fetched. Both read the index as the search did (not real-time: its last refresh).
 */
final class StoryLookup implements StoryGrouping.StoredCandidates, StoryMember.BodySource {

  /** More than a batch can plausibly have; past it the rest of the batch relies on the ledger. */
  static final int MAX_CANDIDATES = 5_000;
  /** A candidate's fields, without its body ({@link #fetchBodies}). */
  private static final List<String> FIELDS = List.of(ArticleFields.ID, ArticleFields.STORY_ID, NearDuplicateKeys.FIELD,
      ArticleFields.TITLE, ArticleFields.PUBLISHED_AT, ArticleFields.INGESTED_AT);
  private static final List<String> BODY = List.of(ArticleFields.BODY);

  private final ElasticsearchClient client;
  private final String alias;
  private final AtomicLong searches = new AtomicLong();
  private final AtomicLong bodyRequests = new AtomicLong();
  private final AtomicLong bodiesFetched = new AtomicLong();
  private final AtomicLong bodiesReadAlone = new AtomicLong();
  /** Whether the index has been seen to hold a searchable article (then it is no longer counted). */
  private volatile boolean searchable;

  StoryLookup(ElasticsearchClient client, String alias) {
    this.client = client;
    this.alias = alias;
  }

  @Override
  public List<StoryMember> candidates(List<StoryMember> batch) throws IOException {
    if (batch.isEmpty() || nothingSearchable()) {
      return List.of();
    }
    List<StoryMember> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (StoryMember c : searchOrSplit(batch)) {
      if (seen.add(c.id)) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * True when the index has no article a search could find now. Asked only until the index is first seen to
   * hold something: from then on every batch is searched without the extra round trip (an index emptied
   * later is searched and finds nothing, the same outcome), so an import into an index with articles pays
   * nothing for this.
   */
  private boolean nothingSearchable() throws IOException {
    if (!searchable) {
      searchable = client.count(c -> c.index(alias)).count() > 0;
    }
    return !searchable;
  }

  /** Candidate searches sent so far (what the tests count). */
  long searches() {
    return searches.get();
  }

  /** {@code _mget} requests for candidates' bodies sent so far. */
  long bodyRequests() {
    return bodyRequests.get();
  }

  /** Candidates' bodies fetched together ({@link #fetchBodies}) so far. */
  long bodiesFetched() {
    return bodiesFetched.get();
  }

  /** Candidates' bodies the rule read without their having been fetched together ({@link #bodyOf}): one request each. */
  long bodiesReadAlone() {
    return bodiesReadAlone.get();
  }

  /**
   * Gives each of {@code members} (candidates of this look-up) its body, in one {@code _mget}. A candidate gone
   * since the search has none; one the node could not read keeps none at hand ({@link #bodyOf} asks again).
   */
  @Override
  public void fetchBodies(java.util.Collection<StoryMember> members) throws IOException {
    if (members.isEmpty()) {
      return;
    }
    List<StoryMember> wanted = new ArrayList<>(members);
    List<co.elastic.clients.elasticsearch.core.mget.MultiGetOperation> docs = new ArrayList<>(wanted.size());
    for (StoryMember m : wanted) {
      docs.add(co.elastic.clients.elasticsearch.core.mget.MultiGetOperation.of(o -> o.index(indexOf(m)).id(m.id)));
    }
    bodyRequests.incrementAndGet();
    co.elastic.clients.elasticsearch.core.MgetResponse<ObjectNode> response = client.mget(
        g -> g.docs(docs).realtime(false).sourceIncludes(BODY), ObjectNode.class);
    List<co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem<ObjectNode>> items = response.docs();
    for (int i = 0; i < items.size() && i < wanted.size(); i++) {
      if (items.get(i).isResult()) {
        var got = items.get(i).result();
        wanted.get(i).giveBody(got.found() && got.source() != null ? text(got.source(), ArticleFields.BODY) : null);
        bodiesFetched.incrementAndGet();
      }
    }
  }

  /** The body of a candidate the rule reads without its having been fetched together: a {@code _get} of its own. */
  @Override
  public String bodyOf(StoryMember member) {
    bodiesReadAlone.incrementAndGet();
    try {
      var got = client.get(g -> g.index(indexOf(member)).id(member.id).realtime(false).sourceIncludes(BODY),
          ObjectNode.class);
      return got.found() && got.source() != null ? text(got.source(), ArticleFields.BODY) : null;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("Reading the body of the stored article " + member.id + " failed", e);
    }
  }

  /** The index a candidate was found in: its concrete one (an alias may name two while a reindex runs). */
  private String indexOf(StoryMember m) {
    return m.index != null ? m.index : alias;
  }

  /**
   * One search for the batch, or, when Elasticsearch finds it has too many clauses (each article adds its
   * headline's term and window; a marked one its headline's words; the limit is 1,024 at the least and grows
   * with the node's heap), one for each half.
   */
  private List<StoryMember> searchOrSplit(List<StoryMember> batch) throws IOException {
    try {
      return search(batch);
    } catch (ElasticsearchException e) {
      if (batch.size() < 2 || !tooManyClauses(e)) {
        throw e;
      }
      int half = batch.size() / 2;
      List<StoryMember> out = new ArrayList<>(searchOrSplit(batch.subList(0, half)));
      out.addAll(searchOrSplit(batch.subList(half, batch.size())));
      return out;
    }
  }

  private static boolean tooManyClauses(ElasticsearchException e) {
    String said = e.getMessage() + " " + (e.response() == null ? "" : String.valueOf(e.response().error()));
    return said.contains("too_many") || said.contains("maxClauseCount") || said.contains("too many clauses");
  }

  private List<StoryMember> search(List<StoryMember> batch) throws IOException {
    Set<String> keys = new LinkedHashSet<>();
    Map<String, List<Instant>> headlines = new LinkedHashMap<>();
    Set<String> undatedHeadlines = new HashSet<>();
    List<String> ids = new ArrayList<>();
    List<Instant> dates = new ArrayList<>();
    List<Query> clauses = new ArrayList<>();
    for (StoryMember m : batch) {
      // Made once per article (the ledger and the stored document use them too); without the full fingerprint's key,
      // which finds nothing the block keys do not (NearDuplicateKeys): 20 terms an article instead of 21.
      keys.addAll(m.blockKeys());
      String headline = NearDuplicateKeys.headline(m.headlineKey());
      if (headline != null) {
        headlines.computeIfAbsent(headline, h -> new ArrayList<>()).add(m.publishedAt);
        if (m.publishedAt == null) {
          undatedHeadlines.add(headline);
        }
      }
      ids.add(m.id);
      dates.add(m.publishedAt);
      if (m.marked()) {
        clauses.add(sameHeadline(m));
      }
    }
    clauses.add(Query.of(q -> q.terms(t -> t.field(NearDuplicateKeys.FIELD)
        .terms(v -> v.value(keys.stream().map(FieldValue::of).toList())))));
    clauses.add(Query.of(q -> q.ids(i -> i.values(ids))));
    clauses.add(markedWithin(DateWindows.around(dates, StoryRule.WINDOW)));
    for (Map.Entry<String, List<Instant>> h : headlines.entrySet()) {
      clauses.add(sameHeadlineKey(h.getKey(), undatedHeadlines.contains(h.getKey())
          ? new DateWindows(List.of()) : DateWindows.around(h.getValue(), StoryRule.RESEND_WINDOW)));
    }
    searches.incrementAndGet();
    SearchResponse<ObjectNode> response = client.search(s -> s.index(alias).size(MAX_CANDIDATES)
        .trackTotalHits(t -> t.enabled(false))
        // Filter context: candidates are all confirmed by the rule afterwards, so no clause needs a score.
        .query(q -> q.constantScore(c -> c.filter(f -> f.bool(b -> b.should(clauses).minimumShouldMatch("1")))))
        .source(src -> src.filter(f -> f.includes(FIELDS))), ObjectNode.class);
    List<StoryMember> out = new ArrayList<>();
    List<Hit<ObjectNode>> unkeyed = new ArrayList<>();
    for (Hit<ObjectNode> hit : response.hits().hits()) {
      if (hit.source() == null) {
        continue;
      }
      OptionalLong fingerprint = NearDuplicateKeys.fingerprint(keys(hit.source()));
      if (fingerprint.isPresent()) {
        out.add(member(hit, fingerprint.getAsLong()));
      } else {
        unkeyed.add(hit);
      }
    }
    if (!unkeyed.isEmpty()) {
      out.addAll(withBodies(unkeyed));
    }
    return out;
  }

  /**
   * Candidates stored without near-duplicate keys (before stories existed): their fingerprint is made from
   * headline and body, so their bodies are fetched at once, together.
   */
  private List<StoryMember> withBodies(List<Hit<ObjectNode>> hits) throws IOException {
    List<StoryMember> bodiless = new ArrayList<>(hits.size());
    for (Hit<ObjectNode> hit : hits) {
      bodiless.add(member(hit, 0L));
    }
    fetchBodies(bodiless);
    List<StoryMember> out = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      ObjectNode src = hits.get(i).source();
      StoryMember b = bodiless.get(i);
      String body = b.body(); // "" for none: the same words, so the same fingerprint, as none
      String title = text(src, ArticleFields.TITLE);
      StoryMember m = new StoryMember(b.id, b.storyId, StoryRule.fingerprint(title, body), title, body,
          b.publishedAt, b.ingestedAt, 0);
      out.add(m);
    }
    return out;
  }

  /** Articles whose headline has most of the marked article's words, published near it. */
  private static Query sameHeadline(StoryMember m) {
    String words = String.join(" ", m.titleWords());
    Query match = Query.of(q -> q.match(t -> t.field(ArticleFields.TITLE).query(words).minimumShouldMatch("50%")));
    if (m.publishedAt == null) {
      return match;
    }
    return Query.of(q -> q.bool(b -> b.must(match).filter(window(m.publishedAt, m.publishedAt, StoryRule.WINDOW))));
  }

  /** Marked articles (corrections, repeats) within the rule's window of an article of the batch. */
  private static Query markedWithin(DateWindows near) {
    Query marked = Query.of(q -> q.term(t -> t.field(NearDuplicateKeys.FIELD).value(NearDuplicateKeys.CORRECTION)));
    if (near.isEmpty()) {
      return marked;
    }
    return Query.of(q -> q.bool(b -> b.filter(marked).filter(within(near))));
  }

  /**
   * Articles under one headline, published near an article of the batch with that headline (a headline may
   * recur for years: "FED ADDS RESERVES"); anywhere in time when the batch's article has no date.
   */
  private static Query sameHeadlineKey(String headline, DateWindows near) {
    Query same = Query.of(q -> q.term(t -> t.field(NearDuplicateKeys.FIELD).value(headline)));
    if (near.isEmpty()) {
      return same;
    }
    return Query.of(q -> q.bool(b -> b.filter(same).filter(within(near))));
  }

  private static Query within(DateWindows near) {
    if (near.windows().size() == 1) {
      DateWindows.Window w = near.windows().get(0);
      return window(w.from(), w.to(), Duration.ZERO);
    }
    List<Query> any = new ArrayList<>();
    for (DateWindows.Window w : near.windows()) {
      any.add(window(w.from(), w.to(), Duration.ZERO));
    }
    return Query.of(q -> q.bool(b -> b.should(any).minimumShouldMatch("1")));
  }

  private static Query window(Instant from, Instant to, Duration margin) {
    return Query.of(q -> q.range(r -> r.date(d -> d.field(ArticleFields.PUBLISHED_AT)
        .gte(from.minus(margin).toString()).lte(to.plus(margin).toString()))));
  }

  private static List<String> keys(ObjectNode src) {
    List<String> keys = new ArrayList<>();
    src.path(NearDuplicateKeys.FIELD).forEach(k -> keys.add(k.asText()));
    return keys;
  }

  private StoryMember member(Hit<ObjectNode> hit, long fingerprint) {
    ObjectNode src = hit.source();
    return StoryMember.withoutBody(text(src, ArticleFields.ID), text(src, ArticleFields.STORY_ID), fingerprint,
        text(src, ArticleFields.TITLE), instant(src, ArticleFields.PUBLISHED_AT), instant(src, ArticleFields.INGESTED_AT),
        hit.index(), this);
  }

  private static String text(JsonNode src, String field) {
    JsonNode v = src.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Instant instant(JsonNode src, String field) {
    String v = text(src, field);
    try {
      return v == null ? null : StoredInstants.parse(v); // Instant.parse's result, without its formatter
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
