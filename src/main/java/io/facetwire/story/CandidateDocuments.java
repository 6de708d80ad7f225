package io.facetwire.story;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.mget.MultiGetOperation;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.article.ArticleFields;
import io.facetwire.article.StoredInstants;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The stored documents of story candidates found by their doc values ({@link StoryLookup}): what the rule reads of a
 * few of them (headline, exact dates, body), together in an {@code _mget} ({@link #complete}) or one at a time
 * ({@link #read}); and, at the search, the candidates stored without own keys of today's scheme (by an earlier
 * version), read as that version's search read them. All read the index as the search saw it (not real-time: its last
 * refresh); a document rewritten between the search and the read (a changed re-import, rare) is read as rewritten, as
 * a body read later always was.
 */
final class CandidateDocuments implements StoryMember.Source {

  /** A candidate the search found: its id and the index it is in. */
  record Found(String id, String index) {}

  /** A candidate's fields as an earlier version's search read them, without its body. */
  private static final List<String> FIELDS = List.of(ArticleFields.ID, ArticleFields.STORY_ID, NearDuplicateKeys.FIELD,
      ArticleFields.TITLE, ArticleFields.PUBLISHED_AT, ArticleFields.INGESTED_AT);
  /** What completes a light candidate ({@link StoryMember.StoredText}). */
  private static final List<String> REST = List.of(ArticleFields.TITLE, ArticleFields.PUBLISHED_AT,
      ArticleFields.INGESTED_AT, ArticleFields.BODY);
  /** The same without the body. */
  private static final List<String> HEADLINE = List.of(ArticleFields.TITLE, ArticleFields.PUBLISHED_AT,
      ArticleFields.INGESTED_AT);
  private static final List<String> BODY = List.of(ArticleFields.BODY);

  private final ElasticsearchClient client;
  private final String alias;
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong fetched = new AtomicLong();
  private final AtomicLong readAlone = new AtomicLong();

  CandidateDocuments(ElasticsearchClient client, String alias) {
    this.client = client;
    this.alias = alias;
  }

  /** {@code _mget} requests sent so far. */
  long requests() {
    return requests.get();
  }

  /** Documents read by {@link #complete} (and bodies read for candidates without keys) so far. */
  long fetched() {
    return fetched.get();
  }

  /** Documents read one at a time ({@link #read}) so far. */
  long readAlone() {
    return readAlone.get();
  }

  /**
   * Gives each of {@code members} what it lacks of its document, its body only {@code withBodies}, in one
   * {@code _mget}.
   * A candidate gone since the search has no headline and no body; one the node could not read keeps what it had
   * ({@link #read} asks again).
   */
  void complete(Collection<StoryMember> members, boolean withBodies) throws IOException {
    if (members.isEmpty()) {
      return;
    }
    List<StoryMember> wanted = new ArrayList<>(members);
    List<Found> found = new ArrayList<>(wanted.size());
    wanted.forEach(m -> found.add(new Found(m.id, m.index)));
    List<MultiGetResponseItem<ObjectNode>> items = documents(found, withBodies ? REST : HEADLINE);
    for (int i = 0; i < items.size() && i < wanted.size(); i++) {
      if (items.get(i).isResult()) {
        var got = items.get(i).result();
        wanted.get(i).completeFrom(got.found() && got.source() != null ? stored(got.source(), withBodies) : null);
        fetched.incrementAndGet();
      }
    }
  }

  /**
   * The document of a candidate the rule reads without its having been read together: a {@code _get} of its own. Any
   * failure (the node unreachable, or answering with an error: a closed or deleted index, a shard not available) is an
   * {@link java.io.UncheckedIOException}, which the grouping takes as a failed look-up for that article.
   */
  @Override
  public StoryMember.StoredText read(StoryMember member) {
    readAlone.incrementAndGet();
    try {
      var got = client.get(g -> g.index(indexOf(member.index)).id(member.id).realtime(false).sourceIncludes(REST),
          ObjectNode.class);
      return got.found() && got.source() != null ? stored(got.source(), true) : null;
    } catch (IOException | RuntimeException e) {
      throw new java.io.UncheckedIOException("Reading the stored article " + member.id + " failed",
          e instanceof IOException io ? io : new IOException(e.toString(), e));
    }
  }

  /**
   * Candidates without own keys of today's scheme, from their documents (one {@code _mget}): fingerprint (its
   * {@code f:} key), headline and dates as stored, the body when the rule reads it; those stored without near-duplicate
   * keys at all (before stories existed) with their bodies at once (their fingerprint needs them). One gone since the
   * search is no candidate; one the node could not read fails the look-up, as a failed search does.
   */
  List<StoryMember> withoutOwnKeys(List<Found> unread) throws IOException {
    var items = documents(unread, FIELDS);
    List<StoryMember> out = new ArrayList<>();
    List<StoryMember> unkeyed = new ArrayList<>();
    for (int i = 0; i < items.size() && i < unread.size(); i++) {
      if (!items.get(i).isResult()) {
        throw new IOException("Reading the stored article " + unread.get(i).id() + " failed: "
            + items.get(i).failure().error().reason());
      }
      var got = items.get(i).result();
      if (!got.found() || got.source() == null) {
        continue;
      }
      OptionalLong fingerprint = NearDuplicateKeys.fingerprint(keys(got.source()));
      StoryMember m = member(got.source(), fingerprint.orElse(0L), unread.get(i).index());
      (fingerprint.isPresent() ? out : unkeyed).add(m);
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
  private List<StoryMember> withBodies(List<StoryMember> bodiless) throws IOException {
    List<Found> found = new ArrayList<>(bodiless.size());
    bodiless.forEach(m -> found.add(new Found(m.id, m.index)));
    var items = documents(found, BODY);
    List<StoryMember> out = new ArrayList<>(bodiless.size());
    for (int i = 0; i < bodiless.size(); i++) {
      StoryMember b = bodiless.get(i);
      var item = i < items.size() && items.get(i).isResult() ? items.get(i).result() : null;
      if (item != null) {
        fetched.incrementAndGet();
      }
      // A body not read here is read on demand; "" for none: the same words, so the same fingerprint, as none.
      String body = item == null ? b.body()
          : item.found() && item.source() != null ? text(item.source(), ArticleFields.BODY) : "";
      body = body == null ? "" : body;
      String title = b.title();
      out.add(new StoryMember(b.id, b.storyId, StoryRule.fingerprint(title, body), title, body,
          b.publishedAt(), b.ingestedAt(), 0));
    }
    return out;
  }

  /** The documents of these candidates, with these fields, in one {@code _mget} as the search saw the index. */
  private List<MultiGetResponseItem<ObjectNode>> documents(List<Found> candidates, List<String> fields)
      throws IOException {
    List<MultiGetOperation> docs = new ArrayList<>(candidates.size());
    for (Found c : candidates) {
      docs.add(MultiGetOperation.of(o -> o.index(indexOf(c.index())).id(c.id())));
    }
    requests.incrementAndGet();
    return client.mget(g -> g.docs(docs).realtime(false).sourceIncludes(fields), ObjectNode.class).docs();
  }

  /** The index a candidate was found in: its concrete one (an alias may name two while a reindex runs). */
  private String indexOf(String index) {
    return index != null ? index : alias;
  }

  /** A candidate read from its document as an earlier version's search read it: without its body. */
  private StoryMember member(ObjectNode src, long fingerprint, String index) {
    return StoryMember.withoutBody(text(src, ArticleFields.ID), text(src, ArticleFields.STORY_ID), fingerprint,
        text(src, ArticleFields.TITLE), instant(src, ArticleFields.PUBLISHED_AT),
        instant(src, ArticleFields.INGESTED_AT), index, this);
  }

  private static StoryMember.StoredText stored(ObjectNode src, boolean withBody) {
    return new StoryMember.StoredText(text(src, ArticleFields.TITLE), instant(src, ArticleFields.PUBLISHED_AT),
        instant(src, ArticleFields.INGESTED_AT), withBody ? text(src, ArticleFields.BODY) : null, withBody);
  }

  private static List<String> keys(ObjectNode src) {
    List<String> keys = new ArrayList<>();
    src.path(NearDuplicateKeys.FIELD).forEach(k -> keys.add(k.asText()));
    return keys;
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
