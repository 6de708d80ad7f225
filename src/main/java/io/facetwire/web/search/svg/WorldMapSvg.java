package io.facetwire.web.search.svg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Function;

/**
 * A choropleth world map of the country facet, as an SVG string for {@code th:utext}: countries
 * with articles shaded by count in a few steps of one hue, each a link that filters the search;
 * the rest light grey. No script. Shapes: Natural Earth via world-countries.tsv (see its header
 * and ATTRIBUTION.md); names: country-shapes.tsv.
 *
 * <p>Historical states (Soviet Union, Yugoslavia, West Germany, ...) are drawn on today's shapes of
 * their successors, where no current state with articles fills them; see {@link MapPlan}. A name
 * the map cannot draw is in {@link #unmappedCountries} and the page lists it in the table only.
 *
 * <p>The map is a picture for sighted mouse users first; {@link #tableRows} is the same data as a
 * table for screen readers and as a fallback, and the page should show it next to the map.
 */
public final class WorldMapSvg {

  /** A row of the text table: a counted country, its search link (null if unsafe), and whether the map shows it. */
  public record Row(String country, long count, String href, boolean onMap) {}

  static final String BORDER = "#ffffff";
  static final String MARKER_STROKE = "#1f2937";
  static final String TEXT_COLOUR = "#374151";
  static final double MARKER_RADIUS = 3.5;
  /** Tiny countries are dots; a click anywhere this near still hits them. */
  static final double MARKER_HIT_RADIUS = 8;

  private final WorldShapes world;
  private final CountryShapes names;

  public WorldMapSvg() {
    this(WorldShapes.get(), CountryShapes.get());
  }

  WorldMapSvg(WorldShapes world, CountryShapes names) {
    this.world = world;
    this.names = names;
  }

  /**
   * The map, or "" when no counted country can be drawn (the table then says it all).
   *
   * @param countsByCountry facet value to article count; zero counts are treated as absent
   * @param hrefForCountry the search link for a facet value; an unsafe URL (not http/https or
   *     relative) leaves the country shaded but not linked
   * @param caption the accessible title, e.g. "Countries named in the matching articles"
   */
  public String render(Map<String, Long> countsByCountry, Function<String, String> hrefForCountry,
      String caption) {
    return render(MapPlan.of(countsByCountry, names), hrefForCountry, caption);
  }

  /** The map, its colour key (HTML, "" without a map) and its table, from one plan, each country's link made once. */
  public record Drawing(String svg, String legendHtml, List<Row> rows) {}

  /** {@link #render} and {@link #tableRows} in one go: what a page showing both should call. */
  public Drawing draw(Map<String, Long> countsByCountry, Function<String, String> hrefForCountry,
      String caption) {
    MapPlan plan = MapPlan.of(countsByCountry, names);
    Map<String, String> hrefs = new java.util.HashMap<>();
    Function<String, String> once = country -> hrefs.computeIfAbsent(country, hrefForCountry);
    String svg = render(plan, once, caption);
    String legend = svg.isEmpty() ? "" : legendHtml(ColourScale.upTo(plan.maxDrawnCount()));
    return new Drawing(svg, legend, rows(plan, countsByCountry, once));
  }

