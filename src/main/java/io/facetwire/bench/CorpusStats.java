package io.facetwire.bench;

import io.facetwire.article.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Words, two-word phrases and facet values seen in the corpus, for drawing a realistic query log. */
final class CorpusStats {

  private static final Set<String> STOP = Set.of("said", "that", "with", "from", "have", "this", "will",
      "were", "which", "would", "been", "they", "their", "also", "into", "more", "than", "after", "about",
      "there", "other", "some", "could", "over", "year", "last", "reuter");

  private final Map<String, Integer> words = new HashMap<>();
  private final List<String> phrases = new ArrayList<>();
  private final Map<String, Map<String, Integer>> facetValues = new HashMap<>();
  private long articles;

  /** Counts every article; only the sampled ones (one copy of the corpus) feed the vocabulary. */
  void add(Article article, boolean sample) {
    articles++;
    if (!sample) {
      return;
    }
    String previous = null;
    for (String token : (article.title() + " " + article.body()).split("[^A-Za-z]+")) {
      String word = token.toLowerCase(java.util.Locale.ROOT);
      if (word.length() < 4 || word.length() > 12 || STOP.contains(word)) {
        previous = null;
        continue;
      }
      words.merge(word, 1, Integer::sum);
      if (previous != null && articles % 7 == 0 && phrases.size() < 5000) {
        phrases.add(previous + " " + word);
        previous = null;
        continue;
      }
      previous = word;
    }
    article.facets().map().forEach((facet, values) -> count(facet.param(), values));
  }

  private void count(String facet, List<String> values) {
    Map<String, Integer> counts = facetValues.computeIfAbsent(facet, f -> new HashMap<>());
    values.forEach(v -> counts.merge(v, 1, Integer::sum));
  }

  long articles() {
    return articles;
  }

  /** Words that occur often enough to match something, but are not the most common ones. */
  List<String> searchWords() {
    List<String> sorted = words.entrySet().stream().filter(e -> e.getValue() >= 20)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).toList();
    return sorted.subList(Math.min(50, sorted.size()), Math.min(3000, sorted.size()));
  }

  List<String> phrases() {
    return phrases;
  }

  /** The most frequent values of a facet, most frequent first. */
  List<String> topValues(String facet, int n) {
    return facetValues.getOrDefault(facet, Map.of()).entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(n).map(Map.Entry::getKey).toList();
  }
}
