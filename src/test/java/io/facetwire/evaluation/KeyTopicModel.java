package io.facetwire.evaluation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A binary linear classifier for one key topic: a weight per named feature ({@link KeyTopicFeatures}) and a bias,
 * read as a probability through the logistic function; trained by {@link FeatureVectors#train}.
 */
record KeyTopicModel(Map<String, Double> weights, double bias) {

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

  /** Trains on every one of these articles' features and labels with regularisation cost {@code c}. */
  static KeyTopicModel train(List<Map<String, Double>> x, boolean[] y, double c) {
    FeatureVectors v = new FeatureVectors(x);
    return v.named(v.train(IntStream.range(0, x.size()).toArray(), y, c));
  }

  /** The heaviest weights, positive first: what a reader checks the model by. */
  List<Map.Entry<String, Double>> strongest(int n, boolean positive) {
    Comparator<Map.Entry<String, Double>> byWeight = Map.Entry.comparingByValue();
    return weights.entrySet().stream().filter(e -> positive == e.getValue() > 0)
        .sorted(positive ? byWeight.reversed() : byWeight).limit(n).toList();
  }
}