  private String render(MapPlan plan, Function<String, String> hrefForCountry, String caption) {
    if (plan.drawn.isEmpty()) {
      return "";
    }
    ColourScale scale = ColourScale.upTo(plan.maxDrawnCount());
    String titleId = SvgIds.next("fw-map-title");
    String descId = SvgIds.next("fw-map-desc");
    StringBuilder svg = new StringBuilder(110_000);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fw-worldmap\" role=\"group\"")
        .append(" width=\"100%\" viewBox=\"").append(SvgText.escape(world.viewBox()))
        .append("\" aria-labelledby=\"").append(titleId).append("\" aria-describedby=\"")
        .append(descId).append("\">");
    svg.append("<title id=\"").append(titleId).append("\">").append(SvgText.escape(caption)).append("</title>");
    svg.append("<desc id=\"").append(descId).append("\">")
        .append(SvgText.escape(description(plan, scale))).append("</desc>");
    appendUncounted(svg, plan);
    svg.append("<g class=\"fw-counted\" stroke=\"").append(BORDER)
        .append("\" stroke-width=\"0.5\" stroke-linejoin=\"round\">");
    for (MapPlan.Drawn drawn : plan.drawn) {
      appendCountry(svg, drawn, scale.colourOf(drawn.count()), hrefForCountry);
    }
    svg.append("</g>");
    return svg.append("</svg>").toString();
  }

  /** Every counted country, most articles first, then by name; the page's table and fallback. */
  public List<Row> tableRows(Map<String, Long> countsByCountry, Function<String, String> hrefForCountry) {
    return rows(MapPlan.of(countsByCountry, names), countsByCountry, hrefForCountry);
  }

  private static List<Row> rows(MapPlan plan, Map<String, Long> countsByCountry,
      Function<String, String> hrefForCountry) {
    Set<String> unmapped = plan.unmapped;
    List<Row> rows = new ArrayList<>();
    MapPlan.positive(countsByCountry).forEach((country, count) -> rows.add(new Row(country, count,
        SvgText.cleanHref(hrefForCountry.apply(country)), !unmapped.contains(country))));
    rows.sort(Comparator.comparingLong(Row::count).reversed().thenComparing(Row::country));
    return List.copyOf(rows);
  }

  /**
   * Counted names the map does not draw, sorted: names it does not know, and historical states
   * whose successors' shapes all show a current state (East Germany when Germany has articles).
   */
  public SortedSet<String> unmappedCountries(Map<String, Long> countsByCountry) {
    return MapPlan.of(countsByCountry, names).unmapped;
  }

  private static String description(MapPlan plan, ColourScale scale) {
    List<ColourScale.Step> steps = scale.steps();
    StringBuilder d = new StringBuilder("World map: countries shaded by the number of articles, from light (")
        .append(steps.get(0).label()).append(") to dark (").append(steps.get(steps.size() - 1).label())
        .append("); grey means none. ").append(plan.drawn.size())
        .append(plan.drawn.size() == 1 ? " country is" : " countries are").append(" shaded");
    if (!plan.unmapped.isEmpty()) {
      d.append("; not on the map: ").append(String.join(", ", plan.unmapped));
    }
    d.append(". Each shaded country links to the search filtered to it. ");
    if (plan.drawn.stream().anyMatch(MapPlan.Drawn::historical)) {
      d.append("Former states are drawn on today's borders of their successors. ");
    }
    return d.append("The table of countries has the same figures.").toString();
  }

  /** All land without articles as one grey path: no links, and half the bytes of one path each. */
  private void appendUncounted(StringBuilder svg, MapPlan plan) {
    svg.append("<g class=\"fw-land\" aria-hidden=\"true\"><path fill=\"").append(ColourScale.NO_DATA)
        .append("\" stroke=\"").append(BORDER).append("\" stroke-width=\"0.5\" stroke-linejoin=\"round\" d=\"");
    for (WorldShapes.Shape shape : world.byKey().values()) {
      if (!plan.claimedKeys.contains(shape.key())) {
        svg.append(shape.path());
      }
    }
    svg.append("\"/></g>");
  }

  private static void appendCountry(StringBuilder svg, MapPlan.Drawn drawn, String colour,
      Function<String, String> hrefForCountry) {
    String name = drawn.country() + ": " + SvgText.articles(drawn.count())
        + (drawn.historical() ? " (drawn on today's borders)" : "");
    String href = SvgText.safeHref(hrefForCountry.apply(drawn.country()));
    if (href != null) {
      svg.append("<a class=\"fw-country\" href=\"").append(href).append("\" aria-label=\"")
          .append(SvgText.escape(name)).append("\">");
    } else {
      svg.append("<g class=\"fw-country\">");
    }
    svg.append("<title>").append(SvgText.escape(name)).append("</title>");
    for (WorldShapes.Shape shape : drawn.shapes()) {
      if (!shape.path().isEmpty()) {
        svg.append("<path fill=\"").append(colour).append("\" d=\"").append(shape.path()).append("\"/>");
      }
    }
    // A dot only for a country that is all specks (Singapore, Tuvalu), not for a speck that is part
    // of a larger drawing (Baikonur inside the Soviet Union's shapes).
    boolean allSpecks = drawn.shapes().stream().allMatch(s -> s.marker() != null);
    for (WorldShapes.Shape shape : drawn.shapes()) {
      if (allSpecks) {
        String cx = SvgText.number(shape.marker().x());
        String cy = SvgText.number(shape.marker().y());
        svg.append("<circle class=\"fw-hit\" cx=\"").append(cx).append("\" cy=\"").append(cy)
            .append("\" r=\"").append(SvgText.number(MARKER_HIT_RADIUS))
            .append("\" fill=\"transparent\" stroke=\"none\"/>");
        svg.append("<circle class=\"fw-marker\" cx=\"").append(cx).append("\" cy=\"").append(cy)
            .append("\" r=\"").append(SvgText.number(MARKER_RADIUS)).append("\" fill=\"").append(colour)
            .append("\" stroke=\"").append(MARKER_STROKE).append("\" stroke-width=\"0.8\"/>");
      }
    }
    svg.append(href != null ? "</a>" : "</g>");
  }

  /**
   * The colour key, as HTML to put under the map: inside the SVG its text shrank with the map, to
   * about 4 px on a phone. Here it is page text at the page's size. The swatches are tiny SVGs with
   * presentation attributes, since the page's CSP allows no inline styles.
   */
  static String legendHtml(ColourScale scale) {
    StringBuilder html = new StringBuilder(900);
    html.append("<p class=\"fw-map-legend\"><span class=\"fw-legend-title\">Articles:</span>");
    appendSwatch(html, ColourScale.NO_DATA, "none");
    for (ColourScale.Step step : scale.steps()) {
      appendSwatch(html, step.colour(), step.label());
    }
    return html.append("</p>").toString();
  }

  private static void appendSwatch(StringBuilder html, String colour, String label) {
    html.append(" <span class=\"fw-swatch\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" height=\"12\"")
        .append(" aria-hidden=\"true\" focusable=\"false\"><rect x=\"0.5\" y=\"0.5\" width=\"15\" height=\"11\" fill=\"")
        .append(SvgText.escape(colour)).append("\" stroke=\"#9ca3af\"/></svg> ")
        .append(SvgText.escape(label)).append("</span>");
  }
}
