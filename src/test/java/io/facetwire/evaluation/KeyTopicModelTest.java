package io.facetwire.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Scoring, training and the choice of settings of the key-topic model, on small made-up data (no server). */
class KeyTopicModelTest {

  @Test
  void scoreIsTheLogisticOfTheWeightedSumPlusBias() {
    KeyTopicModel m = new KeyTopicModel(Map.of("w:sanction", 2.0, "w:football", -3.0), -1.0);
    assertEquals(1 / (1 + Math.exp(-1.0)), m.score(Map.of("w:sanction", 1.0, "w:unknown", 5.0)), 1e-12,
        "a feature the model has no weight for adds nothing");
    assertEquals(1 / (1 + Math.exp(1.0)), m.score(Map.of()), 1e-12, "no feature: the bias alone");
  }

  @Test
  void trainingLearnsTheWordsOfTheTopicAndIsDeterministic() {
    List<Map<String, Double>> x = new ArrayList<>();
    boolean[] y = new boolean[40];
    for (int i = 0; i < 40; i++) {
      boolean positive = i % 5 == 0;
      y[i] = positive;
      x.add(KeyTopicFeatures.of(positive ? "Embargo tightened" : "Wheat harvest " + i,
          positive ? "The sanctions on the regime were tightened. Exports are banned." : "Farmers sold grain at the market."));
    }
    KeyTopicModel m = KeyTopicModel.train(x, y, 10);
    assertTrue(m.score(KeyTopicFeatures.of("New sanctions", "Sanctions were tightened.")) > 0.5);
    assertTrue(m.score(KeyTopicFeatures.of("Grain prices", "Farmers sold wheat.")) < 0.5);
    assertTrue(m.weights().get("w:sanction") > 0, "the topic's word counts for it");
    assertTrue(m.weights().get("w:farmer") < 0, "the other stories' words count against it");
    assertEquals(m, KeyTopicModel.train(x, y, 10), "the same data and cost give the same weights");
    assertTrue(m.weights().keySet().stream().noneMatch(k -> k.contains(" 39")), "a word of one article is no feature");
  }

  @Test
  void withoutALabelledStoryTheModelNeverTags() {
    KeyTopicModel m = KeyTopicModel.train(List.of(Map.of("w:a", 1.0), Map.of("w:a", 1.0)), new boolean[2], 10);
    assertTrue(m.score(Map.of("w:a", 1.0)) < 1e-6);
  }

  @Test
  void thresholdsAreChosenFromTheScores() {
    double[] score = {0.9, 0.8, 0.7, 0.6, 0.2, 0.1};
    boolean[] y = {true, true, false, true, false, false};
    assertArrayEquals(new double[] {0.6, 6.0 / 7}, KeyTopicModelSelection.bestF1Threshold(score, y), 1e-12,
        "all three stories at 0.6: 3 right of 4 tagged");
    assertEquals(0.8, KeyTopicModelSelection.highThreshold(score, y), "0.7 would be right 2 of 3 times, under 0.9");
    assertEquals(0.6, KeyTopicModelSelection.vetoThreshold(score, y), "the lowest a labelled story scored");
    assertEquals(1.01, KeyTopicModelSelection.highThreshold(new double[] {0.9}, new boolean[] {false}),
        "never right: the model adds nothing");
  }

  @Test
  void innerFoldsSpreadThePartsThatHoldTheStories() {
    String[] parts = {"a", "a", "b", "b", "c", "c", "d", "e", "f", "g", "h"};
    boolean[] y = {true, true, true, false, true, false, false, false, false, false, false};
    int[] fold = KeyTopicModelSelection.innerFolds(parts, y, 17);
    Set<Integer> storyFolds = new HashSet<>(List.of(fold[0], fold[2], fold[4]));
    assertEquals(3, storyFolds.size(), "parts a, b and c (the only ones with stories) in three folds");
    assertEquals(fold[0], fold[1], "a part stays whole");
    assertNotEquals(-1, fold[10]);
  }
}
