package io.facetwire.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a typed query may cost: wildcards with short prefixes, too many wildcards, too many words. */
class QueryBudgetTest {

  private static SearchState parse(String q) {
    return SearchState.fromQuery(Map.of("q", List.of(q)), io.facetwire.facet.FacetCatalog.standard());
  }

  @Test
  void theIssuesAbusiveQueriesLoseTheirWildcards() {
    StringBuilder az = new StringBuilder();
    for (char c = 'a'; c <= 'z'; c++) {
      az.append(c == 'a' ? "" : " | ").append(c).append('*');
    }
    SearchState all = parse(az.toString());
    assertFalse(all.isExpensive(), all.query());
    assertFalse(all.query().contains("*"), all.query());
    assertTrue(all.notes().get(0).contains("at least 3 letters before the *"), all.notes().toString());

    SearchState a = parse("a*");
    assertEquals("a", a.query());
    assertFalse(a.isExpensive());
  }

  @Test
  void aWildcardWithThreeLettersStaysAndMakesTheSearchExpensive() {
    SearchState s = parse("mosc* talks");
    assertEquals("mosc* talks", s.query());
    assertTrue(s.isExpensive());
    assertTrue(s.notes().isEmpty(), s.notes().toString());
  }

  @Test
  void onlyThreeWildcardsAreExpanded() {
    SearchState s = parse("oil* gas* coal* pet* whe*");
    assertEquals("oil* gas* coal* pet whe", s.query());
    assertTrue(s.notes().get(0).contains("pet*, whe*"), s.notes().toString());
  }

  @Test
  void aLoneStarIsDroppedAndPhrasesAndEscapesAreLeftAlone() {
    assertEquals("oil", parse("* oil").query());
    assertEquals("\"a* b\" \\*", parse("\"a* b\" \\*").query());
    assertFalse(parse("\"a* b\"").isExpensive());
  }

  @Test
  void aQuoteThatOpensNoPhraseHidesNoWildcard() {
    // Read as Elasticsearch reads them: an escaped quote is a character of a word, an unclosed one is ignored.
    assertEquals("\\\" a b mosc*", parse("\\\" a* b* mosc*").query());
    assertTrue(parse("\\\" mosc*").isExpensive());
    assertEquals("\" a b mosc*", parse("\" a* b* mosc*").query());
    assertTrue(parse("\" mosc*").isExpensive());
    assertEquals("\"x \\\" y\" a", parse("\"x \\\" y\" a*").query());
    assertEquals("abc\\\\*", parse("abc\\\\*").query()); // an escaped backslash, then a real wildcard
    assertTrue(parse("abc\\\\*").isExpensive());
    assertFalse(parse("abc\\*").isExpensive());
  }

  @Test
  void aQueryKeepsItsFirst32Words() {
    StringBuilder q = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      q.append("w").append(i).append(' ');
    }
    List<String> notes = new ArrayList<>();
    String kept = QueryBudget.apply(q.toString(), notes);
    assertEquals(QueryBudget.MAX_TERMS, kept.split(" ").length);
    assertTrue(notes.get(0).contains("first 32 words"), notes.toString());
  }
}
