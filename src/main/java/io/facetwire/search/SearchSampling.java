package io.facetwire.search;

import io.facetwire.InvalidSetting;
import io.facetwire.Settings;

/**
 * When a search's facet counts and date histogram are estimated from a random sample of its matches
 * instead of counted over all of them (issue 15): a common word matches hundreds of thousands of
 * articles at a million, and every count walks every match.
 *
 * <p>A count is sampled only when the articles it is counted over number more than {@code above}
 * ({@code FACETWIRE_SAMPLE_ABOVE}, default 100,000; 0 switches sampling off); it is then counted over
 * about {@code sampleSize} of them ({@code FACETWIRE_SAMPLE_SIZE}, default 20,000), scaled up and marked
 * approximate. The hits and the result total are never sampled.
 *
 * @param above      sample a count over more matches than this; 0: never sample
 * @param sampleSize about how many matching articles a sampled count looks at
 */
public record SearchSampling(long above, long sampleSize) {

  public static final long DEFAULT_ABOVE = 100_000;
  public static final long DEFAULT_SAMPLE_SIZE = 20_000;
  /** Elasticsearch's {@code random_sampler} takes a probability up to 0.5 (or exactly 1, no sampling). */
  static final double MAX_PROBABILITY = 0.5;

  public SearchSampling {
    if (above < 0) {
      throw new InvalidSetting("FACETWIRE_SAMPLE_ABOVE must be 0 (off) or more, got " + above);
    }
    if (sampleSize < 1) {
      throw new InvalidSetting("FACETWIRE_SAMPLE_SIZE must be at least 1, got " + sampleSize);
    }
  }

  public static SearchSampling defaults() {
    return new SearchSampling(DEFAULT_ABOVE, DEFAULT_SAMPLE_SIZE);
  }

  /** Every count exact, whatever the size of the index. */
  public static SearchSampling off() {
    return new SearchSampling(0, DEFAULT_SAMPLE_SIZE);
  }

  public static SearchSampling from(Settings env) {
    return new SearchSampling(env.count("FACETWIRE_SAMPLE_ABOVE", DEFAULT_ABOVE, 0),
        env.count("FACETWIRE_SAMPLE_SIZE", DEFAULT_SAMPLE_SIZE, 1));
  }

  public boolean enabled() {
    return above > 0;
  }

  /** Whether an index of {@code articles} could hold a search whose counts are sampled. */
  boolean couldSample(long articles) {
    return enabled() && articles > above;
  }

  /**
   * The share of {@code matches} a count looks at: 1 (all, exact) up to {@link #above}, else about
   * {@link #sampleSize} of them, never more than {@link #MAX_PROBABILITY}.
   */
  double probability(long matches) {
    if (!enabled() || matches <= above) {
      return 1.0;
    }
    return Math.min(MAX_PROBABILITY, (double) sampleSize / matches);
  }
}
