package io.facetwire.evaluation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Precision, recall and F1 per topic over (article, topic) pairs, and micro figures over the four key
 * topics the product is named for and over all the others. Sets add up ({@link #plus}), so a part
 * (dev, test) is the sum of its files.
 */
public final class TopicScores {

  /** The topics the product is named for: they have their own goals. */
  public static final List<String> KEY_TOPICS = List.of("sanctions", "Syria", "cybersecurity", "space cooperation");

  private final Map<String, Score> byTopic = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

  /** One article: the labelled topics and the extracted ones. */
  public void add(List<String> gold, List<String> extracted) {
    for (String g : gold) {
      boolean found = extracted.stream().anyMatch(e -> Values.key(e).equals(Values.key(g)));
      byTopic.merge(g, new Score(found ? 1 : 0, found ? 1 : 0, 1), Score::plus);
    }
    for (String e : extracted) {
      if (gold.stream().noneMatch(g -> Values.key(e).equals(Values.key(g)))) {
        byTopic.merge(e, new Score(0, 1, 0), Score::plus);
      }
    }
  }

  public void plus(TopicScores other) {
    other.byTopic.forEach((k, v) -> byTopic.merge(k, v, Score::plus));
  }

  public Map<String, Score> byTopic() {
    return byTopic;
  }

  /**
   * Micro figures over the key topics ({@code key}) or over the other topics, counting only topics the
   * definitions have ({@code defined}): a topic dropped from them is not shown, so its labels are no
   * miss of the ones that are (the report lists them apart).
   */
  public Score micro(boolean key, java.util.Collection<String> defined) {
    Score sum = Score.ZERO;
    for (Map.Entry<String, Score> e : byTopic.entrySet()) {
      if (isKey(e.getKey()) == key && defined.stream().anyMatch(d -> d.equalsIgnoreCase(e.getKey()))) {
        sum = sum.plus(e.getValue());
      }
    }
    return sum;
  }

  public static boolean isKey(String topic) {
    return KEY_TOPICS.stream().anyMatch(k -> k.equalsIgnoreCase(topic));
  }
}
