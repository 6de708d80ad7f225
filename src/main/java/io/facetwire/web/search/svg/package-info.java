/**
 * Server-side SVG charts for the search and entity pages: no script, every link a real
 * {@code <a href>}, every piece of text escaped (the output goes into templates with
 * {@code th:utext}).
 *
 * <ul>
 *   <li>{@link io.facetwire.web.search.svg.DateHistogramSvg}: articles over time, one linked bar per
 *       period. Pick the interval with {@code DateHistogramSvg.interval(min, max)}, ask
 *       Elasticsearch for a {@code date_histogram} with {@code calendar_interval =
 *       interval.esName()}, and build one {@code Bucket} per period with
 *       {@code interval.endInclusive(start)} and the narrowed search link.
 *   <li>{@link io.facetwire.web.search.svg.WorldMapSvg}: the country facet as a choropleth, with
 *       {@code tableRows} for the text table the page shows beside it and
 *       {@code unmappedCountries} for names only the table can show.
 * </ul>
 *
 * <p>The page's Content-Security-Policy forbids inline styles, so the SVG uses presentation
 * attributes only; focus and hover styles are in the site stylesheet ({@code public/style.css}),
 * to be copied into the site stylesheet. Both charts use {@code role="group"} with
 * {@code aria-labelledby}/{@code aria-describedby}: {@code role="img"} would hide their links
 * from assistive technology (axe-core reports it as "nested-interactive", serious).
 */
package io.facetwire.web.search.svg;
