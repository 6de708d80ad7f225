package io.facetwire.evaluation;

import java.util.List;

/**
 * One hand-labelled article: its text and, per facet, the values a careful reader lists. A labelled
 * value may hold alternatives separated by "|" (the same person written two ways); any one matches.
 *
 * @param name where the article comes from (file, URL or resource), for error reports
 */
public record LabelledArticle(String name, String title, String body, List<String> countries,
    List<String> persons, List<String> topics) {

  public LabelledArticle {
    countries = List.copyOf(countries);
    persons = List.copyOf(persons);
    topics = List.copyOf(topics);
  }
}
