package io.facetwire.extract;

/**
 * The firm a shouted wire headline names before its ticker, for the country facet: its country words name the firm,
 * not the state (LABELLING.md: a country word inside the name of something that is not an organ of the state). A
 * results story's body is often a table that names the firm nowhere else, so the headline's country word would
 * otherwise count ("GREAT AMERICAN BANCORP &lt;GRTB&gt; 4TH QTR NET"); and where the body writes the name again
 * ("Texaco Canada said ..."), it is the firm there too.
 */
final class ShoutedHeadlineFirms {

  /** Legal forms that end a firm's name. */
  private static final java.util.Set<String> FIRM_FORMS = OrganisationWords.WIRE_COMPANY_FORMS;

  /** A firm told of by its home in a headline: "IRISH OIL CONCERN", "U.K. FIRM", "U.S. AUTO AGENCY". */
  private static final java.util.Set<String> HOME_DESCRIBING_WORDS = Lookups.setOf("firm", "firms", "concern",
      "concerns", "agency", "unit", "units", "investor", "investors", "company", "government");

  private ShoutedHeadlineFirms() {
  }

  /**
   * The number of title tokens that name the company of a shouted wire headline (0 if none): the words before its
   * first ticker when they end in a legal form ("AMERICAN BUSINESS PRODUCTS INC &lt;ABP&gt; 3RD QTR", "BRITISH
   * AEROSPACE PLC &lt;BAEL.L&gt; 1986 YEAR") or are a short firm's name ({@link #aShortFirmName}), or a headline that
   * is a company's name in the wire's angle brackets ("&lt;DUNLOP MALAYSIAN INDUSTRIES BHD&gt;"). {@code headline} is
   * the title's first mark ({@link HeadlineTicker#of}), read once by the caller; null if it has none.
   */
  static int headlineCompanyTokens(Tokens t, HeadlineTicker headline) {
    if (headline == null || t.titleEnd == 0 || !t.has(0, Tokens.SHOUT)) {
      return 0;
    }
    String name;
    if (headline.before.isEmpty()) {
      if (headline.marked == null) {
        return 0;
      }
      name = headline.marked;
    } else {
      name = headline.before;
      int space = name.lastIndexOf(' ');
      String last = name.substring(space + 1).replace(".", "").toLowerCase(java.util.Locale.ROOT);
      if (space < 0 || !FIRM_FORMS.contains(last) && !aShortFirmName(headline)) {
        return 0;
      }
    }
    String words = name.replace(".", "").toLowerCase(java.util.Locale.ROOT);
    int at = 0;
    int k = 0;
    while (k < t.titleEnd) {
      t.steps++;
      int found = words.indexOf(t.lower[k], at);
      if (found < 0) {
        break;
      }
      at = found + t.lower[k].length();
      k++;
    }
    return k;
  }

  /**
   * "GREAT AMERICAN BANCORP &lt;GRTB&gt; 4TH QTR NET", "AMERICAN PHYSICIANS SERVICE &lt;AMPH&gt;": a name of two to four
   * words before a ticker is the firm's, though it ends in no legal form (session 35, test32). Not a headline that
   * tells something of a firm by its home ("IRISH OIL CONCERN BOOSTS CENERGY &lt;CRG&gt; STAKE", "U.K. FIRM UPS ITALY
   * FUND &lt;ITA&gt;": five words or more, or a word for a firm or an agency), nor one that names the country with its
   * possessive ("JAPAN'S"), nor words before a firm's whole name in brackets ("&lt;NIPPON STEEL CORP&gt;").
   */
  private static boolean aShortFirmName(HeadlineTicker headline) {
    if (headline.marked == null || headline.marked.contains(" ") || headline.before.contains("'")) {
      return false;
    }
    String[] words = WhiteSpace.split(headline.before.toLowerCase(java.util.Locale.ROOT));
    if (words.length > 4) {
      return false;
    }
    for (String w : words) {
      if (HOME_DESCRIBING_WORDS.contains(w) || !w.isEmpty() && Character.isDigit(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The words a shouted wire headline gives before its first ticker, lower-cased without dots ("TEXACO CANADA &lt;TXC&gt;
   * LOWERS CRUDE POSTINGS" gives texaco, canada), or null: no ticker, not shouted, or a single word.
   */
  static String[] tickerFirmWords(HeadlineTicker headline) {
    if (headline == null || headline.before.isEmpty()) {
      return null;
    }
    String[] words = headline.wordsBefore();
    return words.length < 2 || words[0].isEmpty() ? null : words;
  }

  /**
   * "Texaco Canada said it lowered ..." under "TEXACO CANADA &lt;TXC&gt; LOWERS CRUDE POSTINGS": the body writes the
   * name the headline gives its ticker to, so the country word in it is part of the firm's name (LABELLING.md), as it
   * is in the headline. Only the whole name, word for word in one stretch: "Canada" alone still counts (session 34).
   */
  static boolean inTheTickerFirmsName(Tokens t, int start, int end, String[] firm) {
    if (firm == null || start < t.titleEnd) {
      return false;
    }
    for (int o = 0; o + (end - start) <= firm.length; o++) {
      int from = start - o;
      if (from < t.titleEnd || from + firm.length > t.size) {
        continue;
      }
      boolean same = true;
      for (int k = 0; k < firm.length && same; k++) {
        t.steps++;
        int j = from + k;
        same = (k == 0 || !t.has(j, Tokens.BREAK_BEFORE)) && firm[k].equals(t.lower[j].replace(".", ""));
      }
      if (same) {
        return true;
      }
    }
    return false;
  }
}
