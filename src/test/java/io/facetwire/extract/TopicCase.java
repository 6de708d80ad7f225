package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.facet.Facet;
import java.util.List;

/**
 * One passage written for a kind test, and whether a topic must come out of it: the shape the kind tests of session
 * 24 share (TradeAndEconomyKindsTest, AgricultureKindsTest, BusinessPaperIssuesTest, ElectionsKindsTest,
 * KeyTopicWireWordsTest). Its name in a test report is the kind it stands for.
 */
record TopicCase(String kind, String topic, String title, String body, boolean has) {

  static TopicCase has(String kind, String topic, String title, String body) {
    return new TopicCase(kind, topic, title, body, true);
  }

  static TopicCase hasNot(String kind, String topic, String title, String body) {
    return new TopicCase(kind, topic, title, body, false);
  }

  /** Fails unless these definitions give the passage the topic exactly when it should have it. */
  void assertOn(FacetExtractor definitions) {
    List<String> topics = definitions.extract(title, body).values(Facet.TOPIC);
    assertEquals(has, topics.contains(topic), kind + ": " + topics);
  }

  @Override
  public String toString() {
    return kind;
  }
}
