package io.facetwire.web.export;

import io.facetwire.BidiControls;
import io.facetwire.search.SearchState;
import java.text.Normalizer;
import java.util.Locale;

/**
 * What makes a CSV export safe and recognisable in a spreadsheet: cells that a spreadsheet would run
 * as a formula are neutralised, and the file is named after the search it holds.
 */
final class CsvCells {

  private static final int MAX_NAME = 60;

  private CsvCells() {}

  /**
   * OWASP's rule against CSV injection: a cell starting with {@code = + - @}, a tab or a carriage
   * return gets a leading apostrophe, so a spreadsheet shows it as text instead of evaluating it.
   * "Starting" is read as a spreadsheet reads it: after spaces and invisible characters (an import that
   * trims spaces, or a zero-width space, leaves the formula first), and with the look-alikes a spreadsheet
   * takes for the same sign: the full-width and small forms ({@code ＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫}, which an East
   * Asian input method types and Excel turns into formulas) and the minus sign U+2212.
   */
  static String neutralised(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    // A cell is shown on its own by a spreadsheet, but an override left open in it still reverses the rest of it
    // and, copied out, what it is pasted beside: closed at the cell's end (session 15).
    String balanced = BidiControls.balance(cell);
    return startsAFormula(balanced) ? "'" + balanced : balanced;
  }

  static boolean startsAFormula(String cell) {
    char first = cell.charAt(0);
    if (first == '\t' || first == '\r' || first == '\n') {
      return true;
    }
    int i = 0;
    while (i < cell.length() && isBlankOrInvisible(cell.codePointAt(i))) {
      i += Character.charCount(cell.codePointAt(i));
    }
    if (i == cell.length()) {
      return false;
    }
    int sign = cell.codePointAt(i);
    String folded = Normalizer.normalize(new String(Character.toChars(sign)), Normalizer.Form.NFKC);
    char c = folded.isEmpty() ? ' ' : folded.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\u2212';
  }

  private static boolean isBlankOrInvisible(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
        || io.facetwire.TextChars.drawsNothing(codePoint);
  }

  /** "facetwire-oil-country-russia.csv": the search's words and filters, ASCII, at most 60 characters. */
  static String fileName(SearchState state) {
    String described = state.isBlank() ? "all articles" : state.canonical().describe();
    String ascii = Normalizer.normalize(described, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (ascii.length() > MAX_NAME) {
      ascii = ascii.substring(0, MAX_NAME).replaceAll("-+$", "");
    }
    return "facetwire-" + (ascii.isEmpty() ? "search" : ascii) + ".csv";
  }
}
