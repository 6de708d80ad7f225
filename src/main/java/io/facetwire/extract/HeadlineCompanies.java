package io.facetwire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The company a wire headline in capitals is about, named before its ticker: "KOLLMORGEN CORP &lt;KOL&gt; 3RD
 * QTR NET" gives "Kollmorgen Corp". Earnings and dividend stories often name the company only there (the
 * body is a table of figures), and a shouted headline carries no case, so the name must end in a company
 * form to be taken ("GM &lt;GM&gt; SEES ..." is left to the body) and is written back in title case.
 */
final class HeadlineCompanies {

  /*
   * String.split, replaceAll and matches compile their regular expression on every call: for every Reuters
   * headline with a ticker they were a third of this class's cost. The patterns are compiled once instead, and
   * the two character tests are loops (the words are ASCII: {@link HeadlineTicker#plainCapitalsBefore} allows
   * nothing else, so ".*[aeiouy].*" and ".*\\d.*" meet no line terminator and no non-ASCII digit).
   */
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern DOTS_AND_COMMAS = Pattern.compile("[.,]");

  /** Small words that stay in lower case inside a name: "H.F. Ahmanson and Co", "Cassa di Risparmio". */
  private static final java.util.Set<String> SMALL_WORDS = Lookups.setOf("and", "of", "de", "di", "del",
      "des", "du", "la", "le", "en", "van", "von", "the", "for");

  private HeadlineCompanies() {
  }

  /**
   * The company the shouted headline names before its ticker, in title case, or null; null too when the
   * headline is not in capitals or the name does not end in a company form ("Corp", "Inc", "Ltd").
   */
  static String of(String title) {
    HeadlineTicker headline = HeadlineTicker.of(title);
    if (headline == null || !headline.marksATicker() || !headline.plainCapitalsBefore()) {
      return null;
    }
    String[] words = SPACES.split(headline.before);
    String form = DOTS_AND_COMMAS.matcher(words[words.length - 1]).replaceAll("").toLowerCase(Locale.ROOT);
    if (words.length < 2 || !OrganisationWords.COMPANY_FORMS.contains(form)) {
      return null;
    }
    List<String> written = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      written.add(titleCase(words[i].replace("&amp;", "&"), i == 0));
    }
    return String.join(" ", written);
  }

  /**
   * The values found in the text plus the headline's company, unless one of them already starts with the
   * same word (the body's "Schlumberger" or "NL Industries Inc" for "SCHLUMBERGER LTD", "NL INDUSTRIES").
   */
  static List<String> withHeadline(List<String> found, String title) {
    String company = of(title);
    if (company == null) {
      return found;
    }
    String first = firstWord(company);
    for (String v : found) {
      if (firstWord(v).equals(first)) {
        return found;
      }
    }
    List<String> all = new ArrayList<>(found);
    all.add(company);
    return all;
  }

  private static String firstWord(String name) {
    int space = name.indexOf(' ');
    return (space < 0 ? name : name.substring(0, space)).toLowerCase(Locale.ROOT);
  }

  /**
   * "KOLLMORGEN" → "Kollmorgen", "H.F." and "KMS" (no vowel: an acronym) stay, "AND" → "and" inside the
   * name, "OWENS-ILLINOIS" → "Owens-Illinois".
   */
  private static String titleCase(String word, boolean first) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (!first && SMALL_WORDS.contains(lower)) {
      return lower;
    }
    if (lower.equals("ltd")) {
      return "Ltd";
    }
    if (word.contains(".") || word.length() <= 3 && !hasAny(lower, "aeiouy") || hasAny(lower, "0123456789")) {
      return word;
    }
    StringBuilder sb = new StringBuilder(lower.length());
    boolean start = true;
    for (char c : lower.toCharArray()) {
      sb.append(start ? Character.toUpperCase(c) : c);
      start = !Character.isLetter(c) && c != '\'';
    }
    return sb.toString();
  }

  /** Whether {@code word} has one of {@code chars}. */
  private static boolean hasAny(String word, String chars) {
    for (int i = 0; i < word.length(); i++) {
      if (chars.indexOf(word.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
