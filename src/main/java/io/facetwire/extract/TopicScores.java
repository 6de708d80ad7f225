package io.facetwire.extract;

import java.util.Arrays;
import java.util.List;

/**
 * What one article's counted matches add up to per topic, and which topics that earns it. A counted match adds its
 * rule's weight (times the title or lead weight); a topic is assigned when its score, its counted matches, the share
 * of sentences that hold one and its needs meet the topic's settings, unless it is an aside to a far stronger topic
 * (the relative cut) or gives way to one that outscores it. Kept apart from {@link TopicMatcher}'s walk over the
 * matches because the decision is made once, on totals, after that walk: what a topic's settings in the file mean
 * (threshold, mentions, share, title, lead, repeats, relative, gives way to) is all here.
 *
 * <p>What it adds up per topic and per rule for one article is kept by the thread and {@link #cleared} for its next
 * article: made anew for every article, these arrays and {@link TermMatches}' were a ninth of extraction's allocated
 * bytes. Nothing of them outlives the call ({@link TopicMatcher#extract} returns names and explanations only).
 */
final class TopicScores {

  private final TopicDefinitions defs;
  /** Where each topic's rules start in {@link #ruleCount}. */
  private final int[] ruleBase;
  private final double[] score;
  private final int[] mentions;
  private final int[] sentences;
  private final int[] lastSentence;
  private final int[] coveredUntil;
  private final boolean[] early;
  private final boolean[] fires;
  private final String[] reasons;
  private final int[] ruleCount;

  TopicScores(TopicDefinitions defs) {
    this.defs = defs;
    int topics = defs.topicCount();
    ruleBase = new int[topics];
    int rules = 0;
    for (int k = 0; k < topics; k++) {
      ruleBase[k] = rules;
      rules += defs.topic(k).rules().length;
    }
    score = new double[topics];
    mentions = new int[topics];
    sentences = new int[topics];
    lastSentence = new int[topics];
    coveredUntil = new int[topics];
    early = new boolean[topics];
    fires = new boolean[topics];
    reasons = new String[topics];
    ruleCount = new int[rules];
  }

  /** As new. */
  TopicScores cleared() {
    Arrays.fill(score, 0);
    Arrays.fill(mentions, 0);
    Arrays.fill(sentences, 0);
    Arrays.fill(lastSentence, 0);
    Arrays.fill(coveredUntil, 0);
    Arrays.fill(early, false);
    Arrays.fill(fires, false);
    Arrays.fill(reasons, null);
    Arrays.fill(ruleCount, 0);
    return this;
  }

  /** True if match o starts inside the last match counted for topic k: a part of a longer match adds nothing more. */
  boolean insideCounted(int k, TermMatches m, int o) {
    return m.start[o] < coveredUntil[k];
  }

  /** True if rule r of topic k has counted as many matches as the topic's {@code repeats} allow. */
  boolean repeatsUsedUp(int k, int r, TopicDefinitions.Settings s) {
    return ruleCount[ruleBase[k] + r] >= s.repeats();
  }

  /** Counts match o for rule r of topic k: what it added, the rule's weight times its place's. */
  double count(int k, int r, TopicDefinitions.Rule rule, TopicDefinitions.Settings s, TermMatches m, int o) {
    ruleCount[ruleBase[k] + r]++;
    double added = rule.weight() * placeWeight(m, o, s);
    score[k] += added;
    mentions[k]++;
    coveredUntil[k] = m.end[o];
    early[k] |= m.start[o] < m.leadEnd;
    if (lastSentence[k] != m.sentence[o]) {
      lastSentence[k] = m.sentence[o];
      sentences[k]++;
    }
    return added;
  }

