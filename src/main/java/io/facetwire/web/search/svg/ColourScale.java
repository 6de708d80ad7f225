package io.facetwire.web.search.svg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Discrete colour steps of one hue for the world map. Article counts per country are very skewed
 * (a few countries in most articles, a long tail in a handful), so the step bounds grow
 * geometrically from 1 to the largest count, rounded to 1, 2, 3 or 5 times a power of ten.
 */
public record ColourScale(List<Step> steps) {

  /** Counts {@code from..to} (inclusive) get {@code colour}. */
  public record Step(long from, long to, String colour) {
    /** "1–2", "3", "301–1,000": the legend text. */
    public String label() {
      return from == to ? String.format(Locale.ENGLISH, "%,d", from)
          : String.format(Locale.ENGLISH, "%,d\u2013%,d", from, to);
    }
  }

  /** Light to dark blue (ColorBrewer "Blues"); the darkest has 8.6:1 contrast on white. */
  static final List<String> PALETTE = List.of("#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c");
  /** Which palette entries to use when fewer than five steps are needed: keep them far apart. */
  private static final int[][] PICK = {{}, {3}, {1, 4}, {0, 2, 4}, {0, 1, 3, 4}, {0, 1, 2, 3, 4}};
  /** Land without articles. */
  public static final String NO_DATA = "#e5e7eb";

  public ColourScale {
    steps = List.copyOf(steps);
  }

  /** The scale for counts from 1 to {@code max}; no steps when {@code max} is 0. */
  public static ColourScale upTo(long max) {
    if (max < 0) {
      throw new IllegalArgumentException("negative maximum count: " + max);
    }
    int wanted = (int) Math.min(PALETTE.size(), max);
    List<Long> uppers = new ArrayList<>();
    for (int i = 1; i < wanted; i++) {
      long previous = uppers.isEmpty() ? 0 : uppers.get(uppers.size() - 1);
      // For small maxima round numbers collide (1.4 and 2.1 both make 2) or overshoot: keep each
      // bound above the last and leave one count for every step still to come.
      long bound = Math.max(previous + 1, Math.min(nice(Math.pow(max, i / (double) wanted)), max - (wanted - i)));
      uppers.add(bound);
    }
    if (max > 0) {
      uppers.add(max);
    }
    int[] pick = PICK[uppers.size()];
    List<Step> steps = new ArrayList<>();
    long from = 1;
    for (int i = 0; i < uppers.size(); i++) {
      steps.add(new Step(from, uppers.get(i), PALETTE.get(pick[i])));
      from = uppers.get(i) + 1;
    }
    return new ColourScale(steps);
  }

  /** The index of the step holding {@code count}, or -1 for 0 (and counts above the scale). */
  public int stepOf(long count) {
    for (int i = 0; i < steps.size(); i++) {
      if (count >= steps.get(i).from() && count <= steps.get(i).to()) {
        return i;
      }
    }
    return -1;
  }

  /** The fill for {@code count}: its step's colour, or {@link #NO_DATA}. */
  public String colourOf(long count) {
    int step = stepOf(count);
    return step < 0 ? NO_DATA : steps.get(step).colour();
  }

  /** The nearest of 1, 2, 3, 5 × 10ⁿ, nearest on a log scale (as the steps themselves are). */
  static long nice(double value) {
    if (value <= 1) {
      return 1;
    }
    double bestDistance = Double.MAX_VALUE;
    long best = 1;
    for (long power = 1; power <= value * 10 && power > 0; power *= 10) {
      for (int m : new int[] {1, 2, 3, 5}) {
        long candidate = m * power;
        double distance = Math.abs(Math.log(candidate) - Math.log(value));
        if (distance < bestDistance) {
          bestDistance = distance;
          best = candidate;
        }
      }
    }
    return best;
  }
}
