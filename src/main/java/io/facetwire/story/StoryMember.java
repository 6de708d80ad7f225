package io.facetwire.story;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** An article as story grouping sees it: a new one of this import, or a stored candidate. */
final class StoryMember {

  final String id;
  /** Stored story, or null: new, or stored before stories existed. */
  final String storyId;
  final long fingerprint;
  final String title;
  /**
   * Null while not at hand: a stored candidate is searched without its body ({@link StoryLookup}), which the
   * rule reads for few pairs; those are fetched together before the rule runs, any other from {@link #bodySource}.
   */
  private String body;
  /** Where a body not at hand comes from; null for a member that has its body. */
  private final BodySource bodySource;
  /** For a stored candidate without its body: the index it was found in (where its body is read); else null. */
  final String index;
  final Instant publishedAt;
  /** Null for an article of this import (it comes after everything stored). */
  final Instant ingestedAt;
  /** For articles of this import (no {@code ingestedAt} yet): their order in it. */
  final long seq;
  private final String unmarkedTitle;
  private Set<String> titleWords;
  private Set<String> bodyWords;
  private Set<String> openingWords;
  private String headlineKey;
  private List<String> keys;
  /** {@link #correction()}, worked out once: a marked member meets every candidate of its import. */
  private Boolean correction;

  /** Where the body of a member without one at hand comes from, when the rule reads it. */
  interface BodySource {
    /** The member's body as stored (null when it has none). */
    String bodyOf(StoryMember member);
  }

  StoryMember(String id, String storyId, long fingerprint, String title, String body, Instant publishedAt,
      Instant ingestedAt, long seq) {
    this(id, storyId, fingerprint, title == null ? "" : title, body == null ? "" : body, null, null, publishedAt,
        ingestedAt, seq, StoryRule.withoutVersionMark(title == null ? "" : title));
  }

  /** A stored candidate without its body: {@code bodies} gives it if the rule reads it before it is given. */
  static StoryMember withoutBody(String id, String storyId, long fingerprint, String title, Instant publishedAt,
      Instant ingestedAt, String index, BodySource bodies) {
    return new StoryMember(id, storyId, fingerprint, title == null ? "" : title, null,
        java.util.Objects.requireNonNull(bodies), index, publishedAt, ingestedAt, 0,
        StoryRule.withoutVersionMark(title == null ? "" : title));
  }

  private StoryMember(String id, String storyId, long fingerprint, String title, String body, BodySource bodySource,
      String index, Instant publishedAt, Instant ingestedAt, long seq, String unmarkedTitle) {
    this.index = index;
    this.id = id;
    this.seq = seq;
    this.storyId = storyId;
    this.fingerprint = fingerprint;
    this.title = title == null ? "" : title;
    this.body = body;
    this.bodySource = bodySource;
    this.publishedAt = publishedAt;
    this.ingestedAt = ingestedAt;
    this.unmarkedTitle = unmarkedTitle;
  }

  /** The body ("" when none); read from its source the first time when it is not at hand. */
  String body() {
    if (body == null) {
      String b = bodySource.bodyOf(this);
      body = b == null ? "" : b;
    }
    return body;
  }

  /** Whether reading {@link #body} asks nothing of the index. */
  boolean bodyAtHand() {
    return body != null;
  }

  /** Gives a member its body as fetched (null: it has none); one at hand stays. */
  void giveBody(String b) {
    if (body == null) {
      body = b == null ? "" : b;
    }
  }

  /** The story this member belongs to as stored: its story, or itself when it has none yet. */
  String story() {
    return storyId != null ? storyId : id;
  }

  /** The same member in a story; what was already worked out from its text (words, keys) comes along. */
  StoryMember inStory(String story) {
    // Its headline's version mark too: a regular expression per article, once is enough.
    StoryMember m = new StoryMember(id, story, fingerprint, title, body, bodySource, index, publishedAt, ingestedAt, seq,
        unmarkedTitle);
    m.titleWords = titleWords;
    m.bodyWords = bodyWords;
    m.openingWords = openingWords;
    m.headlineKey = headlineKey;
    m.keys = keys;
    m.correction = correction;
    return m;
  }

  /**
   * Which of two was seen first: the earlier {@code ingested_at}; stored articles before this import's;
   * within this import, its order; then the earlier publication, then the id (ties of a bulk import).
   */
  static int firstSeen(StoryMember a, StoryMember b) {
    if (a.ingestedAt != null && b.ingestedAt != null) {
      int c = a.ingestedAt.compareTo(b.ingestedAt);
      if (c != 0) {
        return c;
      }
    } else if (a.ingestedAt != null || b.ingestedAt != null) {
      return a.ingestedAt != null ? -1 : 1;
    } else if (a.seq != b.seq) {
      return Long.compare(a.seq, b.seq);
    }
    int c = java.util.Comparator.nullsLast(java.util.Comparator.<Instant>naturalOrder()).compare(a.publishedAt, b.publishedAt);
    return c != 0 ? c : a.id.compareTo(b.id);
  }

  /** The headline says it corrects an earlier story. */
  boolean correction() {
    if (correction == null) {
      correction = marked() && StoryRule.correctionMark(title);
    }
    return correction;
  }

  /** The headline says this is a correction or repeat of an earlier story. */
  boolean marked() {
    return unmarkedTitle != null;
  }

  Set<String> titleWords() {
    if (titleWords == null) {
      titleWords = StoryRule.words(unmarkedTitle != null ? unmarkedTitle : title);
    }
    return titleWords;
  }

  /** The words a correction notice names its item with. */
  Set<String> openingWords() {
    if (openingWords == null) {
      openingWords = StoryRule.firstWords(body(), StoryRule.CITED_OPENING_WORDS);
    }
    return openingWords;
  }

  String headlineKey() {
    if (headlineKey == null) {
      headlineKey = StoryRule.headlineKeyOfUnmarked(unmarkedTitle != null ? unmarkedTitle : title);
    }
    return headlineKey;
  }

  /**
   * Its near-duplicate keys as stored ({@link NearDuplicateKeys#of(long, String, boolean)}), made once: the
   * ledger files, finds and drops a member by them, and a new article is stored with them.
   */
  List<String> keys() {
    if (keys == null) {
      keys = java.util.Collections.unmodifiableList(NearDuplicateKeys.of(fingerprint, headlineKey(), marked()));
    }
    return keys;
  }

  /** The keys of its fingerprint alone ({@link NearDuplicateKeys#of(long, boolean)} unmarked): a view of {@link #keys}. */
  List<String> fingerprintKeys() {
    return keys().subList(0, NearDuplicateKeys.FINGERPRINT_KEYS);
  }

  /**
   * The keys its near-duplicates are looked up by: those of its fingerprint's blocks, without the full fingerprint's
   * (which finds nothing they do not: {@link NearDuplicateKeys}). A view of {@link #keys}.
   */
  List<String> blockKeys() {
    return keys().subList(NearDuplicateKeys.FULL_FINGERPRINT_KEYS, NearDuplicateKeys.FINGERPRINT_KEYS);
  }

  Set<String> bodyWords() {
    if (bodyWords == null) {
      bodyWords = StoryRule.words(body());
    }
    return bodyWords;
  }
}
