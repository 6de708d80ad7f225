package io.facetwire.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.facet.FacetCatalog;
import io.facetwire.search.SearchState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Formula neutralisation (OWASP) and export file names, without a server. */
class CsvCellsTest {

  @Test
  void cellsASpreadsheetWouldRunAreNeutralised() {
    for (String formula : List.of("=1+1", "+44 20", "-2", "@SUM(A1)", "\tx", "\rx")) {
      assertEquals("'" + formula, CsvCells.neutralised(formula));
    }
    assertEquals("Oil prices", CsvCells.neutralised("Oil prices"));
    assertEquals("a=b", CsvCells.neutralised("a=b"));
    assertEquals("", CsvCells.neutralised(null));
  }

  @Test
  void lookAlikeSignsAndInvisibleLeadsAreFormulasToo() {
    // Before: only the ASCII signs at the very first place. A spreadsheet takes the full-width and small
    // forms for the same signs, and an import that trims spaces puts a formula after them first.
    for (String formula : List.of("\uFF1D1+1", "\uFF0BA1", "\uFF0D2", "\uFF20SUM(A1)", "\uFE66cmd", "\uFE62x", "\uFE63x",
        "\uFE6Bx", "\u22121", " =1+1", "\u00A0=1+1", "\u200B=1+1", "\uFEFF@x", "\u3000\uFF1Dx", "\nx")) {
      assertEquals("'" + formula, CsvCells.neutralised(formula), formula);
    }
    for (String text : List.of("\uFF21BC", " Oil", "\u200B", "\uFF1F")) {
      assertEquals(text, CsvCells.neutralised(text), text);
    }
  }

  @Test
  void theFileIsNamedAfterTheSearch() {
    FacetCatalog facets = FacetCatalog.standard();
    SearchState state = SearchState.fromQuery(Map.of("q", List.of("Öl prices"), "country", List.of("Russia")), facets);
    String name = CsvCells.fileName(state);
    assertEquals(true, name.matches("facetwire-[a-z0-9-]+\\.csv"), name);
    assertEquals(true, name.contains("ol-prices") && name.contains("russia"), name);
    assertEquals("facetwire-all-articles.csv", CsvCells.fileName(SearchState.empty(facets)));
  }
}
