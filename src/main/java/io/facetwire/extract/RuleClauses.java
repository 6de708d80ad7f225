package io.facetwire.extract;

/**
 * Checks the clauses of a rule ("near", "at least K of", "unless near", "in article:", "unless in article:") for one
 * match of its head, against the article's other matches, and says in words which clause failed. Kept apart from
 * {@link TopicMatcher}'s walk over the matches because a clause is a question about the matches around one match, with
 * its own memory for the article (the groups counted, the "in article" spans) and its own care that a huge article
 * stays linear: what a clause in the file means is all here.
 *
 * <p>One per thread, set on one article's matches by {@link #on} and valid until {@link #release} or the thread's
 * next {@code on}.
 */
final class RuleClauses {

  private static final ThreadLocal<RuleClauses> OF_THREAD = ThreadLocal.withInitial(RuleClauses::new);

  private TermMatches m;
  /** The last match {@link #near} found (for an explanation). */
  private int nearIndex;
  /** Per "in article" term set: its first and last match ({@code -1} if none), found when first asked. */
  private java.util.Map<boolean[], int[]> articleSpans;
  /** The groups {@link #near} has counted. */
  private int[] groups = new int[4];

  private RuleClauses() {
  }

  /** This thread's clause checker, set on the article's matches. */
  static RuleClauses on(TermMatches matches) {
    RuleClauses c = OF_THREAD.get();
    c.m = matches;
    c.nearIndex = 0;
    // What holds the article's own objects is made per article, as before: a kept array would be old while
    // the strings and arrays stored in it are young, and G1 takes its slow path for every such store.
    c.articleSpans = null;
    return c;
  }

  /** Lets go of the article (its matches' spans), so that a thread does not keep it. */
  void release() {
    m = null;
    articleSpans = null;
  }

  /** -1 if every clause of the rule holds for match o, else the index of the first that fails. */
  int failedClause(int o, TopicDefinitions.Rule rule) {
    TopicDefinitions.Clause[] clauses = rule.clauses();
    for (int c = 0; c < clauses.length; c++) {
      TopicDefinitions.Clause clause = clauses[c];
      m.tokens.steps++; // a clause that looks at nothing still costs its call (thousands of them are an attack)
      int found = near(o, clause.terms(), clause.distance(), clause.unless() ? 1 : clause.atLeast());
      if (clause.unless() ? found > 0 : found < clause.atLeast()) {
        return c;
      }
    }
    return -1;
  }

  /** Why clause {@code c}, just found by {@link #failedClause} to fail, failed, in words. */
  String note(TopicDefinitions.Clause c) {
    boolean article = c.distance() == TopicDefinitions.WHOLE_ARTICLE;
    if (c.unless()) {
      return c.written() + ": \"" + m.text(m.tokens, nearIndex) + "\" is " + (article ? "in the article" : "near");
    }
    if (article) {
      return c.written() + ": none of its terms in the article";
    }
    return c.written() + ": " + (c.atLeast() > 1 ? "fewer than " + c.atLeast() + " different" : "none")
        + " of its terms within " + c.distance() + " words";
  }

  /**
   * How many different groups of {@code terms} match within {@code distance} words of match o (not
   * overlapping it), counting up to {@code enough}; the last one found is kept in {@link #nearIndex}.
   */
  private int near(int o, boolean[] terms, int distance, int enough) {
    if (distance == TopicDefinitions.WHOLE_ARTICLE && enough == 1) {
      return inArticle(o, terms) ? 1 : 0;
    }
    int found = 0;
    int[] groups = null;
    if (enough > 1) {
      if (this.groups.length < enough) {
        this.groups = new int[enough];
      }
      groups = this.groups;
    }
    int[] term = m.term;
    int[] start = m.start;
    int[] end = m.end;
    int count = m.count;
    // Matches are in text order: only those starting within reach are looked at, so a clause costs
    // the matches near one match, not all of them (a huge article stays linear).
    int from = firstStartingAt(start[o] - distance - m.longest);
    int until = end[o] + distance;
    for (int j = from; j < count && start[j] <= until && found < enough; j++) {
      m.tokens.steps++;
      int id = term[j];
      if (id >= terms.length || !terms[id] || (start[j] < end[o] && end[j] > start[o])) {
        continue;
      }
      int gap = start[j] >= end[o] ? start[j] - end[o] + 1 : start[o] - end[j] + 1;
      if (gap > distance) {
        continue;
      }
      if (groups != null) {
        boolean seen = false;
        for (int g = 0; g < found; g++) {
          seen |= groups[g] == m.group[j];
        }
        if (seen) {
          continue;
        }
        groups[found] = m.group[j];
      }
      found++;
      nearIndex = j;
    }
    return found;
  }

  /**
   * True if one of {@code terms} matches anywhere in the article, not overlapping match o. The first
   * and last such match are found once per term set and kept, so a rule whose head repeats thousands
   * of times costs no more than a look at those two (an "in article" clause stays linear).
   */
  private boolean inArticle(int o, boolean[] terms) {
    if (articleSpans == null) {
      articleSpans = new java.util.IdentityHashMap<>();
    }
    int[] span = articleSpans.computeIfAbsent(terms, k -> {
      m.tokens.steps += m.count;
      int first = -1;
      int last = -1;
      for (int j = 0; j < m.count; j++) {
        if (m.term[j] < k.length && k[m.term[j]]) {
          first = first < 0 ? j : first;
          last = j;
        }
      }
      return new int[] {first, last};
    });
    if (span[0] < 0) {
      return false;
    }
    int[] start = m.start;
    int[] end = m.end;
    // Matches are in text order: only those between the first and the last can overlap o.
    if (!(start[span[0]] < end[o] && end[span[0]] > start[o])) {
      nearIndex = span[0];
      return true;
    }
    if (!(start[span[1]] < end[o] && end[span[1]] > start[o])) {
      nearIndex = span[1];
      return true;
    }
    for (int j = span[0] + 1; j < span[1]; j++) {
      m.tokens.steps++;
      if (m.term[j] < terms.length && terms[m.term[j]] && !(start[j] < end[o] && end[j] > start[o])) {
        nearIndex = j;
        return true;
      }
    }
    return false;
  }

  /** Index of the first match starting at or after token {@code token}. */
  private int firstStartingAt(int token) {
    int lo = 0;
    int hi = m.count;
    while (lo < hi) {
      m.tokens.steps++;
      int mid = (lo + hi) >>> 1;
      if (m.start[mid] < token) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
