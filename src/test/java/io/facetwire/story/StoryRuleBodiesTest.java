package io.facetwire.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which stored candidates' bodies the rule reads. The grouping searches candidates without their bodies and
 * fetches, before the rule runs, those that {@link StoryRule#decide} without any body read calls
 * {@link StoryRule.Decision#BODY_NOT_AT_HAND}: these must be exactly the pairs where the rule reads the candidate's
 * body, and the answer with a body read on demand must be the answer with every body at hand.
 */
class StoryRuleBodiesTest {

  private static final Instant DAY = Instant.parse("1987-03-02T10:00:00Z");
  static final List<StoryRuleLabelledPairsTest.Pair> PAIRS = new ArrayList<>();

  @BeforeAll
  static void load() throws Exception {
    if (StoryRuleLabelledPairsTest.PAIRS.isEmpty()) {
      StoryRuleLabelledPairsTest.load();
    }
    PAIRS.addAll(StoryRuleLabelledPairsTest.PAIRS);
  }

  /** A member's copy as a stored candidate searched without its body; counts the times its body is read. */
  static final class Stored implements StoryMember.BodySource {
    final String body;
    int reads;

    Stored(String body) {
      this.body = body;
    }

    @Override
    public String bodyOf(StoryMember member) {
      reads++;
      return body;
    }

    StoryMember of(StoryMember m, String title) {
      return StoryMember.withoutBody(m.id, m.storyId, m.fingerprint, title, m.publishedAt, m.ingestedAt, null, this);
    }
  }

  /** For {@code a} new and {@code b} stored: says whether the rule read b's body, after checking the two agree. */
  private static boolean readsStoredBody(StoryMember a, StoryMember b, String bTitle, String bBody) {
    boolean withBodies = StoryRule.sameStory(a, b);
    Stored asked = new Stored(bBody);
    StoryRule.Decision before = StoryRule.decide(a, asked.of(b, bTitle), false);
    assertEquals(0, asked.reads, "deciding without bodies read none");
    Stored read = new Stored(bBody);
    StoryMember candidate = read.of(b, bTitle);
    boolean said = StoryRule.sameStory(a, candidate);
    String pair = a.title + " ~ " + bTitle;
    assertEquals(withBodies, said, "the same answer with the body read on demand: " + pair);
    assertEquals(before == StoryRule.Decision.BODY_NOT_AT_HAND, read.reads > 0,
        "the body is read exactly when deciding without it said it is needed: " + pair + " (" + before + ")");
    if (before != StoryRule.Decision.BODY_NOT_AT_HAND) {
      assertEquals(withBodies, before == StoryRule.Decision.SAME, "decided without the body: " + pair);
    }
    assertTrue(read.reads <= 1, "read once at most: " + pair);
    return read.reads > 0;
  }

  @Test
  void onTheLabelledPairsTheBodiesNeededAreExactlyTheBodiesRead() {
    int read = 0;
    int notRead = 0;
    for (StoryRuleLabelledPairsTest.Pair p : PAIRS) {
      for (boolean bStored : new boolean[] {true, false}) {
        StoryMember a = bStored ? p.a() : p.b();
        StoryMember b = bStored ? p.b() : p.a();
        // Fresh members each time: words are worked out once per member.
        StoryMember newOne = copy(a);
        if (readsStoredBody(newOne, copy(b), b.title, b.body())) {
          read++;
        } else {
          notRead++;
        }
      }
    }
    // Both kinds are there (the marked and same-title strata read bodies; near fingerprints do not).
    assertTrue(read >= 20, "pairs reading the stored body: " + read);
    assertTrue(notRead >= 20, "pairs deciding without it: " + notRead);
  }

  @Test
  void copiesAndUnrelatedArticlesNeedNoStoredBody() {
    String body = StoriesEndToEndTest.CORRECTION_BEFORE;
    StoryMember original = member("o", "BANKAMERICA NEGOTIATING SALE OF UNITS", body, DAY.minusSeconds(86_400 * 3));
    assertFalse(readsStoredBody(member("copy", original.title, body, DAY), original, original.title, body),
        "a copy: fingerprints within the bits");
    assertFalse(readsStoredBody(member("other", "COCOA TALKS END", "Cocoa producers and consumers ended talks in "
        + "London without agreement on buffer stock rules, delegates said.", DAY), original, original.title, body),
        "unmarked, another headline");
    assertFalse(readsStoredBody(member("far", "CORRECTED - BANKAMERICA NEGOTIATING UNITS SALE",
        StoriesEndToEndTest.CORRECTION_AFTER, DAY.plusSeconds(86_400 * 10)), original, original.title, body),
        "marked, outside the window");
  }

  @Test
  void aCorrectedRepeatAResendAndACorrectionNoticeNeedTheStoredBody() {
    StoryMember original = member("o", "BANKAMERICA NEGOTIATING SALE OF UNITS", StoriesEndToEndTest.CORRECTION_BEFORE,
        DAY.minusSeconds(86_400 * 3));
    assertTrue(readsStoredBody(member("fix", "CORRECTED - BANKAMERICA NEGOTIATING UNITS SALE",
        StoriesEndToEndTest.CORRECTION_AFTER, DAY), original, original.title, original.body()), "a corrected repeat");
    assertTrue(StoryRule.sameStory(member("fix", "CORRECTED - BANKAMERICA NEGOTIATING UNITS SALE",
        StoriesEndToEndTest.CORRECTION_AFTER, DAY), original));

    StoryMember sent = member("r0", "FED ADDS RESERVES VIA CUSTOMER REPURCHASES", RESERVES, DAY);
    assertTrue(readsStoredBody(member("r1", "FED ADDS RESERVES VIA CUSTOMER REPURCHASES",
        "Updated. " + RESERVES.replace(" the ", " a ").replace(" and ", " & "), DAY.plusSeconds(86_400)), sent,
        sent.title, sent.body()), "the same headline a day later");

    // A stored correction notice: its opening words (its body) name the new article's headline.
    String notice = "In item headlined \"HEINEKEN N.V. 1986 YEAR PROFIT RISES\" please read net profit of 286 mln guilders,"
        + " not 268 mln.";
    StoryMember stored = member("n", "CORRECTION - HEINEKEN", notice, DAY);
    StoryMember item = member("i", "HEINEKEN N.V. 1986 YEAR PROFIT RISES", "Heineken N.V. said its net profit rose"
        + " to 286 mln guilders in 1986 from 248 mln a year earlier, on sales up eight pct.", DAY.plusSeconds(3_600));
    assertTrue(readsStoredBody(item, stored, stored.title, notice), "a stored correction notice's opening words");
    assertTrue(StoryRule.sameStory(member("i", item.title, item.body(), item.publishedAt), stored));
  }

  private static final String RESERVES = "The Federal Reserve entered the government securities market to arrange "
      + "customer repurchase agreements, a Fed spokesman said. Dealers said federal funds were trading at 6-1/8 pct "
      + "when the Fed began its temporary and indirect supply of reserves to the banking system.";

  private static StoryMember member(String id, String title, String body, Instant at) {
    return new StoryMember(id, null, StoryRule.fingerprint(title, body), title, body, at, null, 0);
  }

  private static StoryMember copy(StoryMember m) {
    return new StoryMember(m.id, m.storyId, m.fingerprint, m.title, m.body(), m.publishedAt, m.ingestedAt, m.seq);
  }
}
