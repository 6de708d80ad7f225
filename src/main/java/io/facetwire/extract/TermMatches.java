package io.facetwire.extract;

import java.util.Arrays;

/**
 * Every term match of one article, in text order: term id, token span, sentence number, distinct group. One pass
 * finds them for all topics at once (a hash look-up per token; phrases compared word by word after it), the country
 * extractor's mentions join them as {@code <country>}, and it marks where the title and the lead end. Kept apart from
 * the rules ({@link TopicMatcher}, {@link RuleClauses}, {@link TopicScores}) because finding knows nothing of rules or
 * topics: they only read what it found, and the explanation's lead ({@link #leadEnd}) asks for it alone.
 *
 * <p>One per thread, filled anew by each {@link #find} (its int arrays grown once, not made per article): valid until
 * {@link #release} or the thread's next {@code find}.
 */
final class TermMatches {
  private static final ThreadLocal<TermMatches> OF_THREAD = ThreadLocal.withInitial(TermMatches::new);
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
  private static TermMatches emptied() {
    TermMatches m = OF_THREAD.get();
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
    TermMatches m = find(t, defs, leadWords);
    int leadEnd = m.leadEnd;
    m.release();
    return leadEnd;
  }

  static TermMatches find(Tokens t, TopicDefinitions defs, int leadWords) {
    TermMatches m = emptied();
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
