package io.facetwire.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lines opened by a label and a colon whose names are no persons the story is about: a picture's credit and a match's
 * or a court's data line. Split out of {@link CreditLines} in session 45, which marks the other credits (reporters,
 * bylines, contributors) the same way. Stateless.
 */
final class LabelledLines {

  private LabelledLines() {}

  /**
   * A picture's credit: "Photo: RNZ Pacific / Iolana Tuimavave", "Picture: Tahlia Crossman", "REUTERS/Arlette Bashizi"
   * (session 44, news39's development half: papers print a caption's credit in the text; Wikinews' "Image: Michael
   * Maggs."). The photographer's name is a credit's, as a reporter's is. A capitalised label word with a colon after it
   * ("Photo caption: ..." is the caption, prose about its persons); an agency's name with a slash; a data line's label
   * ({@link #DATA_WORDS}); a press release's contact ({@link #CONTACT_WORDS}). The capitalised words after it are
   * marked, up to the first lower-case word or the next sentence.
   */
  static boolean[] mark(Tokens t, boolean[] marked) {
    for (int i = t.titleEnd; i + 1 < t.size; i++) {
      if (!t.has(i, Tokens.CAP)) {
        continue; // flags first, as in CreditLines.mark
      }
      if (!t.has(i + 1, Tokens.CAP)) {
        if (!contactInSentenceCase(t, i)) {
          continue;
        }
        i++; // "Media contact:" with its label word in lower case
      }
      Label kind = LABELS.get(t.lower[i]); // one look-up for every kind of label
      boolean contact = kind == Label.CONTACT && !t.has(i + 1, Tokens.BRACKET_BEFORE);
      boolean label = contact || kind == Label.PHOTO
          || kind == Label.DATA && t.has(i, Tokens.BREAK_BEFORE); // "Referee: Michael Oliver"
      if (t.has(i + 1, Tokens.SENT_START) && !label) {
        continue; // a colon starts a sentence too: "Photo: RNZ Pacific / Iolana Tuimavave"
      }
      boolean labelled = label
          && (contact || t.has(i + 1, Tokens.BREAK_BEFORE) && !t.has(i + 1, Tokens.BRACKET_BEFORE));
      boolean byAgency = t.has(i + 1, Tokens.SLASH_BEFORE) && AGENCIES.contains(t.lower[i]);
      if (!labelled && !byAgency) {
        continue;
      }
      if (marked == null) {
        marked = new boolean[t.size];
      }
      int k = i + 1;
      int from = k;
      while (contact && from > 0 && t.has(from - 1, Tokens.CAP) && !t.has(from, Tokens.BREAK_BEFORE)) {
        from--; // "Rocket Lab Media Contact Murielle Baker": the line's capitals run on into the name
      }
      while (k < t.size && t.has(k, Tokens.CAP) && (k == i + 1 || !t.has(k, Tokens.SENT_START))) {
        if (t.has(k, Tokens.SLASH_BEFORE)) {
          if (AGENCIES.contains(t.lower[k])) {
            break; // "Photo: Ozan Kose/AFP": the photographer before the agency (session 48, news43)
          }
          from = k; // "RNZ Pacific / Iolana Tuimavave": the outlet before the slash is no name to read
        }
        k++;
      }
      for (int m = from; m < k; m++) {
        marked[m] = true;
      }
      t.steps += k - i;
      i = k - 1;
    }
    return marked;
  }

  /**
   * A match's or a court's data line: "Referee: Michael Oliver", "Presiding: U.S. District Judge Marguerite A. Kessler"
   * (session 45, news40's development half; LABELLING.md's news37 paragraph: a referee named only in a match report's
   * data block is not read); a regional paper's "Story:" credit (session 48). Only with a break before it (never
   * inside a run of capitals) and a colon after it.
   */
  private static final List<String> DATA_WORDS = List.of("referee", "referees", "umpire", "umpires", "presiding",
      "story", "text", "words"); // "Story: Kofi Yeboah-Mensah, Sefwi Wiawso" (news43's development half)

  /**
   * A press release's contact block: "Media Contact" and the name on the next line, then an address (session 48,
   * news43's development half). The contact speaks for the release, as a credit's writer does.
   */
  private static final List<String> CONTACT_WORDS = List.of("contact", "contacts");

  /**
   * "Media contact:" and a capitalised name after it: a release's contact label written in sentence case, its first
   * word opening the line (session 50, news45's development half).
   */
  private static boolean contactInSentenceCase(Tokens t, int i) {
    return i + 2 < t.size && t.has(i, Tokens.BREAK_BEFORE) && t.has(i + 2, Tokens.CAP)
        && CONTACT_OPENERS.contains(t.lower[i]) && LABELS.get(t.lower[i + 1]) == Label.CONTACT;
  }

  private static final Set<String> CONTACT_OPENERS = Lookups.setOf("media", "press", "investor", "investors");

  /** Not "Images": "... said Getty Images. John Smith, its ..." is prose after an agency's name. */
  private static final List<String> PHOTO_WORDS = List.of("photo", "photos", "picture", "pictures", "photograph",
      "photographs", "image", "photography");

  private static final Set<String> AGENCIES = Lookups.setOf("reuters", "afp", "ap", "epa", "getty", "xinhua",
      "anadolu", "aap", "bloomberg", "images", "photo");

  private enum Label { PHOTO, DATA, CONTACT }

  /** The three kinds of label word in one table: asked for every two capitalised words, nearly always a miss. */
  private static final Map<String, Label> LABELS = labels();

  private static Map<String, Label> labels() {
    Map<String, Label> m = new HashMap<>();
    PHOTO_WORDS.forEach(w -> m.put(w, Label.PHOTO));
    DATA_WORDS.forEach(w -> m.put(w, Label.DATA));
    CONTACT_WORDS.forEach(w -> m.put(w, Label.CONTACT));
    return Lookups.map(m);
  }
}
