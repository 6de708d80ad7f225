package io.facetwire.extract;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObject;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The language an article is written in, by optimaize language-detector (character n-gram profiles of
 * 71 languages, Apache-2.0). Thread-safe; the profiles are read once.
 *
 * <p>Only the headline and the start of the body are read ({@value #SAMPLE_CHARS} characters): a
 * language shows in a paragraph, and reading whole stories would cost more than all the other
 * extraction together. The detector samples n-grams at random, so its seed is fixed: the same text
 * always gets the same language (stored facets, and so content hashes, must not change on re-import).
 */
public final class LanguageIdentifier {

  /** The language of the rules in this package: gazetteers, name lists and topics are English. */
  public static final String ENGLISH = "en";
  static final int SAMPLE_CHARS = 600;
  /**
   * Below this many letters a guess is noise: a name, a number table, a one-line item ("Finance Minister
   * Kiichi Miyazawa said." reads as Japanese to the n-grams). Such texts count as unknown, and the
   * English rules run on them.
   */
  static final int MIN_LETTERS = 80;
  /** How sure the detector must be; below it the language is unknown. */
  private static final double MIN_PROBABILITY = 0.95;

  private final LanguageDetector detector;
  private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

  private LanguageIdentifier(LanguageDetector detector) {
    this.detector = detector;
  }

  /**
   * The one identifier of this JVM. Its n-gram table (71 languages, a probability per language for each
   * n-gram) takes about 66 MB of heap, and every {@link FacetExtractor} loaded from the gazetteers asked
   * for its own (a server loads one and derives the rest from it; the test suite loads dozens and keeps
   * many in static fields, and ran out of its 1 GB heap). The detector is immutable and reseeds per
   * text, so sharing it changes no answer.
   */
  public static LanguageIdentifier loadDefault() {
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static final LanguageIdentifier INSTANCE = load();
  }

  private static LanguageIdentifier load() {
    try {
      List<LanguageProfile> profiles = new LanguageProfileReader().readAllBuiltIn();
      return new LanguageIdentifier(LanguageDetectorBuilder.create(NgramExtractors.standard())
          .withProfiles(profiles).seed(20261201L).build());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the language profiles", e);
    }
  }

  /**
   * The ISO 639-1 code ("de"; "zh-CN" for Chinese scripts), or "" when the text does not tell.
   *
   * <p>Three steps, cheapest first: English prose shows in its function words ("the", "of", "said"), so
   * a text with enough of them is English without asking the detector (which costs about 200 µs of CPU
   * per article whatever the length: it samples n-grams over fixed rounds); a text with too few words to
   * be prose (a results table: "Shr 73 cts vs 58 cts Net 1,101,000") is unknown, since n-grams of
   * figures and abbreviations read as Swedish or Catalan; a longer table is English when its function words
   * and English wire words ("dlrs", "qtr", "says") make four; the rest goes to the detector.
   */
  public String code(String title, String body) {
    // The sample as the detector reads it: the headline (up to SAMPLE_CHARS), ". ", the body up to
    // SAMPLE_CHARS in all. Lower case: shouted wire headlines ("U.S. SAYS JAPAN MUST OPEN MARKETS") would
    // look like another language. The steps before the detector read it in place, char by char, where
    // lower case char by char is what String.toLowerCase gives (EnglishCues); other text is copied and
    // lower-cased as a whole, as the detector reads it.
    Sample view = new Sample(title, body);
    EnglishCues.Verdict verdict = CUES.of(view);
    if (verdict == EnglishCues.Verdict.READ_AS_A_WHOLE) {
      verdict = wholeSampleVerdict(view);
    }
    return switch (verdict) {
      case ENGLISH -> ENGLISH;
      case DETECT -> detect(view);
      default -> "";
    };
  }

  /**
   * The steps before the detector on the sample lower-cased as a whole: where {@link EnglishCues} cannot
   * lower-case char by char, and what EnglishCuesTest holds its one pass to.
   */
  static EnglishCues.Verdict wholeSampleVerdict(Sample view) {
    char[] lower = view.lowerChars();
    if (letters(lower) < MIN_LETTERS) {
      return EnglishCues.Verdict.UNKNOWN;
    }
    WordCounts words = WordCounts.of(lower);
    if (words.english >= ENGLISH_WORDS_ENOUGH) {
      return EnglishCues.Verdict.ENGLISH;
    }
    if (words.words < MIN_WORDS) {
      return EnglishCues.Verdict.UNKNOWN;
    }
    if (words.english + words.wire >= ENGLISH_WORDS_ENOUGH) {
      // Wire copy with too few function words to read as prose: a results table ("Shr 1.16 dlrs vs 1.15 dlrs,
      // qtr ended Jan 31") or a headline repeated as the body. Its wire words are English, and the
      // detector read such tables as Swedish, French or Galician, or as nothing (docs/history/facets-by-session.md, session 14).
      return EnglishCues.Verdict.ENGLISH;
    }
    return EnglishCues.Verdict.DETECT;
  }

  /** The detector's answer for the sample, or "" below {@link #MIN_PROBABILITY}. */
  private String detect(Sample view) {
    TextObject text = texts.forText(view.lowerCopy());
    List<DetectedLanguage> found = detector.getProbabilities(text);
    if (found.isEmpty() || found.get(0).getProbability() < MIN_PROBABILITY) {
      return "";
    }
    return found.get(0).getLocale().toString();
  }

  /** The start of an article the language is told from: {@code title[..SAMPLE_CHARS] + ". " + body[..rest]}. */
  static final class Sample implements CharSequence {
    private final String title;
    private final int titleChars;
    private final String body;
    private final int bodyStart;
    private final int length;

    Sample(String title, String body) {
      this.title = title;
      this.titleChars = title == null ? 0 : Math.min(title.length(), SAMPLE_CHARS);
      this.bodyStart = title == null ? 0 : titleChars + 2;
      this.body = body;
      int bodyChars = body == null || bodyStart >= SAMPLE_CHARS ? 0 : Math.min(body.length(), SAMPLE_CHARS - bodyStart);
      this.length = bodyStart + bodyChars;
    }

    @Override
    public int length() {
      return length;
    }

    String title() {
      return title;
    }

    /** The headline's chars the sample holds. */
    int titleChars() {
      return titleChars;
    }

    String body() {
      return body;
    }

    /** Where the body starts in the sample (after the headline and ". "). */
    int bodyStart() {
      return bodyStart;
    }

    /** The sample's char at {@code i} in lower case (a Latin-1 char: {@link #latin1()} says the sample has only those). */
    @Override
    public char charAt(int i) {
      char c = i < titleChars ? title.charAt(i) : i < bodyStart ? (i == titleChars ? '.' : ' ') : body.charAt(i - bodyStart);
      return c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) : Character.toLowerCase(c);
    }

    /** Every char of the sample is Latin-1 (lower-casing one then never depends on its neighbours). */
    boolean latin1() {
      for (int i = 0; i < length; i++) {
        char c = i < titleChars ? title.charAt(i) : i < bodyStart ? '.' : body.charAt(i - bodyStart);
        if (c > 0xFF) {
          return false;
        }
      }
      return true;
    }

    /**
     * The sample's chars in lower case: for Latin-1 text those {@link #charAt} gives, copied out in one pass
     * (the steps before the detector read every char two or three times, and through this view's branches
     * they were about a tenth of extraction's CPU); other text as {@link #lowerCopy} has them.
     */
    char[] lowerChars() {
      char[] out = new char[length];
      if (title != null) {
        title.getChars(0, titleChars, out, 0);
        if (bodyStart > titleChars) {
          out[titleChars] = '.';
          out[titleChars + 1] = ' ';
        }
      }
      if (length > bodyStart) {
        body.getChars(0, length - bodyStart, out, bodyStart);
      }
      for (int i = 0; i < length; i++) {
        char c = out[i];
        if (c > 0xFF) {
          return lowerCopy().toCharArray();
        }
        out[i] = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) : Character.toLowerCase(c);
      }
      return out;
    }

    /** The sample copied and lower-cased as a whole, as {@code String.toLowerCase(Locale.ROOT)} does it. */
    String lowerCopy() {
      return raw().toLowerCase(Locale.ROOT);
    }

    private String raw() {
      StringBuilder out = new StringBuilder(length);
      if (title != null) {
        out.append(title, 0, titleChars).append(". ");
      }
      if (length > bodyStart) {
        out.append(body, 0, length - bodyStart);
      }
      return out.toString();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return lowerCopy().subSequence(start, end);
    }

    @Override
    public String toString() {
      return lowerCopy();
    }
  }

  /** English function words that other languages' texts do not use as words ("in", "a", "on", "he" do). */
  static final java.util.Set<String> ENGLISH_WORDS = java.util.Set.of("the", "of", "and", "to", "is", "was",
      "that", "for", "with", "said", "it", "by", "are", "from", "has", "have", "be", "at", "as", "which", "this",
      "will", "would", "its", "were", "their", "not", "but", "they", "been", "who", "after", "also", "had");
  /** {@link #ENGLISH_WORDS} by their length (2 to 5 letters). */
  private static final String[][] ENGLISH_WORDS_BY_LENGTH = byLength(ENGLISH_WORDS);

  /**
   * Words of English wire copy that no other language writes as words: the abbreviations of results tables
   * ("shr", "cts", "dlrs", "qtr", "revs", "mths") and a few plain English words of earnings stories. Not here:
   * what other languages share ("mln" is Dutch and Italian too, "vs" and "net" are everyone's, "tonnes" and
   * "billion" are French, "dividend" is Dutch).
   */
  static final java.util.Set<String> WIRE_WORDS = java.util.Set.of("dlrs", "dlr", "cts", "shr", "shrs", "qtr",
      "qtly", "mths", "revs", "says", "year", "avg", "div", "shares", "loss", "quarter", "pay", "oper", "nine",
      "months", "three");
  /** {@link #WIRE_WORDS} by their length (3 to 7 letters). */
  private static final String[][] WIRE_WORDS_BY_LENGTH = byLength(WIRE_WORDS);

  /** The function and wire words, read in one pass over the sample (the steps above, as they decide). */
  static final EnglishCues CUES = new EnglishCues(ENGLISH_WORDS, WIRE_WORDS);

  private static String[][] byLength(java.util.Set<String> words) {
    String[][] out = new String[words.stream().mapToInt(String::length).max().orElse(0) + 1][];
    for (int length = 0; length < out.length; length++) {
      final int n = length;
      out[length] = words.stream().filter(w -> w.length() == n).sorted().toArray(String[]::new);
    }
    return out;
  }

  /** Four such words in the sample: English prose. */
  static final int ENGLISH_WORDS_ENOUGH = 4;
  /** Words of four or more letters a sample needs to be prose the detector can judge (a table has few). */
  static final int MIN_WORDS = 15;

  /**
   * Words of a lower-cased sample: how many have four letters or more, how many are English function words,
   * how many are English wire words ({@link #WIRE_WORDS}).
   */
  private record WordCounts(int words, int english, int wire) {
    static WordCounts of(char[] lower) {
      int words = 0;
      int english = 0;
      int wire = 0;
      int start = -1;
      for (int i = 0; i <= lower.length; i++) {
        boolean letter = i < lower.length && Character.isLetter(lower[i]);
        if (letter && start < 0) {
          start = i;
        } else if (!letter && start >= 0) {
          if (i - start >= 4) {
            words++;
          }
          if (i - start >= 2 && i - start <= 5 && isEnglishWord(lower, start, i)
              && ++english >= ENGLISH_WORDS_ENOUGH) {
            // English already: the caller looks no further (the word count only matters below this).
            return new WordCounts(words, english, wire);
          }
          if (i - start >= 3 && i - start < WIRE_WORDS_BY_LENGTH.length && isOneOf(WIRE_WORDS_BY_LENGTH, lower, start, i)) {
            wire++;
          }
          start = -1;
        }
      }
      return new WordCounts(words, english, wire);
    }

    /** Whether {@code lower[start, end)} is one of {@link #ENGLISH_WORDS}, without cutting it out. */
    private static boolean isEnglishWord(char[] lower, int start, int end) {
      return isOneOf(ENGLISH_WORDS_BY_LENGTH, lower, start, end);
    }

    /** Whether {@code lower[start, end)} is one of the words of {@code byLength}, without cutting it out. */
    private static boolean isOneOf(String[][] byLength, char[] lower, int start, int end) {
      for (String w : byLength[end - start]) {
        if (startsWith(lower, w, start)) {
          return true;
        }
      }
      return false;
    }

    private static boolean startsWith(char[] text, String word, int at) {
      for (int k = 0; k < word.length(); k++) {
        if (text[at + k] != word.charAt(k)) {
          return false;
        }
      }
      return true;
    }
  }

  /** The language's English name, as the facet shows it: "de" -> "German"; "" stays "". */
  public static String name(String code) {
    if (code == null || code.isEmpty()) {
      return "";
    }
    // Asked once per article, for one of a few dozen codes: the locale look-up cost about 4 % of an import's
    // reading and extraction.
    return NAMES.computeIfAbsent(code, c -> {
      String name = Locale.forLanguageTag(c).getDisplayLanguage(Locale.ENGLISH);
      return name.isEmpty() ? c : name;
    });
  }

  /**
   * The codes the detector can give ("de", "zh-CN", "ast": its built-in profiles' list, current BCP 47 language
   * subtags; no profile is read): what a language facet value can be the {@link #name} of.
   */
  public static List<String> codes() {
    return com.optimaize.langdetect.profiles.BuiltInLanguages.getLanguages().stream().map(Object::toString).toList();
  }

  /** Names by code, as {@link #name} gives them (codes come from the detector's 71 profiles: a small map). */
  private static final java.util.concurrent.ConcurrentMap<String, String> NAMES =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static int letters(char[] s) {
    int n = 0;
    for (char c : s) {
      if (Character.isLetter(c)) {
        n++;
      }
    }
    return n;
  }
}
