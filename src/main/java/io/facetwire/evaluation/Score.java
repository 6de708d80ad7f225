package io.facetwire.evaluation;

/**
 * Precision, recall and F1 over (article, value) pairs: {@code truePositives} values both extracted and
 * labelled, {@code extracted} values the extractor gave, {@code gold} values the labels hold.
 */
public record Score(long truePositives, long extracted, long gold) {

  public static final Score ZERO = new Score(0, 0, 0);

  public Score plus(Score other) {
    return new Score(truePositives + other.truePositives, extracted + other.extracted, gold + other.gold);
  }

  /** 1.0 when nothing was extracted: no value given is no wrong value given. */
  public double precision() {
    return extracted == 0 ? 1.0 : (double) truePositives / extracted;
  }

  /** 1.0 when nothing was to be found. */
  public double recall() {
    return gold == 0 ? 1.0 : (double) truePositives / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
}
