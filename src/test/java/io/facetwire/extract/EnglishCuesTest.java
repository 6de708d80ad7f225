package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The language step's one pass ({@link EnglishCues}) decides every sample as the steps it replaced did on the
 * sample lower-cased as a whole ({@link LanguageIdentifier#wholeSampleVerdict}), so no article's language can
 * move; and its char-by-char lower case is the one a lower-cased text has (no server).
 */
class EnglishCuesTest {

  @Test
  void eachCharIsLowerCasedAsInALowerCasedText() {
    int whole = 0;
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      String inText = ("a" + ch + "a").toLowerCase(Locale.ROOT);
      if (EnglishCues.readAsAWhole(ch)) {
        whole++;
        continue;
      }
      assertEquals(3, inText.length(), "char " + Integer.toHexString(c));
      assertEquals(inText.charAt(1), EnglishCues.lower(ch), "char " + Integer.toHexString(c));
    }
    assertEquals(0xE000 - 0xD800 + 1, whole, "the surrogates and the dotted capital I are read as a whole");
    assertEquals(2, "\u0130".toLowerCase(Locale.ROOT).length(), "U+0130 lower-cases to two chars");
    assertEquals('k', EnglishCues.lower('\u212A'), "the Kelvin sign is a k in a lower-cased text");
  }

  @Test
  void shortWordsHoldTheirWordsOnly() {
    ShortWords words = new ShortWords(List.of("the", "of", "quarter", "a"));
    for (String w : List.of("the", "of", "quarter", "a")) {
      assertTrue(words.contains(ShortWords.keyOf(w)), w);
    }
    for (String w : List.of("th", "thee", "he", "quarters", "b", "off", "fo")) {
      assertFalse(words.contains(ShortWords.keyOf(w)), w);
    }
    assertEquals(-1, ShortWords.keyOf("thé"));
    assertEquals(-1, ShortWords.keyOf("The"));
    assertEquals(-1, ShortWords.keyOf("abcdefghijklm"), "longer than a key holds");
    assertTrue(ShortWords.keyOf("abcdefghijkl") > 0);
    assertThrows(IllegalArgumentException.class, () -> new ShortWords(List.of("über")));
  }

  /** Hand-picked samples at each step's edge, then many random ones: both ways give the same verdict. */
  @Test
  void theOnePassDecidesAsTheWholeSample() {
    List<String[]> samples = new ArrayList<>();
    String letters79 = "abcdefghij".repeat(7) + "abcdefghi";
    samples.add(new String[] {null, letters79});
    samples.add(new String[] {null, letters79 + "z"});
    samples.add(new String[] {"The of and", "to " + letters79});
    samples.add(new String[] {"THE OF AND TO", "x"});
    samples.add(new String[] {"the of", "and to " + "x".repeat(80)});
    samples.add(new String[] {"The", "of and to it " + "wordy ".repeat(20)});
    samples.add(new String[] {"Shr 1.16 dlrs vs 1.15 dlrs", "Net 32.4 mln vs 33.5 mln Revs 629.0 mln qtr mths "
        + "Avg shrs 28.0 mln vs 28.0 mln Year Shr 3.73 dlrs vs 3.45 dlrs"});
    samples.add(new String[] {"T".repeat(598), "the of and to"});
    samples.add(new String[] {"the of and to ".repeat(50), "body never read"});
    samples.add(new String[] {"İSTANBUL'DA THE OF", "and to Türkiye'nin başkenti Ankara'dır " + "kelime ".repeat(20)});
    samples.add(new String[] {"ΣΟΣ the of", "and to \uD801\uDC00 " + "word ".repeat(30)});
    samples.add(new String[] {"\u212Aelvin", "the \u2019of\u2019 and\u2014to " + "ÿµßÀ ".repeat(30)});
    Random random = new Random(20261202L);
    String[] listed = listedWords();
    String[] others = otherPieces();
    for (int n = 0; n < 20_000; n++) {
      // From prose full of function words to tables with none: a share of listed words per sample.
      double share = random.nextInt(3) == 0 ? random.nextDouble() * 0.03 : random.nextDouble() * random.nextDouble() * 0.5;
      samples.add(new String[] {random.nextInt(10) == 0 ? null : text(random, listed, others, share, random.nextInt(12)),
          random.nextInt(20) == 0 ? null : text(random, listed, others, share, random.nextInt(160))});
    }
    int[] byVerdict = new int[EnglishCues.Verdict.values().length];
    for (String[] s : samples) {
      LanguageIdentifier.Sample sample = new LanguageIdentifier.Sample(s[0], s[1]);
      EnglishCues.Verdict onePass = LanguageIdentifier.CUES.of(sample);
      byVerdict[onePass.ordinal()]++;
      if (onePass != EnglishCues.Verdict.READ_AS_A_WHOLE) {
        assertEquals(LanguageIdentifier.wholeSampleVerdict(sample), onePass, s[0] + " | " + s[1]);
      }
    }
    for (EnglishCues.Verdict v : EnglishCues.Verdict.values()) {
      assertTrue(byVerdict[v.ordinal()] > 100, v + " is met often enough to be checked: " + byVerdict[v.ordinal()]);
    }
  }

  /** The words the steps count, in several cases. */
  private static String[] listedWords() {
    List<String> out = new ArrayList<>();
    for (String w : LanguageIdentifier.ENGLISH_WORDS) {
      out.add(w);
      out.add(w.toUpperCase(Locale.ROOT));
      out.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    for (String w : LanguageIdentifier.WIRE_WORDS) {
      out.add(w);
      out.add(w.toUpperCase(Locale.ROOT));
    }
    return out.toArray(String[]::new);
  }

  /** Other words, in several scripts, and what separates words. */
  private static String[] otherPieces() {
    List<String> out = new ArrayList<>();
    out.addAll(List.of("thee", "ofs", "th", "a", "in", "mln", "vs", "net", "1.16", "32,4", "word", "words", "prose",
        "Straße", "Über", "été", "ÇA", "Москва", "ΣΟΣ", "中国", "the\u0301", "İS", "\u212Aelvin", "\uD801\uDC00s",
        "dlrsx", "quarterly", "abcdefghijklmnop", "x"));
    out.addAll(List.of(" ", " ", " ", ", ", ". ", "\n", "-", "'", "\u2019", "\u2014", "  ", "(", "<DDS>"));
    return out.toArray(String[]::new);
  }

  private static String text(Random random, String[] listed, String[] others, double share, int count) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < count; k++) {
      String[] pieces = random.nextDouble() < share ? listed : others;
      b.append(pieces[random.nextInt(pieces.length)]);
      if (random.nextBoolean()) {
        b.append(' ');
      }
    }
    return b.toString();
  }
}
