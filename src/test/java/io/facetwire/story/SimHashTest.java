package io.facetwire.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.article.Article;
import io.facetwire.sources.FeedFixtures;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimHashTest {

  static final List<Article> WIKI = FeedFixtures.wikinews();

  @Test
  void aSyndicatedCopyIsNearAndOtherStoriesAreNot() {
    Article a = WIKI.get(0);
    long original = SimHash.of(a.body());
    assertEquals(0, SimHash.distance(original, SimHash.of(a.body())));
    // The same wire story in another outlet: its own dateline line and a credit line at the end.
    long copy = SimHash.of("MAGNITOGORSK (Wire) - " + a.body() + "\nReporting by staff; editing by the desk.");
    assertTrue(SimHash.near(original, copy), "distance " + SimHash.distance(original, copy));
    int nearOthers = 0;
    for (Article other : WIKI.subList(1, 100)) {
      nearOthers += SimHash.near(original, SimHash.of(other.body())) ? 1 : 0;
    }
    assertEquals(0, nearOthers);
  }

  @Test
  void nearFingerprintsShareABand() {
    long x = SimHash.of(WIKI.get(5).body());
    long y = x ^ (1L << 3) ^ (1L << 20) ^ (1L << 40); // three bits apart, in three different bands
    assertTrue(SimHash.near(x, y));
    List<String> bx = Arrays.asList(SimHash.bands(x));
    assertTrue(Arrays.stream(SimHash.bands(y)).anyMatch(bx::contains));
    long far = ~x;
    assertFalse(Arrays.stream(SimHash.bands(far)).anyMatch(bx::contains));
  }

  /**
   * Stored articles carry their fingerprint ({@code near_dup}'s "f:" key) and are found by its blocks:
   * counting bits eight at a time must give exactly the fingerprint of the plain count, one bit at a time,
   * for every length (the lanes are emptied every 255 shingles) and for headline and body read together.
   */
  @Test
  void countingEightBitsAtATimeGivesThePlainCountsFingerprint() {
    for (Article a : WIKI) {
      assertEquals(plainCount(a.title(), a.body()), SimHash.of(a.title(), a.body()), a.id());
    }
    String[] words = WIKI.get(7).body().split("\\s+");
    for (int n : new int[] {0, 1, 2, 3, 4, 254, 255, 256, 257, 258, 509, 510, 511, 512, 513, 766, 767, 2000}) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < n; i++) {
        text.append(words[i % words.length]).append(i % 7 == 0 ? "-" + i : "").append(' ');
      }
      assertEquals(plainCount(text.toString(), null), SimHash.of(text.toString()), n + " words");
      assertEquals(plainCount("Headline", text.toString()), SimHash.of("Headline", text.toString()), n + " words");
    }
  }

  /**
   * The fingerprint reads each char through one table ({@code LOWER_WORD_CHAR}): for all 65,536 chars it
   * must say what {@code Character.isLetterOrDigit} and {@code Character.toLowerCase} say, and texts
   * beyond ASCII (accents, Greek, Turkish dotted I, Arabic-Indic digits, a surrogate pair) and longer
   * than the buffer a thread keeps must give the plain count's fingerprint.
   */
  @Test
  void theCharTableAndTheBufferGiveThePlainCountsFingerprint() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      char expected = Character.isLetterOrDigit(ch) ? Character.toLowerCase(ch) : 0;
      assertEquals(expected, SimHash.LOWER_WORD_CHAR[c], "char " + Integer.toHexString(c));
    }
    String mixed = "Ünïcödé NEWS: Ελληνικά ΝΈΑ and İSTANBUL ÇAĞ \u0663\u0664 digits, \uD835\uDC00 math É-É. ";
    StringBuilder longText = new StringBuilder();
    while (longText.length() < 300_000) {
      longText.append(mixed).append(longText.length()).append(' ');
    }
    for (String text : List.of(mixed, mixed.repeat(40), longText.toString())) {
      assertEquals(plainCount("TITLE İ", text), SimHash.of("TITLE İ", text), text.length() + " chars");
    }
    // After a long text the thread's buffer is the kept one again: a short text still hashes right.
    assertEquals(plainCount(mixed, null), SimHash.of(mixed));
  }

  /** The fingerprint as first written: a signed weight per bit, one bit at a time. */
  private static long plainCount(String first, String second) {
    List<Long> hashes = new java.util.ArrayList<>();
    List<String> seen = new java.util.ArrayList<>();
    for (String text : new String[] {first, second}) {
      if (text == null) {
        continue;
      }
      // Words: runs of letters and digits, one char at a time as the fingerprint reads them.
      List<String> textWords = new java.util.ArrayList<>();
      StringBuilder word = new StringBuilder();
      for (int i = 0; i <= text.length(); i++) {
        if (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
          word.append(text.charAt(i));
        } else if (word.length() > 0) {
          textWords.add(word.toString());
          word.setLength(0);
        }
      }
      for (String w : textWords) {
        seen.add(w);
        if (seen.size() >= SimHash.SHINGLE) {
          long h = 0xcbf29ce484222325L;
          for (String s : seen.subList(seen.size() - SimHash.SHINGLE, seen.size())) {
            h = plainFnv(h, s);
            h = (h ^ ' ') * 0x100000001b3L;
          }
          hashes.add(mix(h));
        }
      }
    }
    if (!seen.isEmpty() && seen.size() < SimHash.SHINGLE) {
      long h = 0xcbf29ce484222325L;
      for (String s : seen) {
        h = plainFnv(h, s);
      }
      hashes.add(mix(h));
    }
    int[] weights = new int[64];
    for (long h : hashes) {
      for (int bit = 0; bit < 64; bit++) {
        weights[bit] += (int) ((h >>> bit) & 1) * 2 - 1;
      }
    }
    long out = 0;
    for (int bit = 0; bit < 64; bit++) {
      if (weights[bit] > 0) {
        out |= 1L << bit;
      }
    }
    return out;
  }

  private static long plainFnv(long h, String word) {
    for (int i = 0; i < word.length(); i++) {
      h = (h ^ Character.toLowerCase(word.charAt(i))) * 0x100000001b3L;
    }
    return h;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
