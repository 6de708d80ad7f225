package io.facetwire.topics;

import io.facetwire.article.Article;
import io.facetwire.extract.FacetExtractor;
import java.util.List;
import java.util.Locale;

/**
 * Refuses topic definitions that are valid but too costly to run. One rule of 3,000 {@code near 1000:} clauses on
 * common words (43 KB, under the form's limit) costs some 27 ms of extraction per article where the shipped
 * definitions cost some 0.05 ms: saved, it would make every import, every source poll and the re-tag of the whole
 * index hundreds of times slower. The parser cannot bound this (the cost is matches × clauses × window, not a count of
 * clauses), so the candidate is run on a sample of the index's newest articles beside the definitions in use and
 * refused when it does more than {@link #FACTOR} times their work and more than {@link #FLOOR_STEPS} steps an
 * article.
 *
 * <p>Work is counted, not timed: the extractors count their steps (tokens read, look-ups, matches compared, clauses
 * tried; {@link FacetExtractor#steps}), so the verdict is the same on a busy machine, a cold JVM and a fast one, and
 * a test can hold it exactly. The candidate's run stops once it has done the sample's whole allowance, so the check
 * itself is bounded too.
 */
public final class DefinitionCost {

  /** Articles measured: enough to stand for the index, few enough to answer within a preview request. */
  static final int SAMPLE = 40;
  /** How many times today's extraction work a new definition may do. */
  static final double FACTOR = 25;
  /**
   * Below this many steps an article (some 50 times what the shipped definitions do on a news article: a few ms of
   * CPU) no definition is refused, whatever today's costs: an admin whose index holds only tiny articles can still
   * write rules.
   */
  static final long FLOOR_STEPS = 200_000;

  private DefinitionCost() {}

  /** The measurement: the definitions in use and the candidate, in steps of extraction work per article. */
  public record Verdict(boolean tooCostly, long currentSteps, long candidateSteps, int articles) {

    /** The refusal an admin reads: what it costs, against what, and what to do. */
    public String reason() {
      return String.format(Locale.ROOT, "this definition would cost about %,d steps of extraction per article, "
          + "%.0f times today's %,d (measured on the index's %d newest articles; the bound is %.0f times, and never "
          + "under %,d steps): narrow its near windows, or head its rules by rarer words", candidateSteps,
          (double) candidateSteps / Math.max(currentSteps, 1), currentSteps, articles, FACTOR, FLOOR_STEPS);
    }
  }

  /** Thrown where a whole definition file is saved (the command line): nothing is stored. */
  public static final class TooCostly extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooCostly(Verdict verdict) {
      super(verdict.reason());
    }
  }

  /** Measures {@code candidate} against {@code current} on {@code sample}; an empty sample refuses nothing. */
  public static Verdict measure(FacetExtractor current, FacetExtractor candidate, List<Article> sample) {
    if (sample.isEmpty()) {
      return new Verdict(false, 0, 0, 0);
    }
    long spent = 0;
    for (Article t : sample) {
      spent += current.steps(t.title(), t.body());
    }
    long currentPer = spent / sample.size();
    double allowance = Math.max(FACTOR * currentPer, FLOOR_STEPS) * sample.size();
    long candidateSpent = 0;
    int done = 0;
    for (Article t : sample) {
      candidateSpent += candidate.steps(t.title(), t.body());
      done++;
      if (candidateSpent > allowance) {
        return new Verdict(true, currentPer, candidateSpent / done, sample.size());
      }
    }
    return new Verdict(false, currentPer, candidateSpent / done, sample.size());
  }
}
