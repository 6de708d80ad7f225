package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one reading of a shouted headline's first mark that the organisation and country facets share. */
class HeadlineTickerTest {

  @Test
  void readsTheWordsBeforeATicker() {
    HeadlineTicker h = HeadlineTicker.of("GREAT AMERICAN BANCORP <GRTB> 4TH QTR NET");
    assertEquals("GREAT AMERICAN BANCORP", h.before);
    assertEquals("GRTB", h.marked);
    assertTrue(h.marksATicker());
    assertTrue(h.plainCapitalsBefore());
    assertArrayEquals(new String[] {"great", "american", "bancorp"}, h.wordsBefore());
  }

  @Test
  void readsAnEscapedMarkAndDotsInATicker() {
    HeadlineTicker h = HeadlineTicker.of("U.S. BANCORP &lt;USBC.O&gt; 1ST QTR NET");
    assertEquals("USBC.O", h.marked);
    assertTrue(h.marksATicker());
    assertArrayEquals(new String[] {"us", "bancorp"}, h.wordsBefore());
  }

  @Test
  void aFirmsWholeNameInTheMarkIsNoTicker() {
    HeadlineTicker h = HeadlineTicker.of("<DUNLOP MALAYSIAN INDUSTRIES BHD> YEAR NET");
    assertEquals("", h.before);
    assertEquals("DUNLOP MALAYSIAN INDUSTRIES BHD", h.marked);
    assertFalse(h.marksATicker());
    assertFalse(h.plainCapitalsBefore());
  }

  @Test
  void anApostropheIsPlainButABracketIsNot() {
    assertTrue(HeadlineTicker.of("PANCHO'S MEXICAN BUFFET INC <PAMX.O> 4TH QTR NET").plainCapitalsBefore());
    assertFalse(HeadlineTicker.of("AMERICAN INTL (BERMUDA) LTD <AIB> YEAR NET").plainCapitalsBefore());
  }

  @Test
  void noMarkOrNoCapitalsGivesNothing() {
    assertNull(HeadlineTicker.of("KOLLMORGEN CORP 3RD QTR NET"));
    assertNull(HeadlineTicker.of("Kollmorgen Corp <KOL> third quarter net"));
    assertNull(HeadlineTicker.of(null));
    assertNull(HeadlineTicker.of("KOLLMORGEN CORP <KOL 3RD QTR NET").marked, "an unclosed mark holds nothing");
  }
}
