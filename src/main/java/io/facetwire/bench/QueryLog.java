package io.facetwire.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A fixed, seeded log of searches as users would send them: words from the corpus, sometimes a
 * phrase or an excluded word, zero to three facet filters, relevance or newest first, pages 1 to 5.
 */
final class QueryLog {

  private static final List<String> FACETS = List.of("country", "person", "topic");

  private QueryLog() {}

  /** One search: its URL parameters (as the page and the API take them) and the query string. */
  record Entry(Map<String, List<String>> params, String queryString) {}

  static List<Entry> generate(CorpusStats stats, int size, long seed) {
    Random random = new Random(seed);
    List<String> words = stats.searchWords();
    List<String> phrases = stats.phrases();
    Map<String, List<String>> values = new LinkedHashMap<>();
    FACETS.forEach(f -> values.put(f, stats.topValues(f, 40)));
    List<Entry> log = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Map<String, List<String>> params = new LinkedHashMap<>();
      double kind = random.nextDouble();
      String q;
      if (kind < 0.10) {
        q = "";
      } else if (kind < 0.55) {
        q = pick(random, words);
      } else if (kind < 0.75) {
        q = pick(random, words) + " " + pick(random, words);
      } else if (kind < 0.90 && !phrases.isEmpty()) {
        q = "\"" + pick(random, phrases) + "\"";
      } else {
        q = pick(random, words) + " -" + pick(random, words);
      }
      if (!q.isEmpty()) {
        params.put("q", List.of(q));
      }
      int filters = random.nextDouble() < 0.4 ? 0 : 1 + random.nextInt(3);
      for (int f = 0; f < filters; f++) {
        String facet = FACETS.get(random.nextInt(FACETS.size()));
        if (!values.get(facet).isEmpty()) {
          params.computeIfAbsent(facet, k -> new ArrayList<>()).add(pick(random, values.get(facet)));
        }
      }
      params.put("sort", List.of(random.nextBoolean() ? "relevance" : "newest"));
      int page = 1 + random.nextInt(5);
      if (page > 1) {
        params.put("page", List.of(Integer.toString(page)));
      }
      log.add(new Entry(params, queryString(params)));
    }
    return log;
  }

  private static String pick(Random random, List<String> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static String queryString(Map<String, List<String>> params) {
    StringBuilder s = new StringBuilder();
    params.forEach((name, list) -> list.forEach(v -> {
      if (s.length() > 0) {
        s.append('&');
      }
      s.append(name).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
    }));
    return s.toString();
  }
}
