package io.facetwire.extract;

import java.util.List;

/**
 * Why an article got its facets (the same values {@link FacetExtractor#extract} gives): for each country and person the words that named it and where, and
 * for each topic that matched anything its {@link TopicExplanation} (assigned or not, and why).
 */
public record Explanation(List<ValueEvidence> countries, List<ValueEvidence> persons,
    List<TopicExplanation> topics) {

  /** Where in the article a value was named: the words as written and the place (title, lead, body). */
  public record Mention(String text, String place) {
  }

  /**
   * One extracted country or person with the mentions that support it; {@code basis} says what the
   * value needed ("a name, short form, demonym or capital standing for the government").
   */
  public record ValueEvidence(String value, String basis, List<Mention> mentions) {
    public ValueEvidence {
      mentions = List.copyOf(mentions);
    }
  }

  public Explanation {
    countries = List.copyOf(countries);
    persons = List.copyOf(persons);
    topics = List.copyOf(topics);
  }

  /** The topics assigned (the others matched something but fell short), sorted. */
  public List<String> assignedTopics() {
    return topics.stream().filter(TopicExplanation::assigned).map(TopicExplanation::topic).sorted().toList();
  }
}
