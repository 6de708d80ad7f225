package io.facetwire.search;

import io.facetwire.TextChars;

/**
 * What a user typed to find facet values by the start of one of their words ("put" finds "Vladimir
 * Putin", "muller" finds "Müller"), as the {@code include} pattern of a terms aggregation plus a check
 * in Java.
 *
 * <p>Elasticsearch turns the pattern into a deterministic automaton and refuses one that would take
 * more than 10,000 steps to build (the terms aggregation then fails as a whole). "Any word starts with"
 * needs a leading {@code (.*[^a-zA-Z0-9])?}, and with it a typed text that repeats itself
 * ("aaaaaaaaaaaa", 12 letters) already passes that limit. So only the first {@link #PATTERN_CHARS}
 * characters go into the pattern — every text of that length stays far below the limit — and values
 * that match them but not the whole text are dropped by {@link #matches}.
 */
public final class WordPrefix {

  /** Characters of the typed text that go into Elasticsearch's pattern; 11 repeated letters still pass. */
  static final int PATTERN_CHARS = 8;

  /** Longer typed texts are cut: no facet value needs more to be found. */
  static final int MAX_CHARS = 50;

  private final String folded;
  private final String pattern;

  private WordPrefix(String text) {
    this.folded = AccentClasses.foldText(text);
    String head = TextChars.atMost(text, PATTERN_CHARS); // never half of a surrogate pair
    // Accents fold both ways: "muller" and "müller" find "Müller". Every character of the user's text
    // is escaped or turned into a class, so the text can only ever match literally.
    this.pattern = "(.*[^a-zA-Z0-9])?" + AccentClasses.literal(head) + ".*";
  }

  /** The typed text, or null when there is nothing to filter by. */
  public static WordPrefix of(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    String text = TextChars.atMost(typed.strip(), MAX_CHARS);
    return text.isEmpty() ? null : new WordPrefix(text);
  }

  /** The Lucene regular expression for the aggregation's {@code include}. */
  public String pattern() {
    return pattern;
  }

  /** True when Elasticsearch's pattern alone decides, so every value it returns matches. */
  public boolean patternIsExact() {
    return folded.length() <= PATTERN_CHARS;
  }

  /** Whether a word of {@code value} starts with the whole typed text, in any case and accents. */
  public boolean matches(String value) {
    String v = AccentClasses.foldText(value);
    int from = 0;
    while (true) {
      int at = v.indexOf(folded, from);
      if (at < 0) {
        return false;
      }
      if (at == 0 || !isAsciiLetterOrDigit(v.charAt(at - 1))) {
        return true;
      }
      from = at + 1;
    }
  }

  // As the pattern's [^a-zA-Z0-9], on the folded value.
  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
