package io.facetwire.web.search.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.search.HistogramInterval;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class DateHistogramSvgTest {

  private static List<DateHistogramSvg.Bucket> months(long... counts) {
    List<DateHistogramSvg.Bucket> buckets = new ArrayList<>();
    LocalDate start = LocalDate.of(2020, 1, 1);
    for (long count : counts) {
      LocalDate end = HistogramInterval.MONTH.end(start);
      buckets.add(new DateHistogramSvg.Bucket(start, end, count, "/search?from=" + start + "&to=" + end));
      start = end.plusDays(1);
    }
    return buckets;
  }

  private static double attr(Element e, String name) {
    return Double.parseDouble(e.attr(name));
  }

  @Test
  void oneBarPerBucketEachNonEmptyOneALinkWithItsPeriodAndCount() {
    List<DateHistogramSvg.Bucket> buckets = months(5, 0, 12, 1, 40, 0, 7);
    Element svg = SvgDom.parse(DateHistogramSvg.render(buckets, CalendarInterval.MONTH::label, "Articles per month"));

    Elements bars = svg.select("rect.fw-bar");
    assertEquals(buckets.size(), bars.size());
    Elements links = svg.select("a");
    assertEquals(5, links.size(), "one link per bucket with articles");
    assertEquals("/search?from=2020-03-01&to=2020-03-31", links.get(1).attr("href"));
    assertEquals("Mar 2020: 12 articles", links.get(1).selectFirst("title").text());
    assertEquals("Apr 2020: 1 article", links.get(2).selectFirst("title").text());
    assertEquals("Mar 2020: 12 articles", links.get(1).attr("aria-label"));
    // Empty periods are still drawn, as a thin baseline, unlinked, and say so.
    Elements zero = svg.select("rect.fw-bar-zero");
    assertEquals(2, zero.size());
    assertEquals(1.0, attr(zero.get(0), "height"));
    assertEquals("Feb 2020: no articles", zero.get(0).parent().selectFirst("title").text());
    assertFalse(zero.get(0).parent().tagName().equals("a"));
  }

  @Test
  void barHeightsFollowTheSquareRootOfTheCounts() {
    long[] counts = {10, 20, 40, 5, 33, 40};
    Element svg = SvgDom.parse(DateHistogramSvg.render(months(counts), CalendarInterval.MONTH::label));
    Elements bars = svg.select("rect.fw-bar");
    double tallest = attr(bars.get(2), "height");
    double baseline = attr(bars.get(2), "y") + tallest;
    for (int i = 0; i < counts.length; i++) {
      assertEquals(Math.sqrt(counts[i] / 40.0), attr(bars.get(i), "height") / tallest, 0.005, "bar " + i);
      assertEquals(String.valueOf(counts[i]), bars.get(i).attr("data-count"), "the exact count rides on the bar");
      assertEquals(baseline, attr(bars.get(i), "y") + attr(bars.get(i), "height"), 0.011, "bar " + i + " on the baseline");
    }
    // Bars go left to right in date order and do not overlap.
    for (int i = 1; i < counts.length; i++) {
      assertTrue(attr(bars.get(i), "x") >= attr(bars.get(i - 1), "x") + attr(bars.get(i - 1), "width"));
    }
    assertEquals("40", svg.selectFirst("text.fw-max").text());
  }

  @Test
  void aSmallYearNextToAHugeOneStaysVisibleAndTheChartSaysWhy() {
    // Reuters' 1,544 articles of 1987 next to a year of 12: linear, 12 would be 0.8% of the height.
    List<DateHistogramSvg.Bucket> years = List.of(
        new DateHistogramSvg.Bucket(LocalDate.of(1987, 1, 1), LocalDate.of(1987, 12, 31), 1544, "/s?y=1987"),
        new DateHistogramSvg.Bucket(LocalDate.of(1988, 1, 1), LocalDate.of(1988, 12, 31), 12, "/s?y=1988"));
    Element svg = SvgDom.parse(DateHistogramSvg.render(years, CalendarInterval.YEAR::label));
    Elements bars = svg.select("rect.fw-bar");
    assertTrue(attr(bars.get(1), "height") / attr(bars.get(0), "height") > 0.08, "a twelfth of the height or so");
    assertEquals("1988: 12 articles", svg.select("a").get(1).attr("aria-label"));
    assertTrue(SvgDom.byIdRef(svg, "aria-describedby").text().contains("square root"));
  }

  @Test
  void accessibleNameAndDescriptionAreReferencedByIdAndUniquePerChart() {
    String first = DateHistogramSvg.render(months(3, 4), CalendarInterval.MONTH::label, "Articles per month");
    String second = DateHistogramSvg.render(months(3, 4), CalendarInterval.MONTH::label, "Articles per month");
    Element svg = SvgDom.parse(first);
    assertEquals("group", svg.attr("role"));
    assertEquals("Articles per month", SvgDom.byIdRef(svg, "aria-labelledby").text());
    assertEquals("title", SvgDom.byIdRef(svg, "aria-labelledby").tagName());
    String desc = SvgDom.byIdRef(svg, "aria-describedby").text();
    assertTrue(desc.startsWith("7 articles in 2 periods from Jan 2020 to Feb 2020; the most, 4 articles, in Feb 2020"), desc);
    assertNotEquals(svg.attr("aria-labelledby"), SvgDom.parse(second).attr("aria-labelledby"));
    assertTrue(svg.attr("viewBox").matches("0 0 \\d+ \\d+"));
    assertEquals("100%", svg.attr("width"));
    assertFalse(svg.hasAttr("height"), "height follows the width through the viewBox");
  }

  @Test
  void hostileLabelsCaptionsAndLinksStayInert() {
    String evil = "\"><script>alert(1)</script>";
    List<DateHistogramSvg.Bucket> buckets = List.of(
        new DateHistogramSvg.Bucket(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1), 3, "/search?q=" + evil),
        new DateHistogramSvg.Bucket(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 2), 4, "javascript:alert(1)"),
        new DateHistogramSvg.Bucket(LocalDate.of(2020, 1, 3), LocalDate.of(2020, 1, 3), 5, " JAVA\tSCRIPT:alert(1)"));
    String out = DateHistogramSvg.render(buckets, d -> evil + d, evil);
    Element svg = SvgDom.parse(out);
    assertTrue(svg.select("script").isEmpty());
    assertFalse(out.contains("<script"));
    assertEquals(evil, svg.selectFirst("title").text());
    Elements links = svg.select("a");
    assertEquals(1, links.size(), "javascript: links are dropped, their bars kept");
    assertEquals("/search?q=" + evil, links.get(0).attr("href"));
    assertEquals(3, svg.select("rect.fw-bar").size());
    assertEquals(evil + "2020-01-02: 4 articles", svg.select("g.fw-period > title").get(0).text());
  }

  @Test
  void noBucketsNoChartAndOneBucketOneCentredBar() {
    assertEquals("", DateHistogramSvg.render(List.of(), CalendarInterval.DAY::label));

    Element svg = SvgDom.parse(DateHistogramSvg.render(months(9), CalendarInterval.MONTH::label));
    assertEquals(1, svg.select("rect.fw-bar").size());
    for (Element axis : svg.select("g.fw-axis")) {
      assertEquals(List.of("Jan 2020"), axis.select("text").eachText());
    }
    assertEquals(DateHistogramSvg.LabelSize.values().length, svg.select("g.fw-axis").size());
    Element bar = svg.selectFirst("rect.fw-bar");
    double centre = attr(bar, "x") + attr(bar, "width") / 2;
    assertEquals(centre, attr(svg.selectFirst("g.fw-axis text"), "x"), 0.01);
    assertTrue(attr(bar, "width") <= DateHistogramSvg.MAX_BAR_WIDTH);
  }

  @Test
  void allZeroBucketsStillDrawABaselineAndNoLinks() {
    Element svg = SvgDom.parse(DateHistogramSvg.render(months(0, 0, 0), CalendarInterval.MONTH::label));
    assertEquals(3, svg.select("rect.fw-bar-zero").size());
    assertTrue(svg.select("a").isEmpty());
    assertTrue(svg.select("text.fw-max").isEmpty());
  }

  @Test
  void hugeCountsDoNotOverflow() {
    long big = Long.MAX_VALUE / 2;
    Element svg = SvgDom.parse(DateHistogramSvg.render(months(big, big, big / 4, 1),
        CalendarInterval.MONTH::label));
    assertEquals("4,611,686,018,427,387,903", svg.selectFirst("text.fw-max").text());
    Elements bars = svg.select("rect.fw-bar");
    assertEquals(0.5, attr(bars.get(2), "height") / attr(bars.get(0), "height"), 0.005, "square root of a quarter");
    assertTrue(attr(bars.get(3), "height") >= 1.5, "a tiny count stays visible");
    assertTrue(SvgDom.byIdRef(svg, "aria-describedby").text().startsWith("10,376,293,541,461,622,782 articles"));
    // The count label sits above the plot, at its left edge, clear of the top line.
    Element max = svg.selectFirst("text.fw-max");
    assertTrue(attr(max, "y") < DateHistogramSvg.TOP);
    assertTrue(attr(max, "x") >= 0);
  }

  @Test
  void axisLabelsFirstLastAndEvenlyBetweenWithoutOverlap() {
    List<DateHistogramSvg.Bucket> buckets = new ArrayList<>();
    HistogramInterval week = HistogramInterval.WEEK;
    for (LocalDate start = week.start(LocalDate.of(2020, 1, 1)); !start.isAfter(LocalDate.of(2021, 2, 20));
        start = week.plus(start, 1)) {
      buckets.add(new DateHistogramSvg.Bucket(start, week.end(start), 3, "/s"));
    }
    assertEquals(60, buckets.size());
    Element svg = SvgDom.parse(DateHistogramSvg.render(buckets, CalendarInterval.WEEK::label));
    List<String> labels = svg.select("g.fw-axis-l text").eachText();
    assertEquals("week of 30 Dec 2019", labels.get(0));
    assertEquals("week of 15 Feb 2021", labels.get(labels.size() - 1));
    assertTrue(labels.size() >= 3, "some intermediate labels: " + labels);
    // Larger labels (for narrower charts) are fewer: each set is spaced for its own size.
    int small = svg.select("g.fw-axis-s text").size();
    int medium = svg.select("g.fw-axis-m text").size();
    assertTrue(small <= medium && medium <= labels.size() && small < labels.size(), small + " " + medium + " " + labels.size());
    assertTrue(small >= 2, "first and last at least");

    DateHistogramSvg.Plot plot = new DateHistogramSvg.Plot(4, 30, 632, 150, buckets.size(), 3);
    for (DateHistogramSvg.LabelSize size : DateHistogramSvg.LabelSize.values()) {
      List<DateHistogramSvg.AxisLabel> placed = DateHistogramSvg.axisLabels(plot,
          buckets.stream().map(b -> CalendarInterval.WEEK.label(b.start())).toList(), size);
      for (int i = 1; i < placed.size(); i++) {
        assertTrue(placed.get(i - 1).clearOf(placed.get(i)), size + ": " + placed.get(i - 1) + " overlaps " + placed.get(i));
        // Within the chart, gap margins aside.
        assertTrue(placed.get(i).from() + size.gap() / 2 >= 0 && placed.get(i).to() - size.gap() / 2 <= DateHistogramSvg.WIDTH,
            size + ": " + placed.get(i));
      }
      // Evenly spaced in between.
      List<Integer> middle = placed.subList(1, placed.size() - 1).stream().map(DateHistogramSvg.AxisLabel::index).toList();
      for (int i = 1; i < middle.size(); i++) {
        assertEquals(middle.get(0), middle.get(i) - middle.get(i - 1));
      }
    }
  }

  @Test
  void eachLabelSizeIsTwelvePixelsAtTheNarrowestChartItIsShownIn() {
    // The widths of the container queries in style.css: below 440, 440-700, 700 and up; 320 is the chart's minimum.
    Map<DateHistogramSvg.LabelSize, Double> narrowest = Map.of(DateHistogramSvg.LabelSize.SMALL_CHART, 320.0,
        DateHistogramSvg.LabelSize.MEDIUM_CHART, 440.0, DateHistogramSvg.LabelSize.WIDE_CHART, 700.0);
    narrowest.forEach((size, width) ->
        assertTrue(size.fontSize * width / DateHistogramSvg.WIDTH >= 12 - 1e-9, size + " at " + width + " px"));
    String css = readStylesheet();
    assertTrue(css.contains("@container (min-width: 440px)") && css.contains("@container (min-width: 700px)")
        && css.contains(".fw-chart-scroll > .fw-histogram { min-width: 320px; }"), "style.css uses these widths");
  }

  private static String readStylesheet() {
    try (var in = DateHistogramSvgTest.class.getResourceAsStream("/public/style.css")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void badBucketsAreRefusedWithTheirDate() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new DateHistogramSvg.Bucket(LocalDate.of(2020, 5, 1), LocalDate.of(2020, 4, 30), 1, "/s"));
    assertTrue(e.getMessage().contains("2020-05-01"));
    e = assertThrows(IllegalArgumentException.class,
        () -> new DateHistogramSvg.Bucket(LocalDate.of(2020, 5, 1), LocalDate.of(2020, 5, 1), -1, "/s"));
    assertTrue(e.getMessage().contains("negative"));
  }
}
