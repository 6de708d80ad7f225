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
 * phrases, matched after {@link LightStemmer}; a term written "=sanctions" matches that exact word
 * only, not "sanctioned"). Format, one item a line, '#' starts a comment:
 *
 * <pre>
 * [sanctions]
 * threshold = 1.0
 * =sanctions = 1.0
 * economic pressure = 0.5
 * </pre>
 *
 * How the weights add up is {@link TopicExtractor}'s business (see topics.txt). Terms are indexed by
 * their first word for a single pass over the article. Immutable, thread-safe.
 */
final class TopicTaxonomy {

  /**
   * One term: its words (stems, or lower-case words as written for an exact term), the topic it votes
   * for, its weight and a dense id for per-article counting.
   */
  record Term(int id, int topic, String[] words, double weight, boolean exact) {
  }

  private static final Term[] NONE = new Term[0];

  private final String[] topics;
  private final double[] thresholds;
  private final Map<String, Term[]> byFirstStem;
  /**
   * The same term lists under every word whose stem is the key ({@link LightStemmer#wordsWithStem}):
   * a token is then looked up as written, and the article's words need no stemming and no new
   * strings, which profiling showed as about a sixth of extraction.
   */
  private final Map<String, Term[]> byFirstWord;
  private final int termCount;
  private final double relative;

  private TopicTaxonomy(String[] topics, double[] thresholds, Map<String, Term[]> byFirstStem,
      int termCount, double relative) {
    this.relative = relative;
    this.topics = topics;
    this.thresholds = thresholds;
    this.byFirstStem = byFirstStem;
    Map<String, Term[]> byWord = new HashMap<>();
    byFirstStem.forEach((stem, terms) -> {
      for (String word : LightStemmer.wordsWithStem(stem)) {
        byWord.put(word, terms);
      }
    });
    this.byFirstWord = Lookups.map(byWord);
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
    double defaultThreshold = 1.0;
    double relative = 0.0;
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
        thresholds.add(defaultThreshold);
        continue;
      }
      if (names.isEmpty()) {
        // Before the first topic only "threshold = N" may stand: the default for every topic.
        String setting = s.replaceAll("\\s+", "");
        if (setting.startsWith("threshold=")) {
          defaultThreshold = parseWeight(s.substring(s.indexOf('=') + 1).strip(), source, lineNo, s);
          continue;
        }
        if (setting.startsWith("relative=")) {
          relative = parseWeight(s.substring(s.indexOf('=') + 1).strip(), source, lineNo, s);
          continue;
        }
        throw new IllegalArgumentException(source + ":" + lineNo + ": term before the first [topic]");
      }
      int eq = s.lastIndexOf('=');
      if (eq == 0) {
        eq = -1; // "=word" with no weight
      }
      String phrase = (eq >= 0 ? s.substring(0, eq) : s).strip();
      double weight = eq >= 0 ? parseWeight(s.substring(eq + 1).strip(), source, lineNo, s) : 1.0;
      int topic = names.size() - 1;
      if (phrase.equalsIgnoreCase("threshold")) {
        thresholds.set(topic, weight);
        continue;
      }
      boolean exact = phrase.startsWith("=");
      Tokens t = new Tokens();
      tokenizer.tokenize(exact ? phrase.substring(1) : phrase, t, false, 0);
      if (t.size == 0) {
        throw new IllegalArgumentException(source + ":" + lineNo + ": empty term");
      }
      String[] words = new String[t.size];
      for (int k = 0; k < t.size; k++) {
        words[k] = exact ? t.lower[k] : LightStemmer.stem(t.lower[k]);
      }
      // Exact terms sit in the same index, under their first word's stem: one look-up per token.
      index.computeIfAbsent(exact ? LightStemmer.stem(words[0]) : words[0], k -> new ArrayList<>())
          .add(new Term(terms++, topic, words, weight, exact));
    }
    Map<String, Term[]> byFirst = new HashMap<>();
    java.util.Comparator<Term> longestFirst = java.util.Comparator.comparingInt((Term term) -> term.words().length).reversed();
    index.forEach((k, v) -> byFirst.put(k, v.stream().sorted(longestFirst).toArray(Term[]::new)));
    double[] th = new double[thresholds.size()];
    for (int k = 0; k < th.length; k++) {
      th[k] = thresholds.get(k);
    }
    return new TopicTaxonomy(names.toArray(new String[0]), th, Lookups.map(byFirst), terms,
        relative);
  }

  private static double parseWeight(String value, String source, int lineNo, String line) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(source + ":" + lineNo + ": weight is not a number: " + line, e);
    }
  }

  /**
   * Terms whose first word has the stem of this lower-case token (exact terms included: they check the
   * word itself). A token with a digit is not stemmed ({@link TopicExtractor}), so it is its own key.
   */
  Term[] startingWith(String lowerToken, boolean digit) {
    Term[] t = digit ? byFirstStem.get(lowerToken) : byFirstWord.get(lowerToken);
    return t == null ? NONE : t;
  }


  /** Share of the best topic's score another topic needs to be kept (0: no such cut). */
  double relative() {
    return relative;
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
