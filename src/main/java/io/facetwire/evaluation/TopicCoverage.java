package io.facetwire.evaluation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often a corpus' own categories come out as the matching topic: BBC folders ("sport" -> sport),
 * Reuters TOPICS ("crude" -> energy). Only recall can be read from this (an article about sport may
 * rightly get other topics too); it is reported with the share of articles given no topic at all and
 * the mean number of topics per article, so a taxonomy that fires everywhere shows up as well.
 */
public final class TopicCoverage {

  /** One category: articles in it and how many of those got its topic. */
  public record Category(String name, String topic, long articles, long found) {
    public double recall() {
      return articles == 0 ? 0 : (double) found / articles;
    }
  }

  private final Map<String, long[]> byCategory = new TreeMap<>();
  private final Map<String, String> topicOf = new TreeMap<>();
  private long articles;
  private long withoutTopic;
  private long topicsGiven;

  /** Counts one article of {@code category} (whose topic is {@code expectedTopic}), or none if null. */
  public void add(String category, String expectedTopic, List<String> topics) {
    if (category != null) {
      long[] c = byCategory.computeIfAbsent(category, k -> new long[2]);
      topicOf.put(category, expectedTopic);
      c[0]++;
      if (topics.contains(expectedTopic)) {
        c[1]++;
      }
    }
  }

  /** Every article counts here, categorised or not. */
  public void count(List<String> topics) {
    articles++;
    topicsGiven += topics.size();
    if (topics.isEmpty()) {
      withoutTopic++;
    }
  }

  public List<Category> categories() {
    return byCategory.entrySet().stream()
        .map(e -> new Category(e.getKey(), topicOf.get(e.getKey()), e.getValue()[0], e.getValue()[1])).toList();
  }

  public long articles() {
    return articles;
  }

  public double withoutTopicShare() {
    return articles == 0 ? 0 : (double) withoutTopic / articles;
  }

  public double meanTopics() {
    return articles == 0 ? 0 : (double) topicsGiven / articles;
  }
}
