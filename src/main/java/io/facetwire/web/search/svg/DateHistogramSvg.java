package io.facetwire.web.search.svg;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A bar chart of articles over time, as an SVG string for {@code th:utext}: one bar per bucket,
 * each a link that narrows the search to its period. No script: it works with JavaScript off,
 * and keyboard users reach every bar with Tab. Everything written is escaped by {@link SvgText}.
 *
 * <p>The outer element has {@code role="group"}, not {@code role="img"}: an image's children are
 * hidden from assistive technology, and here the children are the links.
 */
public final class DateHistogramSvg {

  /** One period: its first and last day, how many articles, and the search link the caller built. */
  public record Bucket(LocalDate start, LocalDate endInclusive, long count, String href) {
    public Bucket {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(endInclusive, "endInclusive");
      if (endInclusive.isBefore(start)) {
        throw new IllegalArgumentException("bucket " + start + " ends before it starts: " + endInclusive);
      }
      if (count < 0) {
        throw new IllegalArgumentException("bucket " + start + " has a negative count: " + count);
      }
    }
  }

  static final double WIDTH = 640;
  static final double HEIGHT = 220;
  /** Room above the plot for the count of the tallest bar, at the largest label size. */
  static final double TOP = 30;
  /** Room below the plot for the period labels, at the largest label size. */
  static final double BOTTOM = 34;
  static final double LEFT = 4;
  static final double RIGHT = 4;
  /** The labels' size in viewBox units when no stylesheet picks a {@link LabelSize}. */
  static final double FONT_SIZE = 11;
  /** Average glyph width of the sans-serif font, as a share of its size, to keep labels apart. */
  static final double CHAR_WIDTH_PER_EM = 6.2 / 11;
  static final double MAX_BAR_WIDTH = 48;
  static final String BAR_COLOUR = "#2b6cb0";
  static final String ZERO_COLOUR = "#6b7280";
  static final String TEXT_COLOUR = "#374151";

  /**
   * The chart scales with its box, and its text with it, so one font size cannot stay readable
   * from a 320 px phone to a wide screen. The period labels are written once per size, each set
   * spaced for its own size; the site stylesheet shows the set that fits the chart's width (a
   * container query on {@code .chart}). Each size is 12 px as rendered at the narrowest width it is
   * shown at: {@code size * minWidth / WIDTH = 12}.
   */
  enum LabelSize {
    /** Below 440 px (phones; the chart never gets narrower than 320 px, it scrolls instead). */
    SMALL_CHART("fw-axis-s", 24),
    /** 440 to 700 px. */
    MEDIUM_CHART("fw-axis-m", 17.5),
    /** 700 px and wider; also the size without the stylesheet. */
    WIDE_CHART("fw-axis-l", FONT_SIZE);

    final String cssClass;
    final double fontSize;

    LabelSize(String cssClass, double fontSize) {
      this.cssClass = cssClass;
      this.fontSize = fontSize;
    }

    double charWidth() {
      return fontSize * CHAR_WIDTH_PER_EM;
    }

    /** Space kept between two labels. */
    double gap() {
      return fontSize;
    }
  }

  /** Said in the chart's description; pages say it beside the chart too. */
  public static final String SCALE_NOTE = "Bar heights follow the square root of the count, so small"
      + " periods stay visible next to large ones; each bar's title gives its exact count.";

  private DateHistogramSvg() {}

  /** {@link #render(List, Function, String)} with the caption "Articles over time". */
  public static String render(List<Bucket> buckets, Function<LocalDate, String> label) {
    return render(buckets, label, "Articles over time");
  }

