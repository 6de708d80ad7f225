package io.facetwire.extract;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The one way extraction and evaluation drop accents: canonical decomposition (NFD), then every combining mark
 * removed ("Erdoğan" -> "Erdogan", "Müller" -> "Muller"); case is left to the caller. Used by
 * {@code KnownPersons.key}, {@code OrganisationIdentity.key} and the evaluation's {@code Values.key}, so an
 * extracted name and a labelled one fold alike. (The search's {@code AccentClasses} folds differently on
 * purpose: see there.) Stateless, thread-safe.
 */
public final class AccentFolding {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private AccentFolding() {}

  /**
   * {@code s} without combining marks, and the letters no decomposition splits written as their base letters ("Mirosław"
   * -> "Miroslaw", "Đoković" -> "Dokovic", "Søren" -> "Soren"; session 43, news38's Polish astronauts); text with no
   * character above ASCII is returned as it is (most names).
   */
  public static String withoutMarks(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return withBaseLetters(MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll(""));
      }
    }
    return s;
  }

  private static final String LETTERS = "łŁđĐøØıħĦŧŦ";
  private static final String BASES = "lLdDoOihHtT";

  private static String withBaseLetters(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      int at = LETTERS.indexOf(s.charAt(i));
      if (at >= 0) {
        if (out == null) {
          out = new StringBuilder(s);
        }
        out.setCharAt(i, BASES.charAt(at));
      }
    }
    return out == null ? s : out.toString();
  }
}
