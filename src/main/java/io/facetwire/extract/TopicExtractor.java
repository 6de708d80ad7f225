package io.facetwire.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Scores the topics of a {@link TopicTaxonomy} in one pass: each token is looked up by the terms its stem
 * starts (the taxonomy indexes them under every word with that stem, so no token needs stemming for
 * that); phrases are checked against the stems of the following words.
 *
 * <p>A term found counts its weight once for the body, once more if the body repeats it, and once more
 * if the title has it (evidence that a word is the subject, not an aside). A topic fires when its score
 * reaches the threshold <em>and</em> rests on more than one mention, unless the file weights a term as
 * enough on its own (weight at or above the threshold). So one incidental "terrorism" in a list of
 * risks gives no topic. Thread-safe: state is per call.
 */
final class TopicExtractor {

  private final TopicTaxonomy taxonomy;

  TopicExtractor(TopicTaxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  List<String> extract(Tokens t) {
    return extract(t, null);
  }

  /** Like {@link #extract(Tokens)}; when {@code scores} is given, every topic's score goes into it too. */
  List<String> extract(Tokens t, java.util.Map<String, Double> scores) {
    int n = t.size;
    // Stems are only needed to match the later words of a phrase: made when first asked for.
    String[] stems = new String[n];
    byte[] seen = new byte[taxonomy.termCount()]; // bit 0: in the body, bit 1: repeated, bit 2: in the title
    // Per topic, the end of the last phrase found: "Iraq war" counts once, not again as "war".
    int[] coveredUntil = new int[taxonomy.topicCount()];
    List<TopicTaxonomy.Term> found = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      TopicTaxonomy.Term[] candidates = taxonomy.startingWith(t.lower[i], t.has(i, Tokens.DIGIT));
      if (candidates.length > 0) {
        count(t, i, candidates, stems, seen, coveredUntil, found);
      }
    }
    double[] score = new double[taxonomy.topicCount()];
    int[] mentions = new int[taxonomy.topicCount()];
    boolean[] enoughAlone = new boolean[taxonomy.topicCount()];
    for (TopicTaxonomy.Term term : found) {
      int s = seen[term.id()];
      int evidence = ((s & 1) != 0 ? 1 : 0) + ((s & 2) != 0 ? 1 : 0) + ((s & 4) != 0 ? 1 : 0);
      int k = term.topic();
      score[k] += term.weight() * evidence;
      mentions[k] += evidence;
      enoughAlone[k] |= term.weight() >= taxonomy.threshold(k) - 1e-9;
    }
    if (scores != null) {
      for (int k = 0; k < score.length; k++) {
        if (score[k] > 0) {
          scores.put(taxonomy.topic(k) + (fires(k, score, mentions, enoughAlone) ? "" : " (not firing)"), score[k]);
        }
      }
    }
    double best = 0;
    for (int k = 0; k < score.length; k++) {
      if (fires(k, score, mentions, enoughAlone)) {
        best = Math.max(best, score[k]);
      }
    }
    // A side topic far weaker than the article's main one is an aside: "relative = 0.3" in the file.
    double floor = best * taxonomy.relative();
    List<String> out = new ArrayList<>();
    for (int k = 0; k < score.length; k++) {
      if (fires(k, score, mentions, enoughAlone) && score[k] >= floor - 1e-9) {
        out.add(taxonomy.topic(k));
      }
    }
    Collections.sort(out);
    return out;
  }

  private boolean fires(int k, double[] score, int[] mentions, boolean[] enoughAlone) {
    return score[k] > 0 && score[k] >= taxonomy.threshold(k) - 1e-9 && (mentions[k] >= 2 || enoughAlone[k]);
  }

  /** Candidates come longest first, so a phrase claims its words before the single words do. */
  private static void count(Tokens t, int i, TopicTaxonomy.Term[] candidates, String[] stems,
      byte[] seen, int[] coveredUntil, List<TopicTaxonomy.Term> found) {
    for (TopicTaxonomy.Term term : candidates) {
      if (i < coveredUntil[term.topic()] || !matches(t, term.exact(), stems, i, term.words())) {
        continue;
      }
      if (term.words().length > 1) {
        coveredUntil[term.topic()] = i + term.words().length;
      }
      int s = seen[term.id()];
      if (s == 0) {
        found.add(term);
      }
      if (i < t.titleEnd) {
        s |= 4;
      } else if ((s & 1) != 0) {
        s |= 2;
      } else {
        s |= 1;
      }
      seen[term.id()] = (byte) s;
    }
  }

  /** Token i's stem is the first word's (the look-up said so); an exact term compares the words as written. */
  private static boolean matches(Tokens t, boolean exact, String[] stems, int i, String[] phrase) {
    if (i + phrase.length > t.size) {
      return false;
    }
    if (exact && !t.lower[i].equals(phrase[0])) {
      return false; // an exact term: the word itself, not just its stem
    }
    for (int k = 1; k < phrase.length; k++) {
      int j = i + k;
      // Words of a phrase must not be split by punctuation: "space. Cooperation" is no phrase.
      if (t.has(j, Tokens.BREAK_BEFORE) || !(exact ? t.lower[j] : stem(t, stems, j)).equals(phrase[k])) {
        return false;
      }
    }
    return true;
  }

  /** Token j's stem, made once per article; a token with a digit is kept as it is ("747s", "1990s"). */
  private static String stem(Tokens t, String[] stems, int j) {
    String s = stems[j];
    if (s == null) {
      s = t.has(j, Tokens.DIGIT) ? t.lower[j] : LightStemmer.stem(t.lower[j]);
      stems[j] = s;
    }
    return s;
  }
}