  /**
   * The chart, or "" when there are no buckets (the page then says there are no dated articles).
   *
   * @param buckets in date order, gaps included as zero-count buckets
   * @param label names a bucket from its start date, e.g. {@code interval::label}
   * @param caption the chart's accessible title, e.g. "Articles per month"
   */
  public static String render(List<Bucket> buckets, Function<LocalDate, String> label, String caption) {
    if (buckets.isEmpty()) {
      return "";
    }
    List<String> labels = buckets.stream().map(b -> label.apply(b.start())).toList();
    long max = buckets.stream().mapToLong(Bucket::count).max().orElse(0);
    Plot plot = new Plot(LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM, buckets.size(), max);

    String titleId = SvgIds.next("fw-hist-title");
    String descId = SvgIds.next("fw-hist-desc");
    StringBuilder svg = new StringBuilder(400 + buckets.size() * 320);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fw-histogram\" role=\"group\"")
        .append(" width=\"100%\" viewBox=\"0 0 ").append(SvgText.number(WIDTH)).append(' ')
        .append(SvgText.number(HEIGHT)).append("\" aria-labelledby=\"").append(titleId)
        .append("\" aria-describedby=\"").append(descId).append("\">");
    svg.append("<title id=\"").append(titleId).append("\">").append(SvgText.escape(caption)).append("</title>");
    svg.append("<desc id=\"").append(descId).append("\">")
        .append(SvgText.escape(description(buckets, labels, max))).append("</desc>");
    appendScale(svg, plot);
    for (int i = 0; i < buckets.size(); i++) {
      appendBar(svg, plot, i, buckets.get(i), labels.get(i));
    }
    for (LabelSize size : LabelSize.values()) {
      appendAxisLabels(svg, plot, labels, size);
    }
    return svg.append("</svg>").toString();
  }

  /** The plotting area and the bar geometry inside it. */
  record Plot(double x, double y, double width, double height, int bars, long max) {
    double slot() {
      return width / bars;
    }

    double barWidth() {
      double gap = bars == 1 ? 0 : Math.min(slot() * 0.2, 4);
      return Math.min(slot() - gap, MAX_BAR_WIDTH);
    }

    double barX(int i) {
      return x + i * slot() + (slot() - barWidth()) / 2;
    }

    double baseline() {
      return y + height;
    }

    /**
     * On a square-root scale: 1,544 articles next to 30 would otherwise leave the 30 a two-pixel
     * stub. A non-zero count never shrinks below a visible sliver.
     */
    double barHeight(long count) {
      if (count == 0) {
        return 1;
      }
      return Math.max(height * Math.sqrt(count / (double) max), 1.5);
    }
  }

  private static String description(List<Bucket> buckets, List<String> labels, long max) {
    // Summed exactly: a sum of huge counts would overflow a long.
    BigInteger total = buckets.stream().map(b -> BigInteger.valueOf(b.count()))
        .reduce(BigInteger.ZERO, BigInteger::add);
    int busiest = 0;
    for (int i = 1; i < buckets.size(); i++) {
      if (buckets.get(i).count() > buckets.get(busiest).count()) {
        busiest = i;
      }
    }
    String span = buckets.size() == 1 ? labels.get(0)
        : buckets.size() + " periods from " + labels.get(0) + " to " + labels.get(labels.size() - 1);
    String most = max == 0 ? "" : "; the most, " + SvgText.articles(max) + ", in " + labels.get(busiest);
    String totalText = total.signum() == 0 ? "No articles"
        : String.format(Locale.ENGLISH, "%,d %s", total, total.equals(BigInteger.ONE) ? "article" : "articles");
    return totalText + " in " + span + most
        + ". Each bar with articles links to the search narrowed to its period. " + SCALE_NOTE;
  }

  /** The baseline, and a dashed line at the tallest bar's top with its count above it, left. */
  private static void appendScale(StringBuilder svg, Plot plot) {
    String baseline = SvgText.number(plot.baseline());
    svg.append("<g class=\"fw-scale\" font-family=\"system-ui, sans-serif\" font-size=\"")
        .append(SvgText.number(FONT_SIZE)).append("\" fill=\"").append(TEXT_COLOUR).append("\">");
    svg.append("<line x1=\"").append(SvgText.number(plot.x())).append("\" x2=\"")
        .append(SvgText.number(plot.x() + plot.width())).append("\" y1=\"").append(baseline)
        .append("\" y2=\"").append(baseline).append("\" stroke=\"").append(ZERO_COLOUR).append("\"/>");
    if (plot.max() > 0) {
      String top = SvgText.number(plot.y());
      svg.append("<line x1=\"").append(SvgText.number(plot.x())).append("\" x2=\"")
          .append(SvgText.number(plot.x() + plot.width())).append("\" y1=\"").append(top)
          .append("\" y2=\"").append(top)
          .append("\" stroke=\"#d1d5db\" stroke-dasharray=\"3 3\"/>");
      svg.append("<text class=\"fw-max\" x=\"").append(SvgText.number(plot.x())).append("\" y=\"")
          .append(SvgText.number(plot.y() - 5)).append("\">")
          .append(SvgText.escape(String.format(Locale.ENGLISH, "%,d", plot.max()))).append("</text>");
    }
    svg.append("</g>");
  }

  private static void appendBar(StringBuilder svg, Plot plot, int i, Bucket bucket, String label) {
    String name = label + ": " + SvgText.articles(bucket.count());
    String href = bucket.count() > 0 ? SvgText.safeHref(bucket.href()) : null;
    if (href != null) {
      svg.append("<a class=\"fw-period\" href=\"").append(href).append("\" aria-label=\"")
          .append(SvgText.escape(name)).append("\">");
    } else {
      svg.append("<g class=\"fw-period\">");
    }
    svg.append("<title>").append(SvgText.escape(name)).append("</title>");
    if (href != null) {
      // The whole column is clickable, not only the (maybe very short) bar.
      svg.append("<rect class=\"fw-hit\" x=\"").append(SvgText.number(plot.x() + i * plot.slot()))
          .append("\" y=\"").append(SvgText.number(plot.y())).append("\" width=\"")
          .append(SvgText.number(plot.slot())).append("\" height=\"")
          .append(SvgText.number(plot.height())).append("\" fill=\"transparent\"/>");
    }
    double h = plot.barHeight(bucket.count());
    svg.append("<rect class=\"fw-bar").append(bucket.count() == 0 ? " fw-bar-zero" : "")
        .append("\" data-count=\"").append(bucket.count())
        .append("\" x=\"").append(SvgText.number(plot.barX(i))).append("\" y=\"")
        .append(SvgText.number(plot.baseline() - h)).append("\" width=\"")
        .append(SvgText.number(plot.barWidth())).append("\" height=\"").append(SvgText.number(h))
        .append("\" fill=\"").append(bucket.count() == 0 ? ZERO_COLOUR : BAR_COLOUR).append("\"/>");
    svg.append(href != null ? "</a>" : "</g>");
  }

  /** One set of period labels at one size (see {@link LabelSize}); hidden from screen readers, the bars name their periods. */
  private static void appendAxisLabels(StringBuilder svg, Plot plot, List<String> labels, LabelSize size) {
    String y = SvgText.number(plot.baseline() + size.fontSize + 3);
    svg.append("<g class=\"fw-axis ").append(size.cssClass)
        .append("\" font-family=\"system-ui, sans-serif\" font-size=\"")
        .append(SvgText.number(size.fontSize)).append("\" fill=\"").append(TEXT_COLOUR)
        .append("\" aria-hidden=\"true\">");
    for (AxisLabel label : axisLabels(plot, labels, size)) {
      svg.append("<text x=\"").append(SvgText.number(label.x())).append("\" y=\"").append(y)
          .append("\" text-anchor=\"").append(label.anchor()).append("\">")
          .append(SvgText.escape(labels.get(label.index()))).append("</text>");
    }
    svg.append("</g>");
  }

  /** A label under bar {@code index}, its anchor point and the span it is estimated to cover, gap included. */
  record AxisLabel(int index, double x, String anchor, double from, double to) {
    boolean clearOf(AxisLabel other) {
      return to <= other.from || other.to <= from;
    }
  }

  /** First and last period always; between them, evenly spaced, as many as fit without overlapping. */
  static List<AxisLabel> axisLabels(Plot plot, List<String> labels, LabelSize size) {
    int n = labels.size();
    double half = size.gap() / 2;
    if (n == 1) {
      double x = plot.x() + plot.slot() / 2;
      double w = labels.get(0).length() * size.charWidth();
      return List.of(new AxisLabel(0, x, "middle", x - w / 2 - half, x + w / 2 + half));
    }
    // The first label starts at its bar and the last ends at its bar, so neither leaves the chart.
    double firstX = plot.barX(0);
    AxisLabel first = new AxisLabel(0, firstX, "start", firstX - half,
        firstX + labels.get(0).length() * size.charWidth() + half);
    double lastX = plot.barX(n - 1) + plot.barWidth();
    AxisLabel last = new AxisLabel(n - 1, lastX, "end",
        lastX - labels.get(n - 1).length() * size.charWidth() - half, lastX + half);
    List<AxisLabel> shown = new ArrayList<>(List.of(first));
    // Try ever sparser even spacing until the intermediate labels fit between first and last.
    for (int step = 1; step < n - 1; step++) {
      List<AxisLabel> middle = new ArrayList<>();
      boolean fits = true;
      AxisLabel previous = first;
      for (int i = step; i < n - 1 && fits; i += step) {
        double x = plot.barX(i) + plot.barWidth() / 2;
        double w = labels.get(i).length() * size.charWidth();
        AxisLabel label = new AxisLabel(i, x, "middle", x - w / 2 - half, x + w / 2 + half);
        if (!label.clearOf(previous)) {
          fits = false;
        } else if (label.clearOf(last)) {
          middle.add(label);
          previous = label;
        }
      }
      if (fits) {
        shown.addAll(middle);
        break;
      }
    }
    if (last.clearOf(first)) {
      shown.add(last);
    }
    return shown;
  }
}
