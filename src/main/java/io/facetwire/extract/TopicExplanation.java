package io.facetwire.extract;

import java.util.List;

/**
 * Why a topic was (or was not) assigned to one article: every match of its rules, where it was, what
 * it added, and the totals against the topic's thresholds.
 *
 * @param score sum of the counted matches' weights (times the title or lead weight)
 * @param share the share of the article's sentences (headline included) that hold a counted match
 * @param reason empty when assigned, else what was missing ("score 2.0 below 3.0")
 * @param hitCount how many matches there were; {@code hits} may list fewer ({@link Explanation#limited})
 */
public record TopicExplanation(String topic, boolean assigned, double score, double threshold, double share,
    double minShare, int mentions, int minMentions, String reason, List<Hit> hits, int hitCount) {

  /**
   * One match of a rule: the words as written in the article, where (title, lead or body), the rule's
   * line in the definition file, what it added ({@code 0} if not counted) and, if not counted, why.
   */
  public record Hit(String text, String place, int line, String rule, double added, String note) {
  }

  public TopicExplanation {
    hits = List.copyOf(hits);
  }

  /** Every match listed. */
  public TopicExplanation(String topic, boolean assigned, double score, double threshold, double share,
      double minShare, int mentions, int minMentions, String reason, List<Hit> hits) {
    this(topic, assigned, score, threshold, share, minShare, mentions, minMentions, reason, hits, hits.size());
  }

  /** The first {@code max} matches; {@code hitCount} keeps the total. */
  TopicExplanation limited(int max) {
    return hits.size() <= max ? this : new TopicExplanation(topic, assigned, score, threshold, share, minShare,
        mentions, minMentions, reason, hits.subList(0, max), hitCount);
  }
}
