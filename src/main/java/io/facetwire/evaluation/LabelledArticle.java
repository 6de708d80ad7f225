package io.facetwire.evaluation;

import java.time.Instant;
import java.util.List;

/**
 * One hand-labelled article: its text and, per facet, the values a careful reader lists. A labelled
 * value may hold alternatives separated by "|" (the same person written two ways); any one matches.
 *
 * @param organizations null where the set has no organization labels
 * @param name where the article comes from (file, URL or resource), for error reports
 * @param source the outlet that published it ("BBC News", "Reuters"), as an import would give it; may be null
 * @param publishedAt when it was published, as the import reads it (Reuters' DATE); null where the text has none
 */
public record LabelledArticle(String name, String title, String body, List<String> countries,
    List<String> persons, List<String> topics, List<String> organizations, String source, Instant publishedAt) {

  public LabelledArticle(String name, String title, String body, List<String> countries, List<String> persons,
      List<String> topics, List<String> organizations, String source) {
    this(name, title, body, countries, persons, topics, organizations, source, null);
  }

  public LabelledArticle(String name, String title, String body, List<String> countries, List<String> persons,
      List<String> topics, List<String> organizations) {
    this(name, title, body, countries, persons, topics, organizations, null);
  }

  /** An article whose organizations were not labelled (sets made before that facet existed). */
  public LabelledArticle(String name, String title, String body, List<String> countries, List<String> persons,
      List<String> topics) {
    this(name, title, body, countries, persons, topics, null);
  }

  public LabelledArticle {
    countries = List.copyOf(countries);
    persons = List.copyOf(persons);
    topics = List.copyOf(topics);
    organizations = organizations == null ? null : List.copyOf(organizations);
  }

  /** False for sets labelled before organizations were: they are not scored on that facet. */
  public boolean organizationsLabelled() {
    return organizations != null;
  }
}