  /**
   * Decides which topics are assigned, once every match is counted. With {@code hits} given (an explanation asked
   * for: the hits per topic), each topic that has any gets its reason; without, no words are made.
   */
  void decide(TermMatches m, List<List<TopicExplanation.Hit>> hits) {
    int topics = defs.topicCount();
    double best = 0;
    for (int k = 0; k < topics; k++) {
      // Reasons are words for people: only made when asked for (formatting them cost more than matching).
      fires[k] = score[k] > 0 && missing(defs.topic(k), m, score[k], mentions[k], early[k] ? 1 : share(sentences[k], m), false) == null;
      if (hits != null && !hits.get(k).isEmpty()) {
        String why = missing(defs.topic(k), m, score[k], mentions[k], early[k] ? 1 : share(sentences[k], m), true);
        reasons[k] = why == null ? "" : why;
      }
      if (fires[k]) {
        best = Math.max(best, score[k]);
      }
    }
    // A side topic far weaker than the article's main one is an aside ("relative" in the file, or the topic's own).
    for (int k = 0; k < topics; k++) {
      double own = defs.topic(k).settings().relative();
      double relative = own >= 0 ? own : defs.relative();
      if (fires[k] && score[k] < best * relative - 1e-9) {
        fires[k] = false;
        reasons[k] = hits == null ? null : String.format("score %.1f under %.0f%% of the main topic's %.1f", score[k],
            relative * 100, best);
      }
    }
    givingWay(hits != null);
  }

  /** True if {@link #decide} assigned topic k. */
  boolean assigned(int k) {
    return fires[k];
  }

  /** Topic k's totals against its settings, with its hits (after {@link #decide}, which gave its reason). */
  TopicExplanation explanation(int k, TermMatches m, List<TopicExplanation.Hit> hits) {
    TopicDefinitions.Settings s = defs.topic(k).settings();
    return new TopicExplanation(defs.topic(k).name(), fires[k], score[k], s.threshold(),
        share(sentences[k], m), s.share(), mentions[k], s.mentions(), reasons[k], hits);
  }

  /**
   * Drops each assigned topic that gives way to a topic assigned beside it with a higher score ("gives way to:" in the
   * file). Every topic is judged on the topics assigned after the relative cut, before any is dropped here, so the
   * outcome does not depend on the order of the file. Nothing is allocated unless a topic gives way.
   */
  private void givingWay(boolean explain) {
    int[] dropped = null;
    int count = 0;
    for (int k = 0; k < defs.topicCount(); k++) {
      if (!fires[k]) {
        continue;
      }
      for (int j : defs.topic(k).givesWayTo()) {
        if (fires[j] && score[k] < score[j]) {
          dropped = dropped == null ? new int[defs.topicCount()] : dropped;
          dropped[count++] = k;
          reasons[k] = explain ? String.format("gives way to %s (score %.1f under its %.1f)", defs.topic(j).name(),
              score[k], score[j]) : null;
          break;
        }
      }
    }
    for (int i = 0; i < count; i++) {
      fires[dropped[i]] = false;
    }
  }

  private static double share(int sentences, TermMatches m) {
    return m.sentences == 0 ? 0 : (double) sentences / m.sentences;
  }

  /**
   * What the topic lacks on this article, or null if nothing; without {@code words} a non-null marker
   * only (no formatting on the import path).
   */
  private static String missing(TopicDefinitions.Topic topic, TermMatches m, double score, int mentions, double share,
      boolean words) {
    TopicDefinitions.Settings s = topic.settings();
    if (score < s.threshold() - 1e-9) {
      return words ? String.format("score %.1f below %.1f", score, s.threshold()) : "";
    }
    if (mentions < s.mentions()) {
      return words ? "only " + mentions + " counted match" + (mentions == 1 ? "" : "es") + ", needs " + s.mentions() : "";
    }
    // A topic told at length in a long story holds a small share of its many sentences: past "share waived at" the
    // score alone shows it is the story's subject, not a passing mention.
    if (share < s.share() - 1e-9 && score < s.shareWaivedAt() - 1e-9) {
      if (!words) {
        return "";
      }
      String needs = String.format("in %.0f%% of the sentences, needs %.0f%%", share * 100, s.share() * 100);
      double waivedAt = s.shareWaivedAt();
      return Double.isInfinite(waivedAt) ? needs : needs + String.format(" (or a score of %.1f)", waivedAt);
    }
    for (TopicDefinitions.Need need : topic.needs()) {
      if (!m.any(need.terms(), need.inLead())) {
        return words ? "nothing of \"" + need.written() + "\" (line " + need.line() + ")" : "";
      }
    }
    return null;
  }

  private static double placeWeight(TermMatches m, int o, TopicDefinitions.Settings s) {
    return m.inTitle(o) ? s.title() : m.inLead(o) ? s.lead() : 1.0;
  }
}
