package io.facetwire.extract;

import java.util.Collection;

/**
 * The steps before the language detector, in one pass over a sample's chars: its letters (up to {@link
 * LanguageIdentifier#MIN_LETTERS}), its words of four letters or more, its English function words and its
 * English wire words. Decides a text as {@link LanguageIdentifier#code} always did (letters first, then the
 * function words, then the word count, then function plus wire words), but reads the chars once, in place,
 * and stops as soon as the text is English: the old steps lower-cased a 600-char copy, counted its letters to
 * the end, then compared every short word with each list word of its length, about three fifths of the
 * language step's CPU on Reuters (the detector itself, on the few texts that reach it, the rest).
 *
 * <p>Each char is lower-cased alone, as {@code String.toLowerCase(Locale.ROOT)} lower-cases it in a text, except
 * where that depends on more than the char: a surrogate (a supplementary char is lower-cased as one code
 * point) and the dotted capital I (U+0130, which becomes two chars). A sample with one of those is {@link
 * Verdict#READ_AS_A_WHOLE}: lower-cased as a whole and read the old way. (The capital sigma's lower case
 * depends on its neighbours too, but is a non-ASCII letter either way, which is all this reads.)
 * EnglishCuesTest holds both sides to it. Stateless, thread-safe.
 */
final class EnglishCues {

  /** What the first steps make of a sample. */
  enum Verdict { ENGLISH, UNKNOWN, DETECT, READ_AS_A_WHOLE }

  /** Per Latin-1 char: its lower case as {@code LanguageIdentifier.Sample} gives it. */
  private static final char[] LOWER = new char[256];
  /** Per Latin-1 char: its lower case is a letter ({@code Character.isLetter}). */
  private static final boolean[] LETTER = new boolean[256];

  static {
    for (int c = 0; c < 256; c++) {
      char lower = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : (char) c) : Character.toLowerCase((char) c);
      LOWER[c] = lower;
      LETTER[c] = Character.isLetter(lower);
    }
  }

  private final ShortWords functionWords;
  private final ShortWords wireWords;
  /** The lengths of word each list is asked for: function words 2 to 5 letters, wire words 3 and more. */
  private static final int ENGLISH_MIN = 2;
  private static final int ENGLISH_MAX = 5;
  private static final int WIRE_MIN = 3;

  /** {@code englishWords}: English function words; {@code wireWords}: English wire words; ASCII lower case. */
  EnglishCues(Collection<String> englishWords, Collection<String> wireWords) {
    this.functionWords = new ShortWords(englishWords);
    this.wireWords = new ShortWords(wireWords);
  }

  /** A char beyond Latin-1, other than those read as a whole, in lower case as it is in a lower-cased text. */
  static char lower(char c) {
    return c <= 0xFF ? LOWER[c] : Character.toLowerCase(c);
  }

  /** Whether {@code c} is lower-cased with more than itself in view (then the sample is read as a whole). */
  static boolean readAsAWhole(char c) {
    return c == '\u0130' || Character.isSurrogate(c);
  }

  Verdict of(LanguageIdentifier.Sample sample) {
    Scan s = new Scan();
    if (!s.read(sample.title(), sample.titleChars()) || !s.separator(sample.bodyStart() - sample.titleChars())
        || !s.read(sample.body(), sample.length() - sample.bodyStart())) {
      // Stopped early: English decided (four function words, enough letters), or a char to read as a whole.
      return s.special ? Verdict.READ_AS_A_WHOLE : Verdict.ENGLISH;
    }
    s.endWord();
    if (s.letters < LanguageIdentifier.MIN_LETTERS) {
      return Verdict.UNKNOWN;
    }
    if (s.english >= LanguageIdentifier.ENGLISH_WORDS_ENOUGH) {
      return Verdict.ENGLISH;
    }
    if (s.words < LanguageIdentifier.MIN_WORDS) {
      return Verdict.UNKNOWN;
    }
    return s.english + s.wire >= LanguageIdentifier.ENGLISH_WORDS_ENOUGH ? Verdict.ENGLISH : Verdict.DETECT;
  }

  /** The state of one pass; {@link #read} returns false to stop: English decided, or a char to read as a whole. */
  private final class Scan {
    int letters;
    int words;
    int english;
    int wire;
    /** A char met whose lower case is not one char of its own (see the class comment). */
    boolean special;
    /** Letters of the current word so far (0: between words); its ASCII letters packed, or -1 if it has others. */
    int length;
    long key;
    /** The function words already make it English: only the letters are still counted. */
    boolean lettersOnly;

    boolean read(String s, int to) {
      for (int i = 0; i < to; i++) {
        char c = s.charAt(i);
        char lower;
        boolean letter;
        if (c <= 0xFF) {
          lower = LOWER[c];
          letter = LETTER[c];
        } else if (readAsAWhole(c)) {
          special = true;
          return false;
        } else {
          lower = lower(c);
          letter = Character.isLetter(lower);
        }
        if (letter) {
          letters++;
          if (lettersOnly) {
            if (letters >= LanguageIdentifier.MIN_LETTERS) {
              return false;
            }
            continue;
          }
          length++;
          key = ShortWords.append(key, lower, length);
        } else if (length > 0 && !lettersOnly) {
          endWord();
          if (lettersOnly && letters >= LanguageIdentifier.MIN_LETTERS) {
            return false;
          }
        }
      }
      return true;
    }

    /** The ". " between headline and body: {@code chars} non-letters (0 or 2). */
    boolean separator(int chars) {
      if (chars > 0 && length > 0 && !lettersOnly) {
        endWord();
        return !(lettersOnly && letters >= LanguageIdentifier.MIN_LETTERS);
      }
      return true;
    }

    void endWord() {
      if (length == 0 || lettersOnly) {
        return;
      }
      if (length >= 4) {
        words++;
      }
      if (length >= ENGLISH_MIN && length <= ENGLISH_MAX && key >= 0 && functionWords.contains(key)
          && ++english >= LanguageIdentifier.ENGLISH_WORDS_ENOUGH) {
        lettersOnly = true; // English once the letters are enough: no more word counts are needed
        return;
      }
      if (length >= WIRE_MIN && key >= 0 && wireWords.contains(key)) {
        wire++;
      }
      length = 0;
      key = 0;
    }
  }
}
