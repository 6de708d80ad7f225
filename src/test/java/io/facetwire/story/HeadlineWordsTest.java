package io.facetwire.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stored values of {@code near_dup_words} read back as exactly what the rule compares of a headline: its words and
 * its correction mark as {@link StoryMember} works them out from the headline; anything else reads as nothing (the
 * candidate's headline is then read by id).
 */
class HeadlineWordsTest {

  @Test
  void readBackTheyAreWhatTheRuleComparesOfTheHeadline() throws Exception {
    List<String> titles = new ArrayList<>(List.of("", "CORRECTED - ", "CORRECTED - BANKAMERICA NEGOTIATING UNITS SALE",
        "(CORRECTION) - HEINEKEN <HEIN.AS> 1986", "REPEAT: fed adds reserves", "UPDATE 2 - Ölpreis steigt, ÖL",
        "Talks \"in\" Moscow — Moscow talks", "İSTANBUL 𝐁OLD 1,000 <GM> <NOT CLOSED", "update - ", "a-b a_b 12.5"));
    if (StoryRuleLabelledPairsTest.PAIRS.isEmpty()) {
      StoryRuleLabelledPairsTest.load();
    }
    StoryRuleLabelledPairsTest.PAIRS.forEach(p -> {
      titles.add(p.a().title());
      titles.add(p.b().title());
    });
    titles.add(null);
    for (String title : titles) {
      StoryMember m = new StoryMember("x", null, 1L, title, "", null, null, 0);
      List<String> values = HeadlineWords.of(title);
      HeadlineWords.Read read = HeadlineWords.read(values, m.marked());
      assertNotNull(read, title + " -> " + values);
      assertEquals(m.titleWords(), read.words(), title);
      assertEquals(m.correction(), read.correction(), title);
      // As the node gives doc values back: a sorted set.
      assertEquals(read, HeadlineWords.read(new ArrayList<>(new java.util.TreeSet<>(values)), m.marked()), title);
    }
  }

  @Test
  void anythingElseReadsAsNothing() {
    assertNull(HeadlineWords.read(null, false));
    assertNull(HeadlineWords.read(List.of(), false));
    assertNull(HeadlineWords.read(List.of("c:0", "n:1", "cocoa"), false), "no scheme");
    assertNull(HeadlineWords.read(List.of("s:2", "c:0", "n:1", "cocoa"), false), "another scheme");
    assertNull(HeadlineWords.read(List.of("s:1", "c:0", "n:2", "cocoa"), false), "a word lost");
    assertNull(HeadlineWords.read(List.of("s:1", "c:0", "cocoa"), false), "no count");
    assertNull(HeadlineWords.read(List.of("s:1", "c:0", "n:1", "n:2", "cocoa"), false), "two counts");
    assertNull(HeadlineWords.read(List.of("s:1", "c:0", "n:", "cocoa"), false), "an empty count");
    assertNull(HeadlineWords.read(List.of("s:1", "c:0", "n:99999", "cocoa"), false), "a count out of range");
    assertNull(HeadlineWords.read(List.of("s:1", "n:1", "cocoa"), false), "no correction mark");
    assertNull(HeadlineWords.read(List.of("s:1", "c:0", "c:1", "n:1", "cocoa"), true), "two correction marks");
    assertNull(HeadlineWords.read(List.of("s:1", "c:1", "n:1", "cocoa"), false), "a correction unmarked");
    assertNull(HeadlineWords.read(List.of("s:1", "c:0", "n:1", "Co coa"), false), "not a word");
    assertNull(HeadlineWords.read(List.of("s:1", "c:0", "n:1", "x:y"), false), "an unknown value");
    assertEquals(new HeadlineWords.Read(java.util.Set.of("cocoa"), true),
        HeadlineWords.read(List.of("s:1", "c:1", "n:1", "cocoa"), true));
  }

  @Test
  void headlinesTooLongToStoreAreNotStored() {
    assertEquals(List.of(), HeadlineWords.of("NEW " + "X".repeat(HeadlineWords.MAX_WORD_CHARS + 1)));
    StringBuilder many = new StringBuilder();
    for (int i = 0; i <= HeadlineWords.MAX_WORDS; i++) {
      many.append("w").append(i).append(' ');
    }
    assertEquals(List.of(), HeadlineWords.of(many.toString()));
    assertEquals(HeadlineWords.MAX_WORDS + 3, HeadlineWords.of(many.substring(0, many.lastIndexOf("w"))).size());
  }
}
