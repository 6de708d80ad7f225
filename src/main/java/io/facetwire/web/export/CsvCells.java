package io.facetwire.web.export;

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
   */
  static String neutralised(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    char first = cell.charAt(0);
    boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    return formula ? "'" + cell : cell;
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
