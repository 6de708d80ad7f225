package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The topic matcher rules out a term's next word by its first letter before stemming the token (session 17): that is
 * exact only while a stem keeps its word's first letter. Checked on the endings the stemmer cuts or turns, on short
 * words, and on 20,000 random words built from those endings. Since session 26 it rules the word out unless the
 * term's word is a prefix of it, but for a final "y" ({@code TermMatches.mayStemTo}): exact only while every
 * stem is so, checked on the same words.
 */
class StemFirstLetterTest {

  private static final String[] ENDINGS = {"", "s", "es", "ies", "sses", "ss", "us", "is", "ation", "ations", "ating",
      "ated", "ate", "ates", "ing", "ings", "ed", "eed", "e", "ee", "y", "nning", "lled", "ied"};

  @Test
  void aStemStartsWithItsWordsFirstLetter() {
    String[] words = {"a", "in", "ies", "ties", "dies", "lies", "sses", "ates", "eds", "ing", "ings", "retaliation",
        "retaliatory", "acquire", "acquiring", "acquisitions", "\u00e9tats", "\u00fcber", "x", "yes", "ss", "s"};
    for (String w : words) {
      check(w);
    }
    Random random = new Random(17);
    String letters = "abeilnorstuy\u00e9";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder w = new StringBuilder();
      for (int k = random.nextInt(5); k >= 0; k--) {
        w.append(letters.charAt(random.nextInt(letters.length())));
      }
      w.append(ENDINGS[random.nextInt(ENDINGS.length)]);
      check(w.toString());
    }
  }

  private static void check(String word) {
    String stem = LightStemmer.stem(word);
    assertFalse(stem.isEmpty(), word);
    assertEquals(word.charAt(0), stem.charAt(0), word + " -> " + stem);
    assertTrue(TermMatches.mayStemTo(word, stem), word + " -> " + stem);
  }

  /** The shortcut changes no match: a two-word term still matches its second word in every form, and only it. */
  @Test
  void aTwoWordTermStillMatchesItsSecondWordInEveryForm() {
    String defs = "threshold = 1\nmentions = 1\nshare = 0\ntitle = 1\nlead = 1\n[reprisals]\n1 \"in retaliation\"\n";
    FacetExtractor fx = FacetExtractor.withDefinitions(defs, "test.txt");
    for (String text : new String[] {"They struck in retaliation.", "Strikes came in retaliations.",
        "It came in retaliating."}) {
      assertEquals(java.util.List.of("reprisals"), fx.extract(null, text).values(io.facetwire.facet.Facet.TOPIC), text);
    }
    for (String text : new String[] {"They struck in return.", "Strikes came in Tehran.", "It came in."}) {
      assertEquals(java.util.List.of(), fx.extract(null, text).values(io.facetwire.facet.Facet.TOPIC), text);
    }
  }
}
