package io.facetwire.extract;

import java.util.Arrays;

/**
 * The tokens of one article, as parallel arrays rather than one object per token: extraction runs
 * on every imported article, so the per-article garbage is kept to a few arrays and the token strings.
 * Not thread-safe; each {@link FacetExtractor#extract} call makes its own.
 */
final class Tokens {

  /** First character is upper case (or the text around is all capitals, see {@link #SHOUT}). */
  static final int CAP = 1;
  /** Every letter upper case ("US", "NATO"), single capital letters included. */
  static final int ALL_CAPS = 1 << 1;
  /** First token of a sentence: its capital letter says nothing about it being a name. */
  static final int SENT_START = 1 << 2;
  /** Punctuation (comma, full stop, quote, bracket, ...) separates this token from the previous one. */
  static final int BREAK_BEFORE = 1 << 3;
  /** The token was followed by 's or ' (removed from the text). */
  static final int POSSESSIVE = 1 << 4;
  /** An abbreviation written with dots ("U.S."), dots removed from the text. */
  static final int DOTTED = 1 << 5;
  /** Joined to the previous token by a hyphen ("anti-Russian"). */
  static final int HYPHEN_BEFORE = 1 << 6;
  /** Contains a digit. */
  static final int DIGIT = 1 << 7;
  /** Part of a text written in capitals (wire headlines, datelines): case carries no signal there. */
  static final int SHOUT = 1 << 8;
  /** Part of a wire dateline ("TOKYO, March 3 - "): names the place the story was filed from. */
  static final int DATELINE = 1 << 9;
  /** Joined to the previous token by "&" alone ("Marks & Spencer", "P&O"); also a {@link #BREAK_BEFORE}. */
  static final int AMPERSAND_BEFORE = 1 << 10;
  /** An opening bracket comes right before this token ("Nikko Securities Co (Europe) Ltd"); also a {@link #BREAK_BEFORE}. */
  static final int BRACKET_BEFORE = 1 << 11;
  /** A currency sign is glued right after this token ("US$22,900", "A$40"): the token names a currency. */
  static final int CURRENCY_SIGN_AFTER = 1 << 12;
  /**
   * Every char of the word is an ASCII lower-case letter, an ASCII digit or an inner apostrophe: the word is its own
   * lower case and has no capital anywhere, which the tokenizer knows from the chars it has just read. Rules that
   * look for a capital inside a lower-case word ({@link OrganisationExtractor#isCamelCased(Tokens, int)}) skip the
   * scan of the word's chars for such a token (most tokens of a story).
   */
  static final int PLAIN_LOWER = 1 << 13;
  /**
   * An angle bracket opens right before this token: the wire's mark of a company ("&lt;CAT&gt;", "&lt;Sharon Steel
   * Corp&gt;"); also a {@link #BREAK_BEFORE}.
   */
  static final int MARK_BEFORE = 1 << 14;
  /**
   * Inside the wire's angle brackets, first word included: a company's name ("&lt;British and Commonwealth Holdings
   * PLC&gt;", "&lt;European Sugar (France)&gt;") or a ticker ("&lt;BAEL.L&gt;"), whose words name no place; not
   * after a comma in it, where the wire gives the firm's place ("&lt;Morgan Guaranty Ltd, Hong Kong&gt;").
   */
  static final int IN_MARK = 1 << 15;
  /** A quotation mark stands right before this token (also a {@link #BREAK_BEFORE}): a quote or a nickname opens. */
  static final int QUOTE_BEFORE = 1 << 16;
  /**
   * A single capital letter written with a full stop after it ("A. Dale Mayo", "George W. Bush"): an initial, even
   * where the letter is also the word "A" or "I" (session 38).
   */
  static final int DOT_AFTER = 1 << 17;
  /** A slash stands right before this token (also a {@link #BREAK_BEFORE}): "Malaysian/Singapore cents" (session 39). */
  static final int SLASH_BEFORE = 1 << 18;

  String[] text;
  String[] lower;
  int[] flags;
  int size;
  /** Tokens before this index come from the title. */
  int titleEnd;
  /**
   * The country mentions {@link CountryExtractor} accepted, as (start, end, country) triples: topic
   * definitions use them as {@code <country>} (a relation such as "two countries acting together").
   */
  int[] countryMentions = NO_MENTIONS;
  int countryMentionCount;
  /** The country of the wire dateline's place ("TOKYO, March 3 -"), or -1: not a country of the facet. */
  int datelineCountry = -1;
  /** True once {@link CountryExtractor} has filled {@link #countryMentions}. */
  boolean countriesFound;

  private static final int[] NO_MENTIONS = new int[0];

  /**
   * Units of work the extractors did on these tokens (one per loop step over tokens, candidates or
   * names): tests compare it across text sizes to prove extraction linear without timing anything.
   */
  long steps;

  Tokens() {
    this(64);
  }

  /** Room for {@code capacity} tokens before the arrays grow. */
  Tokens(int capacity) {
    int n = Math.max(capacity, 8);
    text = new String[n];
    lower = new String[n];
    flags = new int[n];
  }

  /**
   * Room for the tokens of a text of this many characters: news prose averages about six characters
   * a word with its space, so growing the arrays (twice for a typical story) is rarely needed.
   */
  static Tokens forChars(int chars) {
    return new Tokens(chars / 5 + 16);
  }

  /** Adds a token; {@code lower} is {@code surface} in lower case (Locale.ROOT). */
  void add(String surface, String lower, int flag) {
    if (size == text.length) {
      int n = size * 2;
      text = Arrays.copyOf(text, n);
      this.lower = Arrays.copyOf(this.lower, n);
      flags = Arrays.copyOf(flags, n);
    }
    text[size] = surface;
    this.lower[size] = lower;
    flags[size] = flag;
    size++;
  }

  void addCountryMention(int start, int end, int country) {
    int at = countryMentionCount * 3;
    if (at + 3 > countryMentions.length) {
      countryMentions = Arrays.copyOf(countryMentions, Math.max(12, countryMentions.length * 2));
    }
    countryMentions[at] = start;
    countryMentions[at + 1] = end;
    countryMentions[at + 2] = country;
    countryMentionCount++;
  }

  boolean has(int i, int flag) {
    return (flags[i] & flag) != 0;
  }

  /** True if token i looks capitalised, or case is meaningless because the text is shouted. */
  boolean capitalised(int i) {
    return (flags[i] & (CAP | SHOUT)) != 0;
  }
}
