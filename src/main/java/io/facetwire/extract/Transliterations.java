package io.facetwire.extract;

/**
 * One person under the transliterations of a Russian or Ukrainian name: a word's last "y", "iy", "yy" or "ii" reads
 * as "i", so "Zelensky", "Zelenskiy" and "Zelenskyy", "Sergey" and "Sergei", "Dmitry" and "Dmitri" are one key
 * (session 17). Used by the known persons' keys ({@link KnownPersons#key}) and by {@code eval}'s comparison of
 * persons, so the product and its scorer read one person alike. Both sides of a comparison are folded, so an English
 * name ("Tony", "Kennedy") still meets its own spelling.
 */
public final class Transliterations {

  private Transliterations() {
  }

  /**
   * The lower-case text with the ending of every word of five letters or more folded: "Ky." (Kentucky) is not
   * "Kyi" (Aung San Suu Kyi).
   */
  public static String foldEndings(String w) {
    StringBuilder sb = null;
    int n = w.length();
    int wordStart = 0;
    for (int k = 0; k < n; k++) {
      char c = w.charAt(k);
      if (!Character.isLetter(c)) {
        wordStart = k + 1;
      }
      boolean ending = (c == 'y' || c == 'i') && k - wordStart >= 3 && Character.isLetter(w.charAt(k - 1))
          && (k + 1 == n || !Character.isLetter(w.charAt(k + 1)) || (w.charAt(k + 1) == 'y' || w.charAt(k + 1) == 'i')
              && (k + 2 == n || !Character.isLetter(w.charAt(k + 2))));
      if (ending) {
        if (sb == null) {
          sb = new StringBuilder(n).append(w, 0, k);
        }
        sb.append('i');
        if (k + 1 < n && (w.charAt(k + 1) == 'y' || w.charAt(k + 1) == 'i')) {
          k++; // "iy", "yy", "ii": one "i"
        }
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? w : sb.toString();
  }
}
