package io.facetwire.extract;

import java.util.List;

/**
 * Why an article got its facets (the same values {@link FacetExtractor#extract} gives): for each country and person the words that named it and where, and
 * for each topic that matched anything its {@link TopicExplanation} (assigned or not, and why).
 */
public record Explanation(List<ValueEvidence> countries, List<ValueEvidence> persons,
    List<TopicExplanation> topics) {

  /** How many mentions or matches per value the article page and the API list. */
  public static final int SHOWN = 50;

  /** Where in the article a value was named: the words as written and the place (title, lead, body). */
  public record Mention(String text, String place) {
  }

  /**
   * One extracted country or person with the mentions that support it; {@code basis} says what the
   * value needed ("a name, short form, demonym or capital standing for the government").
   */
  public record ValueEvidence(String value, String basis, List<Mention> mentions, int mentionCount) {
    public ValueEvidence {
      mentions = List.copyOf(mentions);
    }

    /** Every mention listed. */
    public ValueEvidence(String value, String basis, List<Mention> mentions) {
      this(value, basis, mentions, mentions.size());
    }

    ValueEvidence limited(int max) {
      return mentions.size() <= max ? this : new ValueEvidence(value, basis, mentions.subList(0, max), mentionCount);
    }
  }

  public Explanation {
    countries = List.copyOf(countries);
    persons = List.copyOf(persons);
    topics = List.copyOf(topics);
  }

  /**
   * The same explanation with at most {@code max} mentions per country or person and {@code max} matches per
   * topic (the first ones, in reading order); {@code mentionCount} and {@code hitCount} keep the totals. What a
   * page or an API answer shows: a long text that names a value thousands of times would otherwise turn one
   * request into megabytes of evidence.
   */
  public Explanation limited(int max) {
    return new Explanation(countries.stream().map(v -> v.limited(max)).toList(),
        persons.stream().map(v -> v.limited(max)).toList(), topics.stream().map(t -> t.limited(max)).toList());
  }

  /** The topics assigned (the others matched something but fell short), sorted. */
  public List<String> assignedTopics() {
    return topics.stream().filter(TopicExplanation::assigned).map(TopicExplanation::topic).sorted().toList();
  }
}
