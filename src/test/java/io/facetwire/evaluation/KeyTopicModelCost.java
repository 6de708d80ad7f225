package io.facetwire.evaluation;

import io.facetwire.extract.FacetExtractor;
import io.facetwire.facet.Facet;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the key-topic model would cost per article if it shipped: its features ({@link KeyTopicFeatures}, which
 * tokenize the text again) and the four models' scores, beside the extraction itself on the same articles, by the
 * thread's CPU time in rounds as {@code ExtractionBenchmark} measures (the first round warms up; best and median
 * of the rest). A program, not a test. The models are trained on every opened part at C=300 (the cost the inner
 * folds choose for sanctions and cybersecurity): the number of weights, not their values, sets the price.
 * Usage: {@code KeyTopicModelCost data-dir labels-dir [rounds]}.
 */
public final class KeyTopicModelCost {

  private KeyTopicModelCost() {
  }

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    Path labels = Path.of(args[1]);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    LabelledSets sets = new LabelledSets(data);
    List<LabelledArticle> articles = new ArrayList<>();
    List<Path> files = TuningParts.labelFiles(labels);
    for (Path file : files) {
      if (!TuningParts.readable(file, System.out)) {
        continue;
      }
      articles.addAll(sets.load(file));
    }
    List<Map<String, Double>> x = articles.stream().map(a -> KeyTopicFeatures.of(a.title(), a.body())).toList();
    KeyTopicModel[] models = new KeyTopicModel[4];
    int weights = 0;
    for (int k = 0; k < 4; k++) {
      String key = TopicScores.KEY_TOPICS.get(k);
      boolean[] y = new boolean[articles.size()];
      for (int i = 0; i < y.length; i++) {
        y[i] = articles.get(i).topics().stream().anyMatch(key::equalsIgnoreCase);
      }
      models[k] = KeyTopicModel.train(x, y, 300);
      weights += models[k].weights().size();
    }
    System.out.printf("%d articles of the opened parts; four models, %d weights in all%n", articles.size(), weights);
    FacetExtractor fx = FacetExtractor.loadDefault();
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    double[] model = new double[rounds];
    double[] extraction = new double[rounds];
    double sink = 0;
    for (int r = 0; r < rounds; r++) { // interleaved: the machine's load falls on both alike
      long c0 = threads.getCurrentThreadCpuTime();
      for (LabelledArticle a : articles) {
        Map<String, Double> f = KeyTopicFeatures.of(a.title(), a.body());
        for (KeyTopicModel m : models) {
          sink += m.score(f);
        }
      }
      long c1 = threads.getCurrentThreadCpuTime();
      for (LabelledArticle a : articles) {
        sink += fx.extract(a.title(), a.body(), a.source(), a.publishedAt()).values(Facet.TOPIC).size();
      }
      long c2 = threads.getCurrentThreadCpuTime();
      model[r] = (c1 - c0) / 1e3 / articles.size();
      extraction[r] = (c2 - c1) / 1e3 / articles.size();
      System.out.printf("round %d: features + 4 scores %.1f µs/article, extraction %.1f µs/article%s%n", r + 1,
          model[r], extraction[r], r == 0 ? " (warm-up)" : "");
    }
    double[] m = Arrays.copyOfRange(model, 1, rounds);
    double[] e = Arrays.copyOfRange(extraction, 1, rounds);
    double[] ratio = new double[m.length];
    for (int i = 0; i < m.length; i++) {
      ratio[i] = m[i] / e[i];
    }
    Arrays.sort(m);
    Arrays.sort(e);
    Arrays.sort(ratio);
    System.out.printf("after warm-up, by thread CPU time: features + 4 scores best %.1f, median %.1f µs/article;"
        + " extraction best %.1f, median %.1f µs/article; model / extraction, median of rounds %.2f%n", m[0],
        m[m.length / 2], e[0], e[e.length / 2], ratio[ratio.length / 2]);
    System.out.println("(checksum " + Math.round(sink) + ")");
  }
}
