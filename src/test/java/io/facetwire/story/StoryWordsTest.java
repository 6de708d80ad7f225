package io.facetwire.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.article.Article;
import io.facetwire.sources.FeedFixtures;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Story grouping reads words without regular expressions ({@link StoryRule#withoutTags},
 * {@link StoryRule#addWords}): they must give the words the two patterns gave — tags made spaces, then a
 * split on {@code [^\p{L}\p{Nd}]+} — for headline keys, word sets and opening words, or story ids change.
 */
class StoryWordsTest {

  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");

  private static final List<String> TRICKY = List.of("", " ", "<GM>", "<", ">", "<<a>b>", "a<b", "a>b<c",
      "GENERAL MOTORS <GM> 1ST QTR NET", "CORRECTED - BANKAMERICA <BAC> NEGOTIATING UNITS SALE",
      "x<unclosed tag and more words", "two <A> tags <B> here", "<A><B>adjacent</B>", "Ünïcödé Ελληνικά ΟΔΟΣ ΝΈΑ",
      "İSTANBUL ÇAĞ \u0663\u0664 digits \uD835\uDC00 math \uD800 lone surrogate", "don't stop—the dash’s end...",
      "  leading and trailing  ", "1,000,000 dlrs vs 2.5 pct", "tab\tand\nnew line");

  @Test
  void wordsAreThePatternsWords() {
    List<String> texts = new ArrayList<>(TRICKY);
    for (Article a : FeedFixtures.wikinews()) {
      texts.add(a.title());
      texts.add(a.body());
    }
    for (String text : texts) {
      assertEquals(patternWords(text), StoryWords.words(text), text);
      assertEquals(patternHeadlineKey(text), StoryRule.headlineKey(text), text);
      for (int n : new int[] {1, 3, StoryRule.CITED_OPENING_WORDS}) {
        assertEquals(patternFirstWords(text, n), StoryWords.firstWords(text, n), n + ": " + text);
      }
    }
  }

  private static Set<String> patternWords(String text) {
    Set<String> out = new HashSet<>();
    for (String w : NON_WORD.split(TAG.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static String patternHeadlineKey(String title) {
    String unmarked = StoryRule.withoutVersionMark(title);
    StringBuilder key = new StringBuilder();
    for (String w : NON_WORD.split(TAG.matcher(unmarked != null ? unmarked : title).replaceAll(" ").toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty()) {
        key.append(key.length() == 0 ? "" : " ").append(w);
      }
    }
    return key.toString();
  }

  private static Set<String> patternFirstWords(String text, int n) {
    Set<String> out = new HashSet<>();
    int taken = 0;
    for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty()) {
        out.add(w);
        if (++taken >= n) {
          break;
        }
      }
    }
    return out;
  }
}
