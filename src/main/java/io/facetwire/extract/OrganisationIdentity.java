package io.facetwire.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * When two names are one organisation, whatever the spelling: case, accents, punctuation, a leading
 * "the", British or American "-isation"/"-ization", "&" or "and", and a company's or club's legal form at
 * the end ("Ford Motor Co", "Ford Motor Company" and "Ford Motor" are one; "Chelsea FC" is "Chelsea").
 * Name-forming words ("Group", "Bank", "Holdings") stay: "Revlon Group" is not "Revlon".
 *
 * <p>Used in two places so that they cannot drift apart: the organisation facet (one value per
 * organisation in an article, and a legal form never splits one organisation into two facet values across
 * articles) and the evaluation's comparison of a labelled organisation with an extracted one. Pure
 * functions of the text, no lists: an organisation's other names (acronyms, "the Fed") are the gazetteer's
 * business ({@link EntityNames}).
 */
public final class OrganisationIdentity {

  /**
   * Legal forms a name may end in without changing which organisation it is. Chosen from the labelled
   * parts (dev to test5), where a label ends in Inc (143), Corp (137), Ltd (84), Co (51), Plc (11),
   * Corporation (8), Company (7), AG (6), NV (4), Spa (3), SA, AB, KK, Limited, LP, and a club in FC; the
   * others are the same forms in other countries. "Co" after "and" takes the "and" with it ("W.R. Grace
   * and Co" is "W.R. Grace"). Not here: Group, Holdings, Bank, Partners, Brothers, Trust (they name).
   */
  static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "corp", "corporation", "co", "cos",
      "company", "ltd", "limited", "plc", "llc", "llp", "lp", "ag", "kgaa", "sa", "nv", "bv", "gmbh", "spa",
      "srl", "sarl", "se", "ab", "asa", "oy", "oyj", "kk", "na", "bhd", "berhad", "pty", "pte", "fc", "afc",
      "cf");

  /** The dot after a single letter: "S.G. Warburg" is "SG Warburg", "U.S." is "US". */
  private static final Pattern INITIAL_DOT = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L})\\.");
  private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private OrganisationIdentity() {
  }

  /**
   * The identity of an organisation's name: "The Ford Motor Co." and "ford motor" give "ford motor",
   * "World Trade Organisation" and "World Trade Organization" give one key, "Ernst & Young" and "Ernst and
   * Young" too. Never empty for a name with a letter or digit: a name that is only a legal form keeps it.
   */
  public static String key(String name) {
    String s = AccentFolding.withoutMarks(name).toLowerCase(Locale.ROOT);
    s = INITIAL_DOT.matcher(s).replaceAll("$1");
    s = APOSTROPHES.matcher(s.replace("&", " and ")).replaceAll("");
    s = NOT_WORD.matcher(s).replaceAll(" ").strip();
    if (s.isEmpty()) {
      return s;
    }
    List<String> words = new ArrayList<>(Arrays.asList(s.split(" ")));
    for (int i = 0; i < words.size(); i++) {
      words.set(i, americanSpelling(words.get(i)));
    }
    if (words.size() > 1 && words.get(0).equals("the")) {
      words.remove(0);
    }
    return String.join(" ", withoutTrailingForms(words, w -> w));
  }

  /**
   * The name as written without the legal forms at its end and a leading "The": "Ford Motor Co" gives
   * "Ford Motor", "Sears, Roebuck and Co" gives "Sears, Roebuck", "Volkswagen AG" gives "Volkswagen". The
   * readable form every article gives alike, so one company is one facet value across articles.
   */
  public static String withoutLegalForm(String name) {
    List<String> words = new ArrayList<>(Arrays.asList(SPACES.split(name.strip())));
    if (words.size() > 1 && words.get(0).equalsIgnoreCase("the")) {
      words.remove(0);
    }
    List<String> kept = withoutTrailingForms(words, OrganisationIdentity::bare);
    String out = String.join(" ", kept);
    while (out.endsWith(",")) {
      out = out.substring(0, out.length() - 1);
    }
    return out.isEmpty() ? name.strip() : out;
  }

  /**
   * One value per organisation among an article's values, sorted: of the names with one {@link #key},
   * the one {@code listed} accepts (a gazetteer's canonical value, kept as it is), else the fullest name
   * without its legal form ("Ford Motor Co" and "Ford" are two keys; "Ford Motor Co" and "Ford Motor"
   * are one, shown "Ford Motor").
   */
  static List<String> oneValueEach(List<String> values, Predicate<String> listed) {
    if (values.isEmpty()) {
      return values;
    }
    if (values.size() == 1) {
      // Nothing to merge one value with, so its key is not needed. The key cache's look-up, in a table of up to
      // 20,000 names, is a few cold cache lines: the two caches' look-ups held 68 of the organisation step's 746
      // JFR samples (session 34), and the map and sorted set made to merge cost more than one value needs.
      String v = values.get(0);
      return listed.test(v) ? values : List.of(SHOWN.of(v));
    }
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String v : values) {
      String shown = listed.test(v) ? v : SHOWN.of(v);
      byKey.merge(KEYS.of(v), shown, (a, b) -> better(a, b, listed));
    }
    return List.copyOf(new TreeSet<>(byKey.values()));
  }

  /*
   * key and withoutLegalForm run five regular expressions per name, for every organisation of every article
   * (a quarter of the organisation facet's work in an import), and the same names come back article after
   * article ("Reuters", a company through its earnings season): both are pure functions of the name, so
   * their answers are kept, up to a bound.
   */
  private static final Remembered KEYS = new Remembered(OrganisationIdentity::key);
  private static final Remembered SHOWN = new Remembered(OrganisationIdentity::withoutLegalForm);

  /** A pure function's answers by argument, forgotten all at once past {@value #MOST} names. */
  private static final class Remembered {
    static final int MOST = 20_000;
    private final ConcurrentHashMap<String, String> answers = new ConcurrentHashMap<>();
    private final UnaryOperator<String> function;

    Remembered(UnaryOperator<String> function) {
      this.function = function;
    }

    String of(String name) {
      String known = answers.get(name);
      if (known == null) {
        if (answers.size() >= MOST) {
          answers.clear();
        }
        known = function.apply(name);
        answers.put(name, known);
      }
      return known;
    }
  }

  private static String better(String a, String b, Predicate<String> listed) {
    if (listed.test(a) != listed.test(b)) {
      return listed.test(a) ? a : b;
    }
    if (a.length() != b.length()) {
      return a.length() > b.length() ? a : b;
    }
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** Drops legal forms (and an "and" or "&" left before one) from the end, never the first word. */
  private static List<String> withoutTrailingForms(List<String> words, UnaryOperator<String> bare) {
    int end = words.size();
    boolean dropped = false;
    while (end > 1 && LEGAL_FORMS.contains(bare.apply(words.get(end - 1)))) {
      end--;
      dropped = true;
    }
    while (dropped && end > 1 && isAnd(bare.apply(words.get(end - 1)))) {
      end--;
    }
    return words.subList(0, end);
  }

  private static boolean isAnd(String word) {
    return word.equals("and") || word.equals("&") || word.isEmpty();
  }

  /** A written word as a legal form is looked up: "Co.," is "co", "N.V." is "nv". */
  private static String bare(String word) {
    return NOT_WORD.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  private static String americanSpelling(String word) {
    if (word.endsWith("isation") || word.endsWith("isations")) {
      return word.replace("isation", "ization");
    }
    // A company's "Bros" is its "Brothers": "Salomon Bros" and "Salomon Brothers" are one (session 15).
    return "bros".equals(word) ? "brothers" : word;
  }
}
