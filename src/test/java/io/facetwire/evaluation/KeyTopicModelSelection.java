package io.facetwire.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Chooses a key-topic model's settings on its training parts only: the regularisation cost and three thresholds
 * on the model's probability, all from out-of-fold scores of an inner cross-validation whose folds are whole parts
 * (an article's part mates share its sampling and its labeller's reading, so a fold of random articles would flatter).
 *
 * <ul>
 *   <li>{@code alone}: the threshold with the best F1 of the model on its own;
 *   <li>{@code high}: the lowest threshold at which the model's tags were right at least {@link #HIGH_PRECISION} of
 *       the time, what the model may add to the rules' tags ({@code 1.01}: none reaches it, so it adds nothing);
 *   <li>{@code veto}: the lowest score any labelled story got, below which the model may take a rules' tag away.
 * </ul>
 */
final class KeyTopicModelSelection {

  static final double[] COSTS = {30, 300};
  static final int INNER_FOLDS = 4;
  static final double HIGH_PRECISION = 0.9;

  /** What was chosen, and the out-of-fold F1 it was chosen by. */
  record Choice(double cost, double alone, double high, double veto, double innerF1, FeatureVectors.Weights model) {
  }

  private static final java.util.concurrent.ExecutorService THREADS = daemonThreads(8, "key-topic-training");

  private KeyTopicModelSelection() {
  }

  /** A pool of daemon threads (a program's run ends when its main thread does). */
  static java.util.concurrent.ExecutorService daemonThreads(int n, String name) {
    return java.util.concurrent.Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
  }

  /** The task's result; its failure rethrown unchecked. */
  static <T> T join(java.util.concurrent.Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Chooses on the training articles {@code rows} of {@code v} ({@code y} and {@code parts} are indexed like
   * {@code v}'s articles: a label and a part each) and trains the final model on all of them. {@code seed} breaks
   * ties in which parts share an inner fold.
   */
  static Choice choose(FeatureVectors v, int[] rows, boolean[] y, String[] parts, long seed) {
    String[] rowParts = new String[rows.length];
    boolean[] rowY = new boolean[rows.length];
    for (int r = 0; r < rows.length; r++) {
      rowParts[r] = parts[rows[r]];
      rowY[r] = y[rows[r]];
    }
    int[] fold = innerFolds(rowParts, rowY, seed);
    // Every (cost, inner fold) training on a thread of its own: they share nothing but the read-only vectors.
    List<java.util.concurrent.Future<FeatureVectors.Weights>> trained = new ArrayList<>();
    for (double c : COSTS) {
      for (int f = 0; f < INNER_FOLDS; f++) {
        int ff = f;
        int[] train = java.util.stream.IntStream.range(0, rows.length).filter(r -> fold[r] != ff).map(r -> rows[r])
            .toArray();
        trained.add(THREADS.submit(() -> v.train(train, y, c)));
      }
    }
    Choice best = null;
    for (int ci = 0; ci < COSTS.length; ci++) {
      double[] oof = new double[rows.length];
      for (int f = 0; f < INNER_FOLDS; f++) {
        FeatureVectors.Weights m = join(trained.get(ci * INNER_FOLDS + f));
        for (int r = 0; r < rows.length; r++) {
          if (fold[r] == f) {
            oof[r] = v.score(m, rows[r]);
          }
        }
      }
      double[] alone = bestF1Threshold(oof, rowY);
      if (best == null || alone[1] > best.innerF1() + 1e-9) {
        best = new Choice(COSTS[ci], alone[0], highThreshold(oof, rowY), vetoThreshold(oof, rowY), alone[1], null);
      }
    }
    return new Choice(best.cost(), best.alone(), best.high(), best.veto(), best.innerF1(), v.train(rows, y, best.cost()));
  }

  /**
   * Whole parts dealt into the inner folds, the parts with the most labelled stories first, round-robin (parts with
   * equally many in an order shuffled by the seed): a topic whose few stories sit in three parts gets them into three
   * folds, not one (drawn at random, Syria's ten stories once fell into one fold and no inner model saw any).
   */
  static int[] innerFolds(String[] parts, boolean[] y, long seed) {
    Map<String, Integer> positives = new java.util.TreeMap<>();
    for (int i = 0; i < parts.length; i++) {
      positives.merge(parts[i], y[i] ? 1 : 0, Integer::sum);
    }
    List<String> names = new ArrayList<>(positives.keySet());
    Collections.shuffle(names, new Random(seed));
    names.sort((a, b) -> Integer.compare(positives.get(b), positives.get(a))); // stable: the shuffle breaks ties
    Map<String, Integer> foldOf = new java.util.HashMap<>();
    for (int k = 0; k < names.size(); k++) {
      foldOf.put(names.get(k), k % INNER_FOLDS);
    }
    int[] out = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = foldOf.get(parts[i]);
    }
    return out;
  }

  /** {threshold, F1}: tagging every score at or above the threshold; the higher threshold on a tie. */
  static double[] bestF1Threshold(double[] score, boolean[] y) {
    Integer[] order = byScoreDescending(score);
    int positives = 0;
    for (boolean b : y) {
      positives += b ? 1 : 0;
    }
    double bestF1 = 0;
    double bestT = 1.01;
    int right = 0;
    for (int k = 0; k < order.length; k++) {
      right += y[order[k]] ? 1 : 0;
      if (k + 1 < order.length && score[order[k + 1]] == score[order[k]]) {
        continue; // a threshold cannot split equal scores
      }
      double f1 = positives == 0 ? 0 : 2.0 * right / (k + 1 + positives);
      if (f1 > bestF1 + 1e-12) {
        bestF1 = f1;
        bestT = score[order[k]];
      }
    }
    return new double[] {bestT, bestF1};
  }

  /** The lowest threshold whose tags were right at least {@link #HIGH_PRECISION} of the time (1.01: none). */
  static double highThreshold(double[] score, boolean[] y) {
    Integer[] order = byScoreDescending(score);
    double t = 1.01;
    int right = 0;
    for (int k = 0; k < order.length; k++) {
      right += y[order[k]] ? 1 : 0;
      if (k + 1 < order.length && score[order[k + 1]] == score[order[k]]) {
        continue;
      }
      if ((double) right / (k + 1) >= HIGH_PRECISION) {
        t = score[order[k]];
      }
    }
    return t;
  }

  /** The lowest out-of-fold score of a labelled story: below it the model vetoes (0: no story, no veto). */
  static double vetoThreshold(double[] score, boolean[] y) {
    double t = Double.MAX_VALUE;
    for (int i = 0; i < score.length; i++) {
      if (y[i]) {
        t = Math.min(t, score[i]);
      }
    }
    return t == Double.MAX_VALUE ? 0 : t;
  }

  private static Integer[] byScoreDescending(double[] score) {
    Integer[] order = new Integer[score.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
    return order;
  }

}
