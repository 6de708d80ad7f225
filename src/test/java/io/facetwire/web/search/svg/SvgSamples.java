package io.facetwire.web.search.svg;

import io.facetwire.search.HistogramInterval;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an HTML page with a sample map and histograms, to look at in a browser (or screenshot
 * with headless Chromium). Not a test: {@code java ... SvgSamples target/svg-samples.html}.
 */
public final class SvgSamples {

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/svg-samples.html");
    StringBuilder page = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\">"
        + "<title>Facetwire SVG samples</title><style>");
    try (var css = SvgSamples.class.getResourceAsStream("/public/style.css")) {
      page.append(new String(css.readAllBytes(), StandardCharsets.UTF_8));
    }
    page.append("body{font-family:system-ui,sans-serif;margin:16px;max-width:980px}</style></head><body>");
    WorldMapSvg.Drawing map = new WorldMapSvg().draw(sampleCounts(), SvgSamples::href, "Countries in the matching articles");
    page.append("<h2>World map</h2>").append(map.svg()).append(map.legendHtml());
    page.append("<h2>Articles per month</h2>").append(monthly());
    page.append("<h2>One bucket, huge count</h2>").append(DateHistogramSvg.render(List.of(
        new DateHistogramSvg.Bucket(LocalDate.of(1987, 1, 1), LocalDate.of(1987, 12, 31), 12_345_678_901L,
            "/search?from=1987-01-01&to=1987-12-31")), CalendarInterval.YEAR::label, "Articles per year"));
    page.append("</body></html>");
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, page);
    System.out.println("wrote " + out.toAbsolutePath());
  }

  static String href(String country) {
    return "/search?country=" + URLEncoder.encode(country, StandardCharsets.UTF_8);
  }

  static Map<String, Long> sampleCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("United States", 1200L);
    counts.put("United Kingdom", 420L);
    counts.put("Japan", 380L);
    counts.put("West Germany", 300L);
    counts.put("Soviet Union", 150L);
    counts.put("France", 180L);
    counts.put("Brazil", 95L);
    counts.put("China", 70L);
    counts.put("Canada", 60L);
    counts.put("Australia", 44L);
    counts.put("India", 30L);
    counts.put("South Africa", 25L);
    counts.put("Nigeria", 8L);
    counts.put("Argentina", 12L);
    counts.put("Yugoslavia", 6L);
    counts.put("Singapore", 20L);
    counts.put("Bahrain", 3L);
    counts.put("Tuvalu", 1L);
    counts.put("East Germany", 4L);
    counts.put("Ukraine", 2L);
    return counts;
  }

  private static String monthly() {
    LocalDate first = LocalDate.of(2019, 1, 5);
    LocalDate last = LocalDate.of(2021, 11, 20);
    HistogramInterval interval = HistogramInterval.forSpan(first, last);
    List<DateHistogramSvg.Bucket> buckets = new ArrayList<>();
    int i = 0;
    for (LocalDate start = interval.start(first); !start.isAfter(last); start = interval.plus(start, 1)) {
      long count = i % 7 == 3 ? 0 : Math.round(5 + 40 * Math.abs(Math.sin(i / 4.0)));
      buckets.add(new DateHistogramSvg.Bucket(start, interval.end(start), count,
          "/search?from=" + start + "&to=" + interval.end(start)));
      i++;
    }
    return DateHistogramSvg.render(buckets, CalendarInterval.of(interval)::label,
        "Articles per " + interval.name().toLowerCase(java.util.Locale.ROOT));
  }
}
