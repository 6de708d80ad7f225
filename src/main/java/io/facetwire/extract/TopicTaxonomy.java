package io.facetwire.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Topics as a user-editable data file: each topic has a name, a threshold and weighted terms (words or
 * phrases, matched after {@link LightStemmer}). Format, one item a line, '#' starts a comment:
 *
 * <pre>
 * [sanctions]
 * threshold = 1.0
 * sanction = 1.0         # decisive on its own: weight &gt;= threshold
 * economic pressure = 0.5
 * </pre>
 *
 * A topic fires when the weights of the distinct terms found add up to its threshold; a term counts
 * once however often it occurs, so a repeated incidental word ("trade", "space") never fires a topic.
 * Terms are indexed by their first stem for a single pass over the article. Immutable, thread-safe.
 */
final class TopicTaxonomy {

  /** One term: its stems, the topic it votes for, its weight and a dense id for per-article counting. */
  record Term(int id, int topic, String[] stems, double weight) {
  }

  private static final Term[] NONE = new Term[0];

  private final String[] topics;
  private final double[] thresholds;
  private final Map<String, Term[]> byFirstStem;
  private final int termCount;

  private TopicTaxonomy(String[] topics, double[] thresholds, Map<String, Term[]> byFirstStem, int termCount) {
    this.topics = topics;
    this.thresholds = thresholds;
    this.byFirstStem = byFirstStem;
    this.termCount = termCount;
  }

  static TopicTaxonomy loadDefault() {
    try (InputStream in = TopicTaxonomy.class.getResourceAsStream("topics.txt")) {
      if (in == null) {
        throw new IllegalStateException("topics.txt missing from the classpath");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "topics.txt");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TopicTaxonomy load(Path file) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read taxonomy " + file, e);
    }
  }

  static TopicTaxonomy parse(BufferedReader reader, String source) throws IOException {
    Tokenizer tokenizer = new Tokenizer();
    List<String> names = new ArrayList<>();
    List<Double> thresholds = new ArrayList<>();
    Map<String, List<Term>> index = new HashMap<>();
    int terms = 0;
    String line;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      int hash = line.indexOf('#');
      String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (s.isEmpty()) {
        continue;
      }
      if (s.startsWith("[") && s.endsWith("]")) {
        String name = s.substring(1, s.length() - 1).strip();
        if (name.isEmpty() || names.contains(name)) {
          throw new IllegalArgumentException(source + ":" + lineNo + ": empty or repeated topic '" + name + "'");
        }
        names.add(name);
        thresholds.add(1.0);
        continue;
      }
      if (names.isEmpty()) {
        throw new IllegalArgumentException(source + ":" + lineNo + ": term before the first [topic]");
      }
      int eq = s.lastIndexOf('=');
      String phrase = (eq >= 0 ? s.substring(0, eq) : s).strip();
      double weight;
      try {
        weight = eq >= 0 ? Double.parseDouble(s.substring(eq + 1).strip()) : 1.0;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(source + ":" + lineNo + ": weight is not a number: " + s, e);
      }
      int topic = names.size() - 1;
      if (phrase.equalsIgnoreCase("threshold")) {
        thresholds.set(topic, weight);
        continue;
      }
      Tokens t = new Tokens();
      tokenizer.tokenize(phrase, t, false, 0);
      if (t.size == 0) {
        throw new IllegalArgumentException(source + ":" + lineNo + ": empty term");
      }
      String[] stems = new String[t.size];
      for (int k = 0; k < t.size; k++) {
        stems[k] = LightStemmer.stem(t.lower[k]);
      }
      index.computeIfAbsent(stems[0], k -> new ArrayList<>()).add(new Term(terms++, topic, stems, weight));
    }
    Map<String, Term[]> byFirst = new HashMap<>();
    index.forEach((k, v) -> byFirst.put(k, v.toArray(NONE)));
    double[] th = new double[thresholds.size()];
    for (int k = 0; k < th.length; k++) {
      th[k] = thresholds.get(k);
    }
    return new TopicTaxonomy(names.toArray(new String[0]), th, Map.copyOf(byFirst), terms);
  }

  Term[] startingWith(String stem) {
    Term[] t = byFirstStem.get(stem);
    return t == null ? NONE : t;
  }

  int topicCount() {
    return topics.length;
  }

  int termCount() {
    return termCount;
  }

  String topic(int i) {
    return topics[i];
  }

  double threshold(int i) {
    return thresholds[i];
  }
}
