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
  void theFileIsNamedAfterTheSearch() {
    FacetCatalog facets = FacetCatalog.standard();
    SearchState state = SearchState.fromQuery(Map.of("q", List.of("Öl prices"), "country", List.of("Russia")), facets);
    String name = CsvCells.fileName(state);
    assertEquals(true, name.matches("facetwire-[a-z0-9-]+\\.csv"), name);
    assertEquals(true, name.contains("ol-prices") && name.contains("russia"), name);
    assertEquals("facetwire-all-articles.csv", CsvCells.fileName(SearchState.empty(facets)));
  }
}
