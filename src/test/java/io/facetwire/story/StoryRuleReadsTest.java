package io.facetwire.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which stored candidates' documents the rule reads. The grouping searches candidates by their doc values alone
 * ({@linkplain StoryMember#light light}: no headline, no body, dates to the millisecond; or, from an earlier version's
 * index, with headline and dates and without body) and reads, before the rule runs, the documents of those that
 * {@link StoryRule#decide} without reading calls {@link StoryRule.Decision#NOT_AT_HAND}: these must be exactly the
 * pairs where the rule reads the candidate's document, and the answer with the document read on demand must be the
 * answer with everything at hand.
 */
class StoryRuleReadsTest {

  private static final Instant DAY = Instant.parse("1987-03-02T10:00:00Z");
  static final List<StoryRuleLabelledPairsTest.Pair> PAIRS = new ArrayList<>();

  @BeforeAll
  static void load() throws Exception {
    if (StoryRuleLabelledPairsTest.PAIRS.isEmpty()) {
      StoryRuleLabelledPairsTest.load();
    }
    PAIRS.addAll(StoryRuleLabelledPairsTest.PAIRS);
  }

  /** How a stored candidate comes from the search. */
  enum Kind { LIGHT, LIGHT_WITH_WORDS, WITHOUT_BODY }

  /** A member's stored document, as the index gives it to a candidate that lacks it; counts the times it is read. */
  static final class Stored implements StoryMember.Source {
    final StoryMember.StoredText text;
    int reads;

    Stored(StoryMember m) {
      this.text = new StoryMember.StoredText(m.title(), m.publishedAt(), m.ingestedAt(), m.body(), true);
    }

    @Override
    public StoryMember.StoredText read(StoryMember member) {
      reads++;
      return text;
    }

    /** {@code m} as a stored candidate of this kind: a light one has its own keys and its dates' milliseconds. */
    StoryMember of(StoryMember m, Kind kind) {
      if (kind == Kind.WITHOUT_BODY) {
        return StoryMember.withoutBody(m.id, m.storyId, m.fingerprint, m.title(), m.publishedAt(), m.ingestedAt(), null,
            this);
      }
      NearDuplicateKeys.Own own = NearDuplicateKeys.readOwn(NearDuplicateKeys.own(m.keys()));
      // With words: its headline's words and correction mark as the doc values of near_dup_words give them.
      HeadlineWords.Read words = kind == Kind.LIGHT_WITH_WORDS
          ? HeadlineWords.read(HeadlineWords.of(m.title()), own.marked()) : null;
      return StoryMember.light(m.id, m.storyId, own, words, millisecond(m.publishedAt()), millisecond(m.ingestedAt()),
          null, this);
    }
  }

  /** A date as a {@code date} field's doc value holds it. */
  static Instant millisecond(Instant exact) {
    return exact == null ? null : Instant.ofEpochMilli(MemberDates.floorMillis(exact));
  }

  /** For {@code a} new and {@code b} stored: says whether the rule read b's document, after checking the two agree. */
  private static boolean readsStored(StoryMember a, StoryMember b, Kind kind) {
    boolean whole = StoryRule.sameStory(a, b);
    Stored asked = new Stored(b);
    StoryRule.Decision before = StoryRule.decide(a, asked.of(b, kind), false);
    assertEquals(0, asked.reads, "deciding without reading read nothing");
    Stored read = new Stored(b);
    boolean said = StoryRule.sameStory(a, read.of(b, kind));
    String pair = a.title() + " ~ " + b.title() + " (" + kind + ")";
    assertEquals(whole, said, "the same answer with the document read on demand: " + pair);
    assertEquals(before == StoryRule.Decision.NOT_AT_HAND, read.reads > 0,
        "the document is read exactly when deciding without it said it is needed: " + pair + " (" + before + ")");
    if (before != StoryRule.Decision.NOT_AT_HAND) {
      assertEquals(whole, before == StoryRule.Decision.SAME, "decided without the document: " + pair);
    }
    assertTrue(read.reads <= 1, "read once at most: " + pair);
    return read.reads > 0;
  }

  @Test
  void onTheLabelledPairsTheDocumentsNeededAreExactlyTheDocumentsRead() {
    for (Kind kind : Kind.values()) {
      int read = 0;
      int notRead = 0;
      for (StoryRuleLabelledPairsTest.Pair p : PAIRS) {
        for (boolean bStored : new boolean[] {true, false}) {
          StoryMember a = bStored ? p.a() : p.b();
          StoryMember b = bStored ? p.b() : p.a();
          // Fresh members each time: words are worked out once per member.
          if (readsStored(copy(a), copy(b), kind)) {
            read++;
          } else {
            notRead++;
          }
        }
      }
      // Both kinds are there (the marked and same-title strata read documents; near fingerprints do not).
      assertTrue(read >= 20, kind + ": pairs reading the stored document: " + read);
      assertTrue(notRead >= 20, kind + ": pairs deciding without it: " + notRead);
    }
  }

  @Test
  void copiesAndUnrelatedArticlesNeedNoStoredDocument() {
    String body = StoriesEndToEndTest.CORRECTION_BEFORE;
    StoryMember original = member("o", "BANKAMERICA NEGOTIATING SALE OF UNITS", body, DAY.minusSeconds(86_400 * 3));
    for (Kind kind : Kind.values()) {
      assertFalse(readsStored(member("copy", original.title(), body, DAY), original, kind),
          "a copy: fingerprints within the bits");
      assertFalse(readsStored(member("other", "COCOA TALKS END", "Cocoa producers and consumers ended talks in "
          + "London without agreement on buffer stock rules, delegates said.", DAY.plusSeconds(86_400 * 5)), original,
          kind), "unmarked, another headline, days later");
      assertFalse(readsStored(member("far", "CORRECTED - BANKAMERICA NEGOTIATING UNITS SALE",
          StoriesEndToEndTest.CORRECTION_AFTER, DAY.plusSeconds(86_400 * 10)), original, kind),
          "marked, outside the window");
    }
    // A light candidate's headline key is told apart by its stored hash: two days later, another headline.
    assertFalse(readsStored(member("other", "COCOA TALKS END", "Cocoa producers and consumers ended talks in "
        + "London without agreement on buffer stock rules, delegates said.", DAY.minusSeconds(86_400)), original,
        Kind.LIGHT), "unmarked, another headline, the same week");
  }

  @Test
  void aCorrectedRepeatAResendAndACorrectionNoticeNeedTheStoredDocument() {
    StoryMember original = member("o", "BANKAMERICA NEGOTIATING SALE OF UNITS", StoriesEndToEndTest.CORRECTION_BEFORE,
        DAY.minusSeconds(86_400 * 3));
    StoryMember sent = member("r0", "FED ADDS RESERVES VIA CUSTOMER REPURCHASES", RESERVES, DAY);
    // A stored correction notice: its opening words (its body) name the new article's headline.
    String notice = "In item headlined \"HEINEKEN N.V. 1986 YEAR PROFIT RISES\" please read net profit of 286 mln guilders,"
        + " not 268 mln.";
    StoryMember stored = member("n", "CORRECTION - HEINEKEN", notice, DAY);
    StoryMember item = member("i", "HEINEKEN N.V. 1986 YEAR PROFIT RISES", "Heineken N.V. said its net profit rose"
        + " to 286 mln guilders in 1986 from 248 mln a year earlier, on sales up eight pct.", DAY.plusSeconds(3_600));
    for (Kind kind : Kind.values()) {
      StoryMember fix = member("fix", "CORRECTED - BANKAMERICA NEGOTIATING UNITS SALE", StoriesEndToEndTest.CORRECTION_AFTER,
          DAY);
      assertTrue(readsStored(fix, original, kind), "a corrected repeat");
      assertTrue(StoryRule.sameStory(copy(fix), new Stored(original).of(original, kind)));

      assertTrue(readsStored(member("r1", "FED ADDS RESERVES VIA CUSTOMER REPURCHASES",
          "Updated. " + RESERVES.replace(" the ", " a ").replace(" and ", " & "), DAY.plusSeconds(86_400)), sent, kind),
          "the same headline a day later");

      assertTrue(readsStored(copy(item), stored, kind), "a stored correction notice's opening words");
      assertTrue(StoryRule.sameStory(copy(item), new Stored(stored).of(stored, kind)));
    }
  }

  /**
   * A corrected repeat about a millisecond from the window's edge: the stored date's millisecond may not tell whether
   * it is inside, and then its exact date is read; either way it decides as the exact dates do (inside: one story;
   * outside: apart), and the millisecond never gives a wrong answer.
   */
  @Test
  void atTheWindowsEdgeTheExactDatesDecide() {
    Instant fixedAt = Instant.parse("1987-03-05T10:00:00.000300Z");
    int open = 0;
    for (long offsetMicros : new long[] {-2_500, -1_500, -700, -300, 0, 200, 900, 1_500, 2_500}) {
      Instant storedAt = fixedAt.minus(StoryRule.WINDOW).plusNanos(offsetMicros * 1_000);
      StoryMember original = member("o", "BANKAMERICA NEGOTIATING SALE OF UNITS", StoriesEndToEndTest.CORRECTION_BEFORE,
          storedAt);
      StoryMember fix = member("fix", "CORRECTED - BANKAMERICA NEGOTIATING UNITS SALE",
          StoriesEndToEndTest.CORRECTION_AFTER, fixedAt);
      boolean inside = offsetMicros >= 0;
      assertEquals(inside, StoryRule.sameStory(fix, original), offsetMicros + " µs");
      readsStored(copy(fix), original, Kind.LIGHT); // the same answer, read exactly when asked for
      Boolean known = MemberDates.withinIfKnown(fix, new Stored(original).of(original, Kind.LIGHT), StoryRule.WINDOW);
      assertTrue(known == null || known == inside, offsetMicros + " µs: " + known);
      if (Math.abs(offsetMicros) >= 2_000) {
        assertEquals(inside, known, offsetMicros + " µs: the millisecond tells");
      }
      open += known == null ? 1 : 0;
    }
    assertTrue(open >= 2, "dates the millisecond leaves open: " + open);
  }

  /**
   * Two stored versions ingested in the same millisecond: their doc values cannot tell which came first, so the first
   * seen is decided on their exact dates (read), as with their documents.
   */
  @Test
  void theFirstSeenOfTwoInOneMillisecondIsDecidedOnTheirExactDates() {
    Instant ingested = Instant.parse("2026-12-06T08:38:28.123400Z");
    StoryMember earlier = new StoryMember("z-earlier", null, 1L, "T", "b", DAY, ingested, 0);
    StoryMember later = new StoryMember("a-later", null, 1L, "T", "b", DAY, ingested.plusNanos(500_000), 0);
    assertTrue(MemberDates.firstSeen(earlier, later) < 0);
    Stored e = new Stored(earlier);
    Stored l = new Stored(later);
    StoryMember lightEarlier = e.of(earlier, Kind.LIGHT);
    StoryMember lightLater = l.of(later, Kind.LIGHT);
    assertEquals(null, MemberDates.firstSeenIfKnown(lightEarlier, lightLater), "the same millisecond");
    assertTrue(MemberDates.firstSeen(lightEarlier, lightLater) < 0, "by the exact dates, not the ids");
    assertEquals(1, e.reads, "each read once");
    assertEquals(1, l.reads, "each read once");
    // A member and itself (shown once for each key it shares): nothing to read.
    Stored again = new Stored(earlier);
    StoryMember light = again.of(earlier, Kind.LIGHT);
    assertEquals(0, MemberDates.firstSeen(light, light));
    assertEquals(0, again.reads);
    // A millisecond apart: known without reading.
    StoryMember next = new StoryMember("b-next", null, 1L, "T", "b", DAY, ingested.plusMillis(1), 0);
    Stored n = new Stored(next);
    assertEquals(-1, MemberDates.firstSeenIfKnown(new Stored(earlier).of(earlier, Kind.LIGHT), n.of(next, Kind.LIGHT)));
    assertEquals(0, n.reads);
  }

  private static final String RESERVES = "The Federal Reserve entered the government securities market to arrange "
      + "customer repurchase agreements, a Fed spokesman said. Dealers said federal funds were trading at 6-1/8 pct "
      + "when the Fed began its temporary and indirect supply of reserves to the banking system.";

  private static StoryMember member(String id, String title, String body, Instant at) {
    return new StoryMember(id, null, StoryRule.fingerprint(title, body), title, body, at, null, 0);
  }

  private static StoryMember copy(StoryMember m) {
    return new StoryMember(m.id, m.storyId, m.fingerprint, m.title(), m.body(), m.publishedAt(), m.ingestedAt(), m.seq);
  }
}
