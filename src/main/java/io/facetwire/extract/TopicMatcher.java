package io.facetwire.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Evaluates {@link TopicDefinitions} against one article's tokens. One pass finds every term ({@link TermMatches}: a
 * hash look-up per token; phrases compared word by word after it), the country extractor's mentions join them as
 * {@code <country>}; then each match is scored only for the rules it heads, its clauses checked against the other
 * matches nearby ({@link RuleClauses}), and the topics' totals decide ({@link TopicScores}). Cost grows with the
 * matches, not with the number of topics. What stays here is the walk that ties them: each match through the rules it
 * heads, whether it counts, and, when an explanation is asked for, every hit with why it did not count.
 * Thread-safe: what one article needs is the calling thread's own ({@link TermMatches}, {@link RuleClauses},
 * {@link TopicScores}).
 */
final class TopicMatcher {

  /** The lead: the body's first two sentences, at most this many words (a wire story may have no full stop). */
  static final int LEAD_WORDS = 80;

  private final TopicDefinitions defs;
  /** The scoring arrays of this matcher's topics and rules, one set per thread (see {@link TopicScores}). */
  private final ThreadLocal<TopicScores> scores;

  TopicMatcher(TopicDefinitions defs) {
    this.defs = defs;
    scores = ThreadLocal.withInitial(() -> new TopicScores(defs));
  }

  List<String> extract(Tokens t) {
    return extract(t, null);
  }

  /** The topics of the article; with {@code explain} given, one explanation per topic that matched anything. */
  List<String> extract(Tokens t, List<TopicExplanation> explain) {
    TermMatches m = TermMatches.find(t, defs, LEAD_WORDS);
    RuleClauses clauses = RuleClauses.on(m);
    int topics = defs.topicCount();
    TopicScores s = scores.get().cleared();
    List<List<TopicExplanation.Hit>> hits = explain == null ? null : new ArrayList<>();
    if (hits != null) {
      for (int k = 0; k < topics; k++) {
        hits.add(new ArrayList<>());
      }
    }
    for (int o = 0; o < m.count; o++) {
      for (int posting : defs.postings(m.term[o])) {
        int k = posting >>> 16;
        int r = posting & 0xffff;
        TopicDefinitions.Topic topic = defs.topic(k);
        TopicDefinitions.Rule rule = topic.rules()[r];
        // Why a match does not count: 0 it does, 1 inside a longer match, 2 a clause failed, 3 repeats used up.
        int why = 0;
        int failed = -1;
        double added = 0;
        if (s.insideCounted(k, m, o)) {
          why = 1;
        } else {
          failed = clauses.failedClause(o, rule);
          if (failed >= 0) {
            why = 2;
          } else if (s.repeatsUsedUp(k, r, topic.settings())) {
            why = 3;
          } else {
            added = s.count(k, r, rule, topic.settings(), m, o);
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
    s.decide(m, hits);
    List<String> out = new ArrayList<>();
    for (int k = 0; k < topics; k++) {
      if (s.assigned(k)) {
        out.add(defs.topic(k).name());
      }
      if (explain != null && !hits.get(k).isEmpty()) {
        explain.add(s.explanation(k, m, hits.get(k)));
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
}
