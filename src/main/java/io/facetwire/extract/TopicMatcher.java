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
 * Thread-safe: state is per call ({@link Matches}).
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
   * its next article: made anew for every article, these arrays and {@link Matches}' were a ninth of
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
    Matches m = Matches.find(t, defs, LEAD_WORDS);
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

  private static double share(int sentences, Matches m) {
    return m.sentences == 0 ? 0 : (double) sentences / m.sentences;
  }

  /**
   * What the topic lacks on this article, or null if nothing; without {@code words} a non-null marker
   * only (no formatting on the import path).
   */
  private static String missing(TopicDefinitions.Topic topic, Matches m, double score, int mentions, double share,
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

  private static double placeWeight(Matches m, int o, TopicDefinitions.Settings s) {
    return m.inTitle(o) ? s.title() : m.inLead(o) ? s.lead() : 1.0;
  }

  /**
   * Every term match of one article, in text order: term id, token span, sentence number, distinct group. One
   * per thread, filled anew by each {@link #find} (its int arrays grown once, not made per article): valid until
   * {@link #release} or the thread's next {@code find}.
   */
  static final class Matches {
    private static final ThreadLocal<Matches> OF_THREAD = ThreadLocal.withInitial(Matches::new);
    int count;
    int[] term = new int[32];
    int[] start = new int[32];
    int[] end = new int[32];
    int[] sentence = new int[32];
    /** What counts as "different" in "at least K of": the country for {@code <country>}, else the term. */
    int[] group = new int[32];
    int sentences;
    /** The most tokens one match spans (bounds how far back a match near another can start). */
    int longest;
    int titleEnd;
    int leadEnd;
    /** The article's tokens ({@link RuleClauses} counts its work in their {@link Tokens#steps} too). */
    Tokens tokens;

    /** Match arrays longer than this (a huge article's) are not kept by the thread after it. */
    private static final int MAX_KEPT = 1 << 12;

    /** This thread's matches, emptied. */
    private static Matches emptied() {
      Matches m = OF_THREAD.get();
      m.count = 0;
      m.sentences = 0;
      m.longest = 0;
      return m;
    }

    /**
     * Lets go of the article: its tokens, and arrays a huge article grew, are not kept by a thread (a request
     * thread may extract once and then serve pages for hours). Called when the caller is done with the matches.
     */
    void release() {
      tokens = null;
      if (term.length > MAX_KEPT) {
        term = new int[32];
        start = new int[32];
        end = new int[32];
        sentence = new int[32];
        group = new int[32];
      }
    }

    /** Where the lead of these tokens ends (see {@link #leadEnd}), the matches let go of. */
    static int leadEnd(Tokens t, TopicDefinitions defs, int leadWords) {
      Matches m = find(t, defs, leadWords);
      int leadEnd = m.leadEnd;
      m.release();
      return leadEnd;
    }

    static Matches find(Tokens t, TopicDefinitions defs, int leadWords) {
      Matches m = emptied();
      m.tokens = t;
      m.titleEnd = t.titleEnd;
      m.leadEnd = Math.min(t.size, t.titleEnd + leadWords);
      int bodySentence = -1;
      int country = 0;
      int[] byStart = countryMentionsInTextOrder(t);
      String[] stems = null;
      boolean digits = defs.digitsInFirstWords();
      for (int i = 0; i < t.size; i++) {
        if (t.has(i, Tokens.SENT_START) || i == 0) {
          m.sentences++;
          if (i >= t.titleEnd && bodySentence < 0) {
            bodySentence = m.sentences;
          } else if (bodySentence >= 0 && m.sentences == bodySentence + 2 && i < m.leadEnd) {
            m.leadEnd = i;
          }
        }
        while (country < t.countryMentionCount && t.countryMentions[byStart[country] * 3] == i) {
          int c = byStart[country] * 3;
          m.add(TopicDefinitions.COUNTRY, i, t.countryMentions[c + 1], -1 - t.countryMentions[c + 2]);
          country++;
        }
        if (i < t.titleEnd && t.has(i, Tokens.MARK_BEFORE)) {
          m.add(TopicDefinitions.COMPANY_MARK, i, i + 1, TopicDefinitions.COMPANY_MARK); // the headline's "<CAT>"
        }
        if (t.has(i, Tokens.DATELINE)) {
          continue; // "DAMASCUS, April 5 -" says where the story was filed, not what it is about
        }
        if (t.has(i, Tokens.DIGIT) && !digits) {
          continue; // a figure: no term starts with one
        }
        TopicDefinitions.Term[] candidates = defs.startingWith(t.lower[i]);
        for (TopicDefinitions.Term term : candidates) {
          if (term.words().length > 1 && stems == null) {
            stems = new String[t.size];
          }
          if (matches(t, i, term, stems)) {
            m.add(term.id(), i, i + term.words().length, term.id());
          }
        }
      }
      return m;
    }

    /**
     * The country mentions' indexes by start token. The country extractor adds a shouted headline's countries
     * after the body's (it decides them once the body is read), so its list is not in text order; read as it
     * is, a wire headline's countries were never seen by a {@code <country>} clause.
     */
    private static int[] countryMentionsInTextOrder(Tokens t) {
      int n = t.countryMentionCount;
      int[] order = new int[n];
      boolean sorted = true;
      for (int k = 0; k < n; k++) {
        order[k] = k;
        sorted &= k == 0 || t.countryMentions[(k - 1) * 3] <= t.countryMentions[k * 3];
      }
      if (!sorted) {
        long[] keyed = new long[n]; // start, then the index: one primitive sort, stable by the index
        for (int k = 0; k < n; k++) {
          keyed[k] = (long) t.countryMentions[k * 3] << 32 | k;
        }
        Arrays.sort(keyed);
        for (int k = 0; k < n; k++) {
          order[k] = (int) keyed[k];
        }
      }
      return order;
    }

    private void add(int termId, int from, int to, int groupId) {
      if (count == term.length) {
        int n = count * 2;
        term = Arrays.copyOf(term, n);
        start = Arrays.copyOf(start, n);
        end = Arrays.copyOf(end, n);
        sentence = Arrays.copyOf(sentence, n);
        group = Arrays.copyOf(group, n);
      }
      term[count] = termId;
      start[count] = from;
      end[count] = to;
      sentence[count] = sentences;
      group[count] = groupId;
      longest = Math.max(longest, to - from);
      count++;
    }

    /** True if any of the terms matched anywhere (or, with {@code inLead}, in the title or lead). */
    boolean any(boolean[] terms, boolean inLead) {
      for (int j = 0; j < count; j++) {
        if (term[j] < terms.length && terms[term[j]] && (!inLead || start[j] < leadEnd)) {
          return true;
        }
      }
      return false;
    }

    boolean inTitle(int o) {
      return start[o] < titleEnd;
    }

    boolean inLead(int o) {
      return start[o] >= titleEnd && start[o] < leadEnd;
    }

    String place(int o) {
      return inTitle(o) ? "title" : inLead(o) ? "lead" : "body";
    }

    String text(Tokens t, int o) {
      StringBuilder b = new StringBuilder();
      for (int i = start[o]; i < end[o]; i++) {
        b.append(i > start[o] ? " " : "").append(t.text[i]);
      }
      return b.toString();
    }

    /** Phrases: later words compared by stem (or as written for an exact term), never across punctuation. */
    private static boolean matches(Tokens t, int i, TopicDefinitions.Term term, String[] stems) {
      String[] words = term.words();
      if (i + words.length > t.size) {
        return false;
      }
      if (term.exact() && !t.lower[i].equals(words[0])) {
        return false;
      }
      for (int k = 1; k < words.length; k++) {
        int j = i + k;
        if (t.has(j, Tokens.BREAK_BEFORE)) {
          return false;
        }
        if (term.exact() || t.has(j, Tokens.DIGIT)) {
          if (!t.lower[j].equals(words[k])) {
            return false;
          }
        } else if (!mayStemTo(t.lower[j], words[k]) || !stem(t, stems, j).equals(words[k])) {
          // Most next tokens are ruled out before the stemmer makes their stem ("to" and "in" start terms and are
          // a fifth of the topic index's hits).
          return false;
        }
      }
      return true;
    }

    /**
     * False when {@link LightStemmer#stem} cannot turn {@code word} into {@code stem}: the stemmer only cuts an ending
     * (or turns "ies" into "y"), so a stem is a prefix of its word, or such a prefix and a "y". A necessary test read
     * from the chars in place, where the stem is a new string per token: the first letter alone let through every
     * next token that shared it with the term's word, and each of them was stemmed.
     */
    static boolean mayStemTo(String word, String stem) {
      int prefix = stem.endsWith("y") ? stem.length() - 1 : stem.length();
      if (word.length() < prefix) {
        return false;
      }
      for (int c = 0; c < prefix; c++) { // by hand: String.regionMatches was a third of what it spared
        if (word.charAt(c) != stem.charAt(c)) {
          return false;
        }
      }
      return true;
    }

    private static String stem(Tokens t, String[] stems, int j) {
      String s = stems[j];
      if (s == null) {
        s = LightStemmer.stem(t.lower[j]);
        stems[j] = s;
      }
      return s;
    }
  }
}
