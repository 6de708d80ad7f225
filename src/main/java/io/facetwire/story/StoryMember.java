package io.facetwire.story;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An article as story grouping sees it: a new one of this import, or a stored candidate.
 *
 * <p>A stored candidate is found without its stored document ({@link StoryLookup}): by its doc values alone it is
 * {@linkplain #light light}, with its fingerprint, version mark and headline key hash (its own keys,
 * {@link NearDuplicateKeys#OWN_FIELD}), its headline's words and correction mark ({@link HeadlineWords}, what the rule
 * compares under a version mark) and its dates to the millisecond; its headline, exact dates and body come from its
 * document only for the few pairs the rule reads them for ({@link #completeFrom}, else {@link #source} on demand).
 * One found in an index stored before its own keys were is read with its headline and dates and without its body.
 */
final class StoryMember {

  final String id;
  /** Stored story, or null: new, or stored before stories existed. */
  final String storyId;
  final long fingerprint;
  /** Null while not at hand (a light candidate); "" for none. */
  private String title;
  /** Null while not at hand: the rule reads a stored candidate's body for few pairs. */
  private String body;
  /** Where what is not at hand comes from; null for a member that has everything. */
  private final Source source;
  /** For a stored candidate: the index it was found in (where its document is read); else null. */
  final String index;
  /**
   * Exact, or for a light candidate the millisecond of the stored date (as the date's doc values hold it): the exact
   * date is at most a millisecond later ({@link #datesExact}).
   */
  private Instant publishedAt;
  /** As {@link #publishedAt}. Null for an article of this import (it comes after everything stored). */
  private Instant ingestedAt;
  private boolean datesExact;
  /** For articles of this import (no {@code ingestedAt} yet): their order in it. */
  final long seq;
  /** The headline without its version mark, or null when it has none; only meaningful with the title at hand. */
  private String unmarkedTitle;
  /** Whether the headline has a version mark: from the title, or a light candidate's own keys. */
  private boolean marked;
  private Set<String> titleWords;
  private Set<String> bodyWords;
  private Set<String> openingWords;
  private String headlineKey;
  /** {@link NearDuplicateKeys#headline} of {@link #headlineKey}: a light candidate's stored one; made once. */
  private String headlineHash;
  private boolean headlineHashKnown;
  private List<String> keys;
  /** {@link #correction()}, worked out once: a marked member meets every candidate of its import. */
  private Boolean correction;

  /** Where the stored document of a member not wholly at hand comes from, when the rule reads it. */
  interface Source {
    /** The member's stored headline, dates and body (null when it is gone): one request. */
    StoredText read(StoryMember member);
  }

  /** What a stored document holds that a light candidate lacks; its body only when {@code bodyRead}. */
  record StoredText(String title, Instant publishedAt, Instant ingestedAt, String body, boolean bodyRead) {}

  StoryMember(String id, String storyId, long fingerprint, String title, String body, Instant publishedAt,
      Instant ingestedAt, long seq) {
    this(id, storyId, fingerprint, body == null ? "" : body, null, null, publishedAt, ingestedAt, seq);
    giveTitle(title);
  }

  /** A stored candidate with its headline and dates, without its body: {@code source} gives it if the rule reads it. */
  static StoryMember withoutBody(String id, String storyId, long fingerprint, String title, Instant publishedAt,
      Instant ingestedAt, String index, Source source) {
    StoryMember m = new StoryMember(id, storyId, fingerprint, null, java.util.Objects.requireNonNull(source), index,
        publishedAt, ingestedAt, 0);
    m.giveTitle(title);
    return m;
  }

  /**
   * A stored candidate as its doc values give it: its own keys, its dates to the millisecond (null: none), no headline
   * and no body; {@code source} gives the rest if the rule reads it.
   */
  static StoryMember light(String id, String storyId, NearDuplicateKeys.Own own, Instant publishedAtMillis,
      Instant ingestedAtMillis, String index, Source source) {
    return light(id, storyId, own, null, publishedAtMillis, ingestedAtMillis, index, source);
  }

  /**
   * {@link #light}, with what the rule reads of its headline under a version mark ({@link HeadlineWords}: its words and
   * correction mark) when its doc values gave them (null: they did not, the headline is read if the rule reads it).
   */
  static StoryMember light(String id, String storyId, NearDuplicateKeys.Own own, HeadlineWords.Read headline,
      Instant publishedAtMillis, Instant ingestedAtMillis, String index, Source source) {
    StoryMember m = new StoryMember(id, storyId, own.fingerprint(), null, java.util.Objects.requireNonNull(source),
        index, publishedAtMillis, ingestedAtMillis, 0);
    m.datesExact = publishedAtMillis == null && ingestedAtMillis == null;
    m.marked = own.marked();
    m.headlineHash = own.headline();
    m.headlineHashKnown = true;
    m.keys = java.util.Collections.unmodifiableList(own.keys());
    if (headline != null) {
      m.titleWords = headline.words();
      m.correction = own.marked() && headline.correction();
    }
    return m;
  }

  private StoryMember(String id, String storyId, long fingerprint, String body, Source source, String index,
      Instant publishedAt, Instant ingestedAt, long seq) {
    this.index = index;
    this.id = id;
    this.seq = seq;
    this.storyId = storyId;
    this.fingerprint = fingerprint;
    this.body = body;
    this.source = source;
    this.publishedAt = publishedAt;
    this.ingestedAt = ingestedAt;
    this.datesExact = true;
  }

  private void giveTitle(String t) {
    title = t == null ? "" : t;
    unmarkedTitle = StoryRule.withoutVersionMark(title);
    marked = unmarkedTitle != null;
  }

  /**
   * Gives a member what its stored document holds and it lacks (the body only when it was read; a gone document: no
   * headline, no body); what it has stays. A light candidate's dates become exact, its mark and headline key come from
   * the headline from now on (they are what its own keys said: the keys' scheme is today's).
   */
  void completeFrom(StoredText stored) {
    // A document gone since the search has an empty headline and body, as a gone body was empty; its mark and
    // headline key stay what its own keys said.
    StoredText s = stored != null ? stored : new StoredText(null, publishedAt, ingestedAt, null, true);
    if (title == null) {
      boolean ownMark = marked;
      giveTitle(s.title());
      if (stored == null) {
        marked = ownMark;
      }
    }
    if (!datesExact) {
      publishedAt = s.publishedAt();
      ingestedAt = s.ingestedAt();
      datesExact = true;
    }
    if (body == null && s.bodyRead()) {
      body = s.body() == null ? "" : s.body();
    }
  }

  /** Reads what is not at hand from the stored document, one request (the rule reads it and nothing fetched it). */
  private void completeAlone() {
    completeFrom(source.read(this));
  }

  /** Whether reading anything of this member asks nothing of the index. */
  boolean wholeAtHand() {
    return title != null && body != null && datesExact;
  }

  String title() {
    if (title == null) {
      completeAlone();
    }
    return title;
  }

  boolean titleAtHand() {
    return title != null;
  }

  /**
   * Whether what the rule reads of the headline under a version mark ({@link #titleWords}, {@link #correction}) asks
   * nothing of the index: the headline is at hand, or a light candidate's doc values gave both ({@link HeadlineWords}).
   */
  boolean headlineWordsAtHand() {
    return title != null || titleWords != null && correction != null;
  }

  /** The body ("" when none); read from its source the first time when it is not at hand. */
  String body() {
    if (body == null) {
      completeAlone();
    }
    return body;
  }

  /** Whether reading {@link #body} asks nothing of the index. */
  boolean bodyAtHand() {
    return body != null;
  }

  /** Whether the dates are exact, not a light candidate's milliseconds. */
  boolean datesExact() {
    return datesExact;
  }

  /** The exact publication date (null: none); a light candidate's is read from its document first. */
  Instant publishedAt() {
    if (!datesExact) {
      completeAlone();
    }
    return publishedAt;
  }

  /** As {@link #publishedAt()}; null for an article of this import. */
  Instant ingestedAt() {
    if (!datesExact) {
      completeAlone();
    }
    return ingestedAt;
  }

  /** The publication date as known now: exact, or a light candidate's millisecond. */
  Instant publishedAtAsKnown() {
    return publishedAt;
  }

  /** As {@link #publishedAtAsKnown}. */
  Instant ingestedAtAsKnown() {
    return ingestedAt;
  }

  /** The story this member belongs to as stored: its story, or itself when it has none yet. */
  String story() {
    return storyId != null ? storyId : id;
  }

  /** The same member in a story; what was already worked out from its text (words, keys) comes along. */
  StoryMember inStory(String story) {
    StoryMember m = new StoryMember(id, story, fingerprint, body, source, index, publishedAt, ingestedAt, seq);
    // Its headline's version mark too: a regular expression per article, once is enough.
    m.title = title;
    m.unmarkedTitle = unmarkedTitle;
    m.marked = marked;
    m.datesExact = datesExact;
    m.titleWords = titleWords;
    m.bodyWords = bodyWords;
    m.openingWords = openingWords;
    m.headlineKey = headlineKey;
    m.headlineHash = headlineHash;
    m.headlineHashKnown = headlineHashKnown;
    m.keys = keys;
    m.correction = correction;
    return m;
  }

  /** The headline says it corrects an earlier story. */
  boolean correction() {
    if (correction == null) {
      correction = marked() && StoryRule.correctionMark(title());
    }
    return correction;
  }

  /** The headline says this is a correction or repeat of an earlier story. */
  boolean marked() {
    return marked;
  }

  Set<String> titleWords() {
    if (titleWords == null) {
      String t = title();
      titleWords = StoryWords.words(unmarkedTitle != null ? unmarkedTitle : t);
    }
    return titleWords;
  }

  /** The words a correction notice names its item with. */
  Set<String> openingWords() {
    if (openingWords == null) {
      openingWords = StoryWords.firstWords(body(), StoryRule.CITED_OPENING_WORDS);
    }
    return openingWords;
  }

  String headlineKey() {
    if (headlineKey == null) {
      String t = title();
      headlineKey = StoryRule.headlineKeyOfUnmarked(unmarkedTitle != null ? unmarkedTitle : t);
    }
    return headlineKey;
  }

  /**
   * The stored key of its headline key ({@link NearDuplicateKeys#headline}, null for an empty one): a light candidate's
   * from its own keys, so two headline keys are told apart without its headline when their hashes differ.
   */
  String headlineHash() {
    if (!headlineHashKnown) {
      headlineHash = NearDuplicateKeys.headline(headlineKey());
      headlineHashKnown = true;
    }
    return headlineHash;
  }

  /**
   * Its near-duplicate keys as stored ({@link NearDuplicateKeys#of(long, String, boolean)}), made once: the
   * ledger files, finds and drops a member by them, and a new article is stored with them. A light candidate's are
   * its own keys' ({@link NearDuplicateKeys.Own#keys}), the same list.
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
      bodyWords = StoryWords.words(body());
    }
    return bodyWords;
  }
}
