package io.facetwire.story;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import io.facetwire.article.ArticleFields;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

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
 * <p>The candidates come from their doc values alone, not their stored documents ({@code stored_fields: _none_}, no
 * {@code _source}): id, story, dates to the millisecond and their own near-duplicate keys
 * ({@link NearDuplicateKeys#OWN_FIELD}: fingerprint, version mark, headline key hash) and their headline's words
 * ({@link HeadlineWords#FIELD}: what the rule compares under a version mark), {@linkplain StoryMember#light light}
 * members. Loading each candidate's stored document (decompressing its block, parsing and filtering its
 * source) was about a third of the candidate search's CPU with one stored copy per article (session 37); the rule
 * reads a document only for pairs published within days whose fingerprints are far apart, or whose first-seen
 * order the milliseconds cannot tell. The grouping asks for those in two {@code _mget}s, headlines and dates, then
 * the bodies it reads ({@link CandidateDocuments}); one the rule reads that was not fetched comes from a {@code _get}
 * of its own, so what the rule decides never
 * depends on which were fetched. Both read the index as the search did (not real-time: its last refresh). A candidate
 * stored without own keys of today's scheme (by an earlier version) is read from its document at once, headline and
 * dates as before, its body later as the rule asks.
 */
final class StoryLookup implements StoryGrouping.StoredCandidates {

  /** More than a batch can plausibly have; past it the rest of the batch relies on the ledger. */
  static final int MAX_CANDIDATES = 5_000;
  /** A candidate's doc values: all the search asks for. */
  private static final List<String> DOC_VALUES = List.of(ArticleFields.ID, ArticleFields.STORY_ID,
      NearDuplicateKeys.OWN_FIELD, HeadlineWords.FIELD);
  /** Its dates' doc values, as milliseconds since the epoch (a {@code date} holds no finer). */
  private static final List<String> DATES = List.of(ArticleFields.PUBLISHED_AT, ArticleFields.INGESTED_AT);
  private final ElasticsearchClient client;
  private final String alias;
  private final CandidateDocuments documents;
  private final AtomicLong searches = new AtomicLong();
  private final AtomicLong withoutOwnKeys = new AtomicLong();
  /** Whether the index has been seen to hold a searchable article (then it is no longer counted). */
  private volatile boolean searchable;

  StoryLookup(ElasticsearchClient client, String alias) {
    this.client = client;
    this.alias = alias;
    this.documents = new CandidateDocuments(client, alias);
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

  /** {@code _mget} requests for candidates' documents sent so far (after the searches: {@link #complete}). */
  long documentRequests() {
    return documents.requests();
  }

  /** Candidates' documents read together ({@link #complete}) so far. */
  long documentsFetched() {
    return documents.fetched();
  }

  /** Candidates' documents the rule read without their having been read together: one request each. */
  long documentsReadAlone() {
    return documents.readAlone();
  }

  /** Candidates found without own keys of today's scheme, so read from their documents at once. */
  long withoutOwnKeys() {
    return withoutOwnKeys.get();
  }

  /**
   * Gives these candidates what they lack of their documents (their bodies only {@code withBodies}), in one
   * {@code _mget} ({@link CandidateDocuments}).
   */
  @Override
  public void complete(java.util.Collection<StoryMember> members, boolean withBodies) throws IOException {
    documents.complete(members, withBodies);
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
        headlines.computeIfAbsent(headline, h -> new ArrayList<>()).add(m.publishedAt());
        if (m.publishedAt() == null) {
          undatedHeadlines.add(headline);
        }
      }
      ids.add(m.id);
      dates.add(m.publishedAt());
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
    SearchResponse<Void> response = client.search(s -> {
      s.index(alias).size(MAX_CANDIDATES).trackTotalHits(t -> t.enabled(false))
          // Filter context: candidates are all confirmed by the rule afterwards, so no clause needs a score.
          .query(q -> q.constantScore(c -> c.filter(f -> f.bool(b -> b.should(clauses).minimumShouldMatch("1")))))
          // No stored field (_id and _source are stored fields): the doc values are all a candidate is read from.
          .source(src -> src.fetch(false)).storedFields("_none_");
      DOC_VALUES.forEach(field -> s.docvalueFields(d -> d.field(field)));
      DATES.forEach(field -> s.docvalueFields(d -> d.field(field).format("epoch_millis")));
      return s;
    }, Void.class);
    List<StoryMember> out = new ArrayList<>();
    List<CandidateDocuments.Found> unread = new ArrayList<>();
    for (Hit<Void> hit : response.hits().hits()) {
      Map<String, JsonData> values = hit.fields();
      String id = first(values, ArticleFields.ID);
      if (id == null) {
        continue;
      }
      NearDuplicateKeys.Own own = NearDuplicateKeys.readOwn(all(values, NearDuplicateKeys.OWN_FIELD));
      if (own != null) {
        // Its headline's words too, when stored under today's scheme; else its headline is read if the rule reads it.
        HeadlineWords.Read words = HeadlineWords.read(all(values, HeadlineWords.FIELD), own.marked());
        out.add(StoryMember.light(id, first(values, ArticleFields.STORY_ID), own, words,
            millis(values, ArticleFields.PUBLISHED_AT), millis(values, ArticleFields.INGESTED_AT), hit.index(),
            documents));
      } else {
        // Stored by an earlier version: read as it read them, from the document.
        unread.add(new CandidateDocuments.Found(id, hit.index()));
      }
    }
    if (!unread.isEmpty()) {
      withoutOwnKeys.addAndGet(unread.size());
      out.addAll(documents.withoutOwnKeys(unread));
    }
    return out;
  }

  /** Articles whose headline has most of the marked article's words, published near it. */
  private static Query sameHeadline(StoryMember m) {
    String words = String.join(" ", m.titleWords());
    Query match = Query.of(q -> q.match(t -> t.field(ArticleFields.TITLE).query(words).minimumShouldMatch("50%")));
    if (m.publishedAt() == null) {
      return match;
    }
    return Query.of(q -> q.bool(b -> b.must(match).filter(window(m.publishedAt(), m.publishedAt(), StoryRule.WINDOW))));
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

  /** A doc value's values as text (none: empty). */
  private static List<String> all(Map<String, JsonData> values, String field) {
    JsonData v = values.get(field);
    if (v == null) {
      return List.of();
    }
    JsonValue json = v.toJson();
    List<String> out = new ArrayList<>();
    if (json instanceof JsonArray array) {
      for (JsonValue item : array) {
        out.add(item instanceof JsonString string ? string.getString() : item.toString());
      }
    } else {
      out.add(json instanceof JsonString string ? string.getString() : json.toString());
    }
    return out;
  }

  private static String first(Map<String, JsonData> values, String field) {
    List<String> all = all(values, field);
    return all.isEmpty() ? null : all.get(0);
  }

  /** A date's doc value (milliseconds since the epoch, as asked), or null when it has none. */
  private static Instant millis(Map<String, JsonData> values, String field) {
    String v = first(values, field);
    return v == null ? null : Instant.ofEpochMilli(Long.parseLong(v));
  }


}
