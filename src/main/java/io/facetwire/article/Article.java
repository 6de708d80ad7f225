package io.facetwire.article;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One news article as Facetwire stores it.
 *
 * <p>Readers fill in what the input holds (title, body, url, source, date, source tags); the import
 * pipeline then assigns a stable {@link #id}, the extracted facets and {@link #ingestedAt}.
 *
 * @param id          stable id: given, or derived by {@link ArticleIds} so re-imports never duplicate
 * @param sourceTags  tags that came with the input (e.g. Reuters PLACES/PEOPLE/TOPICS), kept apart from
 *                    the extracted facets; keys are "places", "people", "topics", ...
 */
public record Article(
    String id,
    String url,
    String title,
    String body,
    String source,
    Instant publishedAt,
    List<String> countries,
    List<String> persons,
    List<String> topics,
    Map<String, List<String>> sourceTags,
    Instant ingestedAt) {

  public Article {
    countries = countries == null ? List.of() : List.copyOf(countries);
    persons = persons == null ? List.of() : List.copyOf(persons);
    topics = topics == null ? List.of() : List.copyOf(topics);
    // Sorted by key, so documents, pages and content hashes come out the same in every JVM.
    sourceTags = sourceTags == null ? Map.of()
        : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(Map.copyOf(sourceTags)));
  }

  /** An article as a reader produces it: no id unless the input had one, no facets yet. */
  public static Article fromInput(
      String id, String url, String title, String body, String source, Instant publishedAt,
      Map<String, List<String>> sourceTags) {
    return new Article(id, url, title, body, source, publishedAt, null, null, null, sourceTags, null);
  }

  public Article withId(String newId) {
    return new Article(newId, url, title, body, source, publishedAt, countries, persons, topics,
        sourceTags, ingestedAt);
  }

  public Article withFacets(List<String> newCountries, List<String> newPersons, List<String> newTopics) {
    return new Article(id, url, title, body, source, publishedAt, newCountries, newPersons, newTopics,
        sourceTags, ingestedAt);
  }

  public Article withIngestedAt(Instant when) {
    return new Article(id, url, title, body, source, publishedAt, countries, persons, topics,
        sourceTags, when);
  }
}
