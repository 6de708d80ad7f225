package io.facetwire.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Scores the topics of a {@link TopicTaxonomy} in one pass: each token is stemmed once and looked up
 * by its stem; phrases are checked against the following stems. Thread-safe: state is per call.
 */
final class TopicExtractor {

  private final TopicTaxonomy taxonomy;

  TopicExtractor(TopicTaxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  List<String> extract(Tokens t) {
    int n = t.size;
    String[] stems = new String[n];
    for (int i = 0; i < n; i++) {
      stems[i] = t.has(i, Tokens.DIGIT) ? t.lower[i] : LightStemmer.stem(t.lower[i]);
    }
    boolean[] seen = new boolean[taxonomy.termCount()];
    double[] score = new double[taxonomy.topicCount()];
    for (int i = 0; i < n; i++) {
      for (TopicTaxonomy.Term term : taxonomy.startingWith(stems[i])) {
        if (!seen[term.id()] && matches(t, stems, i, term.stems())) {
          seen[term.id()] = true; // a term counts once: repetition is not evidence of a topic
          score[term.topic()] += term.weight();
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (int k = 0; k < score.length; k++) {
      if (score[k] > 0 && score[k] >= taxonomy.threshold(k) - 1e-9) {
        out.add(taxonomy.topic(k));
      }
    }
    Collections.sort(out);
    return out;
  }

  private static boolean matches(Tokens t, String[] stems, int i, String[] phrase) {
    if (i + phrase.length > stems.length) {
      return false;
    }
    for (int k = 1; k < phrase.length; k++) {
      // Words of a phrase must not be split by punctuation: "space. Cooperation" is no phrase.
      if (!stems[i + k].equals(phrase[k]) || t.has(i + k, Tokens.BREAK_BEFORE)) {
        return false;
      }
    }
    return true;
  }
}
