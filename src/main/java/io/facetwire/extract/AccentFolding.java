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

  /** {@code s} without combining marks; text with no character above ASCII is returned as it is (most names). */
  public static String withoutMarks(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
      }
    }
    return s;
  }
}
