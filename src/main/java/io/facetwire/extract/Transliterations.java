package io.facetwire.extract;

/**
 * One person under the transliterations of a Russian or Ukrainian name: a word's last "y", "iy", "yy" or "ii" reads
 * as "i", so "Zelensky", "Zelenskiy" and "Zelenskyy", "Sergey" and "Sergei", "Dmitry" and "Dmitri" are one key
 * (session 17). Used by the known persons' keys ({@link KnownPersons#key}) and by {@code eval}'s comparison of
 * persons, so the product and its scorer read one person alike: one rule, here. Both sides of a comparison are
 * folded, so an English name ("Kennedy") still meets its own spelling.
 *
 * <p>Only words of {@link #MIN_LETTERS} letters or more are folded (session 18, a review's mend): the endings of
 * short names are names of their own, not spellings of one name ("Li" and "Lee", "Ky." and "Kyi", "Tony" and "Toni",
 * "Andy" and "Andi" are different people), while a longer word's ending is the transliteration's ("Terry" and
 * "Terri" may meet; "Dmitry" and "Dmitri" must).
 */
public final class Transliterations {

  /** The shortest word whose ending is folded. */
  static final int MIN_LETTERS = 5;

  private Transliterations() {
  }

  /** The lower-case text with the ending of every word of {@link #MIN_LETTERS} letters or more folded. */
  public static String foldEndings(String w) {
    StringBuilder sb = null;
    int n = w.length();
    int k = 0;
    while (k < n) {
      if (!Character.isLetter(w.charAt(k))) {
        if (sb != null) {
          sb.append(w.charAt(k));
        }
        k++;
        continue;
      }
      int start = k;
      while (k < n && Character.isLetter(w.charAt(k))) {
        k++;
      }
      int ending = endingLength(w, start, k);
      if (ending > 0) {
        if (sb == null) {
          sb = new StringBuilder(n).append(w, 0, start);
        }
        sb.append(w, start, k - ending).append('i');
      } else if (sb != null) {
        sb.append(w, start, k);
      }
    }
    return sb == null ? w : sb.toString();
  }

  /**
   * How many letters of the word from {@code start} to {@code end} (exclusive) are its transliterated ending: 2 for
   * "iy", "yy", "ii"; 1 for a last "y" or "i"; 0 for none or a word shorter than {@link #MIN_LETTERS}.
   */
  private static int endingLength(String w, int start, int end) {
    if (end - start < MIN_LETTERS || !isYi(w.charAt(end - 1))) {
      return 0;
    }
    return isYi(w.charAt(end - 2)) ? 2 : 1;
  }

  private static boolean isYi(char c) {
    return c == 'y' || c == 'i';
  }
}
