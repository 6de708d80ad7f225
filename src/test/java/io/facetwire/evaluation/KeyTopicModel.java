package io.facetwire.evaluation;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A binary linear classifier for one key topic: a weight per named feature ({@link KeyTopicFeatures}) and a bias,
 * read as a probability through the logistic function. Trained by LIBLINEAR's L2-regularised logistic regression
 * (primal, trust-region Newton: deterministic, no random seed involved) with the classes weighted by their sizes
 * (a topic has a few dozen positives in thousands of articles: unweighted, the loss is met by saying "no" to all).
 * Only features seen in at least {@link #MIN_ARTICLES} training articles are kept: a word of one story cannot
 * recur on unseen text, and it would only learn that story.
 */
record KeyTopicModel(Map<String, Double> weights, double bias) {

  static final int MIN_ARTICLES = 2;

  static {
    Linear.disableDebugOutput();
  }

  /** The model's probability that an article with these features is about the topic. */
  double score(Map<String, Double> features) {
    double z = bias;
    for (Map.Entry<String, Double> f : features.entrySet()) {
      Double w = weights.get(f.getKey());
      if (w != null) {
        z += w * f.getValue();
      }
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** Trains on articles' features and labels with regularisation cost {@code c} (larger: weaker L2 penalty). */
  static KeyTopicModel train(List<Map<String, Double>> x, boolean[] y, double c) {
    Map<String, Integer> df = new HashMap<>();
    for (Map<String, Double> features : x) {
      features.keySet().forEach(k -> df.merge(k, 1, Integer::sum));
    }
    Map<String, Integer> index = new HashMap<>();
    List<String> names = new ArrayList<>();
    df.entrySet().stream().filter(e -> e.getValue() >= MIN_ARTICLES).map(Map.Entry::getKey).sorted()
        .forEach(k -> {
          names.add(k);
          index.put(k, names.size());
        });
    Problem p = new Problem();
    p.l = x.size();
    p.n = names.size() + 1;
    p.bias = 1;
    p.y = new double[p.l];
    p.x = new Feature[p.l][];
    int positives = 0;
    for (int i = 0; i < p.l; i++) {
      p.y[i] = y[i] ? 1 : -1;
      positives += y[i] ? 1 : 0;
      p.x[i] = vector(x.get(i), index, p.n);
    }
    if (positives == 0 || positives == p.l) {
      return new KeyTopicModel(Map.of(), positives == 0 ? -20 : 20); // one class only: nothing to tell apart
    }
    Parameter param = new Parameter(SolverType.L2R_LR, c, 0.001);
    double positiveWeight = (double) (p.l - positives) / positives;
    param.setWeights(new double[] {positiveWeight, 1}, new int[] {1, -1});
    de.bwaldvogel.liblinear.Model m = Linear.train(p, param);
    // LIBLINEAR's weights are for its first label; make them the positive class's.
    double sign = m.getLabels()[0] == 1 ? 1 : -1;
    double[] w = m.getFeatureWeights();
    Map<String, Double> weights = new HashMap<>();
    for (int k = 0; k < names.size(); k++) {
      if (w[k] != 0) {
        weights.put(names.get(k), sign * w[k]);
      }
    }
    return new KeyTopicModel(weights, sign * w[names.size()]);
  }

  /** The heaviest weights, positive first: what a reader checks the model by. */
  List<Map.Entry<String, Double>> strongest(int n, boolean positive) {
    Comparator<Map.Entry<String, Double>> byWeight = Map.Entry.comparingByValue();
    return weights.entrySet().stream().filter(e -> positive == e.getValue() > 0)
        .sorted(positive ? byWeight.reversed() : byWeight).limit(n).toList();
  }

  private static Feature[] vector(Map<String, Double> features, Map<String, Integer> index, int biasIndex) {
    List<Feature> out = new ArrayList<>(features.size() + 1);
    for (Map.Entry<String, Double> f : features.entrySet()) { // sorted by name, as the indexes are
      Integer k = index.get(f.getKey());
      if (k != null) {
        out.add(new FeatureNode(k, f.getValue()));
      }
    }
    out.add(new FeatureNode(biasIndex, 1));
    return out.toArray(new Feature[0]);
  }
}
