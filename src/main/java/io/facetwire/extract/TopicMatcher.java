package io.facetwire.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Evaluates {@link TopicDefinitions} against one article's tokens. One pass finds every term (a hash
 * look-up per token; phrases compared word by word after it), the country extractor's mentions join
 * them as {@code <country>}; then each match is scored only for the rules it heads, its clauses checked
 * against the other matches nearby. Cost grows with the matches, not with the number of topics.
 * Thread-safe: state is per call ({@link TermMatches}).
 */
final class TopicMatcher {

  /** The lead: the body's first two sentences, at most this many words (a wire story may have no full stop). */
  static final int LEAD_WORDS = 80;

  private final TopicDefinitions defs;
  private final int[] ruleBase;
  private final int ruleTotal;
  /** The scoring arrays of this matcher's topics and rules, one set per thread (see {@link Scores}). */
  private final ThreadLocal<Scores> scores;

  TopicMatcher(TopicDefinitions defs) {
    this.defs = defs;
    ruleBase = new int[defs.topicCount()];
    int total = 0;
    for (int k = 0; k < defs.topicCount(); k++) {
      ruleBase[k] = total;
      total += defs.topic(k).rules().length;
    }
    ruleTotal = total;
    scores = ThreadLocal.withInitial(() -> new Scores(defs.topicCount(), ruleTotal));
  }

  /**
   * What {@link #extract} adds up per topic and per rule for one article, kept by the thread and cleared for
   * its next article: made anew for every article, these arrays and {@link TermMatches}' were a ninth of
   * extraction's allocated bytes. Nothing of them outlives the call ({@link #extract} returns names and
   * explanations only).
   */
  private static final class Scores {
    final double[] score;
    final int[] mentions;
    final int[] sentences;
    final int[] lastSentence;
    final int[] coveredUntil;
    final boolean[] early;
    final boolean[] fires;
    final String[] reasons;
    final int[] ruleCount;

    Scores(int topics, int rules) {
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
    Scores cleared() {
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
  }

  List<String> extract(Tokens t) {
    return extract(t, null);
  }

  /** The topics of the article; with {@code explain} given, one explanation per topic that matched anything. */
  List<String> extract(Tokens t, List<TopicExplanation> explain) {
    TermMatches m = TermMatches.find(t, defs, LEAD_WORDS);
    RuleClauses clauses = RuleClauses.on(m);
    int topics = defs.topicCount();
    Scores arrays = scores.get().cleared();
    double[] score = arrays.score;
    int[] mentions = arrays.mentions;
    int[] sentences = arrays.sentences;
    int[] lastSentence = arrays.lastSentence;
    int[] coveredUntil = arrays.coveredUntil;
    boolean[] early = arrays.early;
    int[] ruleCount = arrays.ruleCount;
    List<List<TopicExplanation.Hit>> hits = explain == null ? null : new ArrayList<>();
    if (hits != null) {
      for (int k = 0; k < topics; k++) {
        hits.add(new ArrayList<>());
      }
    }
    for (int o = 0; o < m.count; o++) {
      for (int posting : defs.postings(m.term[o])) {
        int k = posting >>> 16;
        TopicDefinitions.Topic topic = defs.topic(k);
        TopicDefinitions.Rule rule = topic.rules()[posting & 0xffff];
        // Why a match does not count: 0 it does, 1 inside a longer match, 2 a clause failed, 3 repeats used up.
        int why = 0;
        int failed = -1;
        double added = 0;
        if (m.start[o] < coveredUntil[k]) {
          why = 1;
        } else {
          failed = clauses.failedClause(o, rule);
          if (failed >= 0) {
            why = 2;
          } else if (ruleCount[ruleBase[k] + (posting & 0xffff)] >= topic.settings().repeats()) {
            why = 3;
          }
          if (why == 0) {
            ruleCount[ruleBase[k] + (posting & 0xffff)]++;
            added = rule.weight() * placeWeight(m, o, topic.settings());
            score[k] += added;
            mentions[k]++;
            coveredUntil[k] = m.end[o];
            early[k] |= m.start[o] < m.leadEnd;
            if (lastSentence[k] != m.sentence[o]) {
              lastSentence[k] = m.sentence[o];
              sentences[k]++;
            }
          }
        }
        if (hits != null) {
          String note = switch (why) {
            case 1 -> "part of a longer match";
            case 2 -> clauses.note(rule.clauses()[failed]);
            case 3 -> "rule already counted " + topic.settings().repeats() + " times";
            default -> "";
          };
          hits.get(k).add(new TopicExplanation.Hit(m.text(t, o), m.place(o), rule.line(), rule.written(), added, note));
        }
      }
    }
    boolean[] fires = arrays.fires;
    String[] reasons = arrays.reasons;
    double best = 0;
    for (int k = 0; k < topics; k++) {
      // Reasons are words for people: only made when asked for (formatting them cost more than matching).
      fires[k] = score[k] > 0 && missing(defs.topic(k), m, score[k], mentions[k], early[k] ? 1 : share(sentences[k], m), false) == null;
      if (explain != null && !hits.get(k).isEmpty()) {
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
        reasons[k] = explain == null ? null : String.format("score %.1f under %.0f%% of the main topic's %.1f", score[k],
            relative * 100, best);
      }
    }
    givingWay(fires, score, reasons, explain != null);
    List<String> out = new ArrayList<>();
    for (int k = 0; k < topics; k++) {
      if (fires[k]) {
        out.add(defs.topic(k).name());
      }
      if (explain != null && !hits.get(k).isEmpty()) {
        TopicDefinitions.Settings s = defs.topic(k).settings();
        explain.add(new TopicExplanation(defs.topic(k).name(), fires[k], score[k], s.threshold(),
            share(sentences[k], m), s.share(), mentions[k], s.mentions(), reasons[k], hits.get(k)));
      }
    }
    Collections.sort(out);
    if (explain != null) {
      explain.sort((a, b) -> a.assigned() != b.assigned() ? (a.assigned() ? -1 : 1) : Double.compare(b.score(), a.score()));
    }
    clauses.release();
    m.release();
    return out;
  }

  /**
   * Drops each assigned topic that gives way to a topic assigned beside it with a higher score ("gives way to:" in the
   * file). Every topic is judged on the topics assigned after the relative cut, before any is dropped here, so the
   * outcome does not depend on the order of the file. Nothing is allocated unless a topic gives way.
   */
  private void givingWay(boolean[] fires, double[] score, String[] reasons, boolean explain) {
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
    if (share < s.share() - 1e-9) {
      return words ? String.format("in %.0f%% of the sentences, needs %.0f%%", share * 100, s.share() * 100) : "";
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
