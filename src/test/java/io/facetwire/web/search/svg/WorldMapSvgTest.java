package io.facetwire.web.search.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class WorldMapSvgTest {

  private static final WorldMapSvg MAP = new WorldMapSvg();
  private static final WorldShapes WORLD = WorldShapes.get();

  /** Facet values that are states of the past; every other canonical name is a current country. */
  private static final Set<String> HISTORICAL = Set.of("Soviet Union", "West Germany", "East Germany",
      "Yugoslavia", "Czechoslovakia", "North Yemen", "South Yemen");

  /**
   * Canonical names of io/facetwire/extract/countries.tsv that the map cannot draw, with the reason.
   * Empty: Natural Earth's 1:10m shapes include the micro-states (Tuvalu, Nauru, Vatican City, ...),
   * Kosovo, Palestine, Taiwan, Hong Kong and Macau. A name added to the gazetteer without a line in
   * country-shapes.tsv (or a Natural Earth name to fall back on) fails the test below until it is
   * added there or here, with its reason.
   */
  private static final Map<String, String> NOT_ON_THE_MAP = Map.of();

  private static String href(String country) {
    return "/search?country=" + URLEncoder.encode(country, StandardCharsets.UTF_8);
  }

  private static Element link(Element svg, String country) {
    Element a = svg.selectFirst("a[href=\"" + href(country) + "\"]");
    assertNotNull(a, "no link for " + country);
    return a;
  }

  private static String shapePath(String key) {
    return WORLD.byKey().get(key).path();
  }

  private static List<String> pathsOf(Element a) {
    return a.select("path").eachAttr("d");
  }

  @Test
  void everyCountedCountryIsALinkWithItsHrefTitleAndStepColour() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("United States", 1000L);  // 301–1,000: darkest
    counts.put("Japan", 300L);           // 51–300
    counts.put("France", 51L);           // 51–300
    counts.put("Brazil", 50L);           // 21–50
    counts.put("Peru", 6L);              // 6–20
    counts.put("Chad", 5L);              // 1–5: lightest
    counts.put("Singapore", 1L);         // a dot
    counts.put("Kosovo", 2L);
    Element svg = SvgDom.parse(MAP.render(counts, WorldMapSvgTest::href, "Countries"));

    Map<String, String> expected = Map.of("United States", "#08519c", "Japan", "#3182bd", "France", "#3182bd",
        "Brazil", "#6baed6", "Peru", "#9ecae1", "Chad", "#c6dbef", "Singapore", "#c6dbef", "Kosovo", "#c6dbef");
    assertEquals(counts.size(), svg.select("a").size());
    counts.forEach((country, count) -> {
      Element a = link(svg, country);
      String title = String.format("%s: %,d %s", country, count, count == 1 ? "article" : "articles");
      assertEquals(title, a.selectFirst("title").text());
      assertEquals(title, a.attr("aria-label"));
      Elements painted = a.select("path, circle.fw-marker");
      assertFalse(painted.isEmpty(), country);
      for (Element e : painted) {
        assertEquals(expected.get(country), e.attr("fill"), country);
      }
    });
    assertEquals(List.of(shapePath("US")), pathsOf(link(svg, "United States")));
    assertEquals(List.of(shapePath("TD")), pathsOf(link(svg, "Chad")));
    // Singapore is too small to see: a dot, with a larger invisible target around it.
    Element sg = link(svg, "Singapore");
    assertEquals(1, sg.select("circle.fw-marker").size());
    assertTrue(Double.parseDouble(sg.selectFirst("circle.fw-hit").attr("r"))
        > Double.parseDouble(sg.selectFirst("circle.fw-marker").attr("r")));

    // The colour key is page text under the map (inside the SVG it shrank to 4 px on a phone).
    assertTrue(svg.select(".fw-legend").isEmpty());
    WorldMapSvg.Drawing drawing = MAP.draw(counts, WorldMapSvgTest::href, "Countries");
    org.jsoup.nodes.Document legend = org.jsoup.Jsoup.parseBodyFragment(drawing.legendHtml());
    assertEquals(List.of("none", "1\u20135", "6\u201320", "21\u201350", "51\u2013300", "301\u20131,000"),
        legend.select(".fw-swatch").eachText());
    assertEquals("Articles:", legend.selectFirst(".fw-legend-title").text());
    assertEquals(List.of(ColourScale.NO_DATA, "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"),
        legend.select(".fw-swatch rect").eachAttr("fill"));
  }

  @Test
  void countriesWithoutArticlesAreGreyAndNotLinked() {
    Element svg = SvgDom.parse(MAP.render(Map.of("Chad", 3L), WorldMapSvgTest::href, "Countries"));
    Element land = svg.selectFirst("g.fw-land path");
    assertEquals(ColourScale.NO_DATA, land.attr("fill"));
    assertTrue(land.attr("d").contains(shapePath("NE")), "Niger is grey");
    assertTrue(land.attr("d").contains(shapePath("RU")), "Russia is grey");
    assertFalse(land.attr("d").contains(shapePath("TD")), "Chad is not drawn twice");
    assertEquals(1, svg.select("a").size());
    assertTrue(land.parents().stream().noneMatch(p -> p.tagName().equals("a")));
  }

  @Test
  void aHistoricalStateFillsItsSuccessorsUnlessACurrentStateHasArticles() {
    Element alone = SvgDom.parse(MAP.render(Map.of("Soviet Union", 10L), WorldMapSvgTest::href, "c"));
    Element ussr = link(alone, "Soviet Union");
    assertEquals("Soviet Union: 10 articles (drawn on today's borders)", ussr.selectFirst("title").text());
    assertTrue(pathsOf(ussr).containsAll(List.of(shapePath("RU"), shapePath("UA"), shapePath("KZ"), shapePath("EE"))));
    assertEquals(16, pathsOf(ussr).size(), "the 15 republics and Baikonur");
    assertTrue(ussr.select("circle").isEmpty(), "no dot for a speck inside a larger drawing");

    Map<String, Long> both = Map.of("Soviet Union", 10L, "Russia", 3L, "Ukraine", 2L);
    Element svg = SvgDom.parse(MAP.render(both, WorldMapSvgTest::href, "c"));
    assertEquals(List.of(shapePath("RU")), pathsOf(link(svg, "Russia")));
    assertEquals(List.of(shapePath("UA")), pathsOf(link(svg, "Ukraine")));
    List<String> rest = pathsOf(link(svg, "Soviet Union"));
    assertEquals(14, rest.size());
    assertFalse(rest.contains(shapePath("RU")) || rest.contains(shapePath("UA")));
    assertTrue(MAP.unmappedCountries(both).isEmpty());
  }

  @Test
  void aHistoricalStateWithNoFreeShapeIsListedInTheTableOnly() {
    Map<String, Long> counts = Map.of("West Germany", 30L, "Germany", 2L, "East Germany", 5L);
    assertEquals(Set.of("East Germany", "West Germany"), MAP.unmappedCountries(counts));
    Element svg = SvgDom.parse(MAP.render(counts, WorldMapSvgTest::href, "c"));
    assertEquals(1, svg.select("a").size());
    assertEquals(List.of(shapePath("DE")), pathsOf(link(svg, "Germany")));
    String desc = SvgDom.byIdRef(svg, "aria-describedby").text();
    assertTrue(desc.contains("not on the map: East Germany, West Germany"), desc);

    assertEquals(List.of(new WorldMapSvg.Row("West Germany", 30, href("West Germany"), false),
            new WorldMapSvg.Row("East Germany", 5, href("East Germany"), false),
            new WorldMapSvg.Row("Germany", 2, href("Germany"), true)),
        MAP.tableRows(counts, WorldMapSvgTest::href));

    // Without "Germany" the larger of the two takes the shape.
    Map<String, Long> divided = Map.of("West Germany", 30L, "East Germany", 5L);
    assertEquals(Set.of("East Germany"), MAP.unmappedCountries(divided));
    Element split = SvgDom.parse(MAP.render(divided, WorldMapSvgTest::href, "c"));
    assertEquals(List.of(shapePath("DE")), pathsOf(link(split, "West Germany")));
  }

  @Test
  void unknownNamesAreUnmappedAndInTheTable() {
    Map<String, Long> counts = new HashMap<>(Map.of("Atlantis", 4L, "Peru", 4L, "Chile", 9L, "Nowhere", 0L));
    assertEquals(Set.of("Atlantis"), MAP.unmappedCountries(counts));
    assertEquals(List.of(new WorldMapSvg.Row("Chile", 9, href("Chile"), true),
            new WorldMapSvg.Row("Atlantis", 4, href("Atlantis"), false),
            new WorldMapSvg.Row("Peru", 4, href("Peru"), true)),
        MAP.tableRows(counts, WorldMapSvgTest::href));
    counts.put("Narnia", -1L);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MAP.render(counts, WorldMapSvgTest::href, "c"));
    assertTrue(e.getMessage().contains("Narnia"), e.getMessage());
  }

  @Test
  void namesMatchIgnoringCaseAndSpacesAndFallBackToNaturalEarthNames() {
    Map<String, Long> counts = Map.of(" united states ", 3L, "Greenland", 2L, "Czechia", 1L, "USSR", 1L);
    assertTrue(MAP.unmappedCountries(counts).isEmpty());
    Element svg = SvgDom.parse(MAP.render(counts, WorldMapSvgTest::href, "c"));
    assertEquals(List.of(shapePath("US")), pathsOf(link(svg, " united states ")));
    assertEquals(List.of(shapePath("GL")), pathsOf(link(svg, "Greenland")));
    assertEquals(List.of(shapePath("CZ")), pathsOf(link(svg, "Czechia")));
  }

  @Test
  void hostileNamesAndLinksStayInert() {
    String evil = "\"><script>alert(1)</script>";
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put(evil, 7L);
    counts.put("France", 3L);
    counts.put("Spain", 2L);
    String out = MAP.render(counts, c -> c.equals("Spain") ? "javascript:alert(1)" : "/search?country=" + c, evil);
    assertFalse(out.contains("<script"));
    Element svg = SvgDom.parse(out);
    assertTrue(svg.select("script").isEmpty());
    assertEquals(evil, SvgDom.byIdRef(svg, "aria-labelledby").text());
    assertTrue(SvgDom.byIdRef(svg, "aria-describedby").text().contains("not on the map: " + evil));
    Elements links = svg.select("a");
    assertEquals(1, links.size(), "Spain's javascript: link is dropped");
    assertEquals("/search?country=France", links.get(0).attr("href"));
    Element spain = svg.select("g.fw-country").stream()
        .filter(g -> g.selectFirst("title").text().equals("Spain: 2 articles")).findFirst().orElseThrow();
    assertEquals(List.of(shapePath("ES")), pathsOf(spain));

    List<WorldMapSvg.Row> rows = MAP.tableRows(counts, c -> c.equals("Spain") ? "javascript:alert(1)" : "/search?country=" + c);
    assertEquals(evil, rows.get(0).country());
    assertNull(rows.get(2).href(), "the table does not link it either");
  }

  @Test
  void everyCanonicalCountryOfTheGazetteerIsOnTheMap() throws IOException {
    List<String> canonical = canonicalNames();
    assertTrue(canonical.size() > 190, "countries.tsv read: " + canonical.size());
    List<String> failures = new ArrayList<>();
    Map<String, String> keyOwner = new HashMap<>();
    for (String name : canonical) {
      if (NOT_ON_THE_MAP.containsKey(name)) {
        assertEquals(Set.of(name), MAP.unmappedCountries(Map.of(name, 1L)), "listed as not on the map: " + name);
        continue;
      }
      if (!MAP.unmappedCountries(Map.of(name, 1L)).isEmpty()) {
        failures.add(name);
        continue;
      }
      // jsoup alone here: well-formedness is checked by the other tests, and 200 strict parses are slow.
      Element svg = Jsoup.parse(MAP.render(Map.of(name, 1L), WorldMapSvgTest::href, "c"), "", Parser.xmlParser());
      Element a = link(svg, name);
      assertFalse(a.select("path, circle.fw-marker").isEmpty(), name + " draws something");
      if (!HISTORICAL.contains(name)) {
        // Two current states on one shape would hide one of them.
        for (String d : pathsOf(a)) {
          String other = keyOwner.put(d, name);
          assertNull(other, name + " and " + other + " share a shape");
        }
      }
    }
    assertEquals(List.of(), failures, "canonical countries the map cannot draw");
    assertTrue(canonical.containsAll(HISTORICAL), "the historical names are still in the gazetteer");
  }

  private static List<String> canonicalNames() throws IOException {
    try (InputStream in = WorldMapSvgTest.class.getResourceAsStream("/io/facetwire/extract/countries.tsv")) {
      assertNotNull(in, "the extractor's gazetteer is on the classpath");
      List<String> names = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String name = line.split("\t", -1)[0];
        if (!name.equals("-")) {
          names.add(name);
        }
      }
      return names;
    }
  }

  @Test
  void accessibleNameUniqueIdsAndNothingToDrawMeansNoMap() {
    Element svg = SvgDom.parse(MAP.render(Map.of("Peru", 1L), WorldMapSvgTest::href, "Countries in the results"));
    assertEquals("group", svg.attr("role"));
    assertEquals("Countries in the results", SvgDom.byIdRef(svg, "aria-labelledby").text());
    assertEquals("title", SvgDom.byIdRef(svg, "aria-labelledby").tagName());
    assertEquals("desc", SvgDom.byIdRef(svg, "aria-describedby").tagName());
    assertEquals("0 0 1000 447", svg.attr("viewBox"));
    Element again = SvgDom.parse(MAP.render(Map.of("Peru", 1L), WorldMapSvgTest::href, "Countries in the results"));
    assertFalse(svg.attr("aria-labelledby").equals(again.attr("aria-labelledby")));

    assertEquals("", MAP.render(Map.of(), WorldMapSvgTest::href, "c"));
    assertEquals("", MAP.render(Map.of("Peru", 0L), WorldMapSvgTest::href, "c"));
    assertEquals("", MAP.render(Map.of("Atlantis", 5L), WorldMapSvgTest::href, "c"));
  }

  @Test
  void aMapWithEveryCountryCountedStaysSmallEnoughToInline() throws IOException {
    Map<String, Long> all = new HashMap<>();
    long n = 1;
    for (String name : canonicalNames()) {
      all.put(name, n++);
    }
    String out = MAP.render(all, WorldMapSvgTest::href, "All countries");
    SvgDom.parse(out);
    assertTrue(out.length() < 150_000, "map with every country: " + out.length() + " chars");
  }
}
