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
  final String body;
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

  StoryMember(String id, String storyId, long fingerprint, String title, String body, Instant publishedAt,
      Instant ingestedAt, long seq) {
    this(id, storyId, fingerprint, title == null ? "" : title, body, publishedAt, ingestedAt, seq,
        StoryRule.withoutVersionMark(title == null ? "" : title));
  }

  private StoryMember(String id, String storyId, long fingerprint, String title, String body, Instant publishedAt,
      Instant ingestedAt, long seq, String unmarkedTitle) {
    this.id = id;
    this.seq = seq;
    this.storyId = storyId;
    this.fingerprint = fingerprint;
    this.title = title == null ? "" : title;
    this.body = body == null ? "" : body;
    this.publishedAt = publishedAt;
    this.ingestedAt = ingestedAt;
    this.unmarkedTitle = unmarkedTitle;
  }

  /** The story this member belongs to as stored: its story, or itself when it has none yet. */
  String story() {
    return storyId != null ? storyId : id;
  }

  /** The same member in a story; what was already worked out from its text (words, keys) comes along. */
  StoryMember inStory(String story) {
    // Its headline's version mark too: a regular expression per article, once is enough.
    StoryMember m = new StoryMember(id, story, fingerprint, title, body, publishedAt, ingestedAt, seq, unmarkedTitle);
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
      openingWords = StoryRule.firstWords(body, StoryRule.CITED_OPENING_WORDS);
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

  Set<String> bodyWords() {
    if (bodyWords == null) {
      bodyWords = StoryRule.words(body);
    }
    return bodyWords;
  }
}
