package io.facetwire.evaluation;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Every article's features ({@link KeyTopicFeatures}) numbered once, so the hundreds of trainings of a
 * leave-one-part-out run train and score on arrays instead of looking names up. Trains LIBLINEAR's L2-regularised
 * logistic regression (primal, trust-region Newton: deterministic) on any subset of the articles, with the classes
 * weighted by their sizes (a topic has a few dozen stories in thousands: unweighted, the loss is met by saying "no" to
 * all) and only the features seen in at least {@link #MIN_ARTICLES} of that subset's articles (a word of one story
 * cannot recur on unseen text: it would only learn that story).
 */
final class FeatureVectors {

  static final int MIN_ARTICLES = 2;
  /** LIBLINEAR's own default stopping tolerance for this solver. */
  static final double EPSILON = 0.01;

  static {
    Linear.disableDebugOutput();
  }

  /** Weights by feature number ({@link #names}), and the bias. */
  record Weights(double[] w, double bias) {
  }

  final List<String> names;
  private final int[][] index;
  private final double[][] value;

  FeatureVectors(List<Map<String, Double>> articles) {
    TreeSet<String> all = new TreeSet<>();
    articles.forEach(a -> all.addAll(a.keySet()));
    names = List.copyOf(all);
    Map<String, Integer> number = new HashMap<>();
    for (int k = 0; k < names.size(); k++) {
      number.put(names.get(k), k);
    }
    index = new int[articles.size()][];
    value = new double[articles.size()][];
    for (int i = 0; i < articles.size(); i++) {
      Map<String, Double> a = articles.get(i);
      int[] ix = new int[a.size()];
      double[] v = new double[a.size()];
      int n = 0;
      for (Map.Entry<String, Double> f : new java.util.TreeMap<>(a).entrySet()) { // by name: numbers ascend
        ix[n] = number.get(f.getKey());
        v[n++] = f.getValue();
      }
      index[i] = ix;
      value[i] = v;
    }
  }

  int size() {
    return index.length;
  }

  /** Trains on the articles {@code rows} with labels {@code y} (indexed like the articles) and cost {@code c}. */
  Weights train(int[] rows, boolean[] y, double c) {
    int[] df = new int[names.size()];
    int positives = 0;
    for (int i : rows) {
      for (int k : index[i]) {
        df[k]++;
      }
      positives += y[i] ? 1 : 0;
    }
    if (positives == 0 || positives == rows.length) {
      return new Weights(new double[names.size()], positives == 0 ? -20 : 20); // one class: nothing to tell apart
    }
    int[] column = new int[names.size()]; // feature number -> LIBLINEAR's index (1-based), 0: left out
    int columns = 0;
    for (int k = 0; k < df.length; k++) {
      column[k] = df[k] >= MIN_ARTICLES ? ++columns : 0;
    }
    Problem p = new Problem();
    p.l = rows.length;
    p.n = columns + 1;
    p.bias = 1;
    p.y = new double[p.l];
    p.x = new Feature[p.l][];
    for (int r = 0; r < rows.length; r++) {
      int i = rows[r];
      p.y[r] = y[i] ? 1 : -1;
      List<Feature> f = new ArrayList<>(index[i].length + 1);
      for (int j = 0; j < index[i].length; j++) {
        if (column[index[i][j]] > 0) {
          f.add(new FeatureNode(column[index[i][j]], value[i][j]));
        }
      }
      f.add(new FeatureNode(p.n, 1));
      p.x[r] = f.toArray(new Feature[0]);
    }
    Parameter param = new Parameter(SolverType.L2R_LR, c, EPSILON);
    param.setWeights(new double[] {(double) (p.l - positives) / positives, 1}, new int[] {1, -1});
    de.bwaldvogel.liblinear.Model m = Linear.train(p, param);
    double sign = m.getLabels()[0] == 1 ? 1 : -1; // LIBLINEAR's weights are for its first label
    double[] lw = m.getFeatureWeights();
    double[] w = new double[names.size()];
    for (int k = 0; k < w.length; k++) {
      w[k] = column[k] > 0 ? sign * lw[column[k] - 1] : 0;
    }
    return new Weights(w, sign * lw[columns]);
  }

  /** The model's probability for article i. */
  double score(Weights weights, int i) {
    double z = weights.bias();
    for (int j = 0; j < index[i].length; j++) {
      z += weights.w()[index[i][j]] * value[i][j];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** The weights by feature name (the non-zero ones): a model a person can read. */
  KeyTopicModel named(Weights weights) {
    Map<String, Double> out = new HashMap<>();
    for (int k = 0; k < names.size(); k++) {
      if (weights.w()[k] != 0) {
        out.put(names.get(k), weights.w()[k]);
      }
    }
    return new KeyTopicModel(out, weights.bias());
  }
}
