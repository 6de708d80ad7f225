package io.facetwire.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The topics of a definition file ({@code topics.txt}; {@link TopicDefinitionParser} reads it), compiled
 * for a single pass over an article's tokens: every term (word, exact word, phrase) has a dense id and
 * is found by a hash look-up of the token as written; each term knows the (topic, rule) pairs it is the
 * head of. {@link TopicMatcher} evaluates them. Immutable, thread-safe.
 */
final class TopicDefinitions {

  /** Term id 0 is {@code <country>}: any country mention the country extractor accepted. */
  static final int COUNTRY = 0;

  /**
   * Term id 1 is {@code <company mark>}: a company the wire marks in angle brackets in the headline ("CATERPILLAR
   * &lt;CAT&gt; WORKERS TOLD TO END SIT-IN", "&lt;ELECTROLUX AB&gt; UNIT TO BUILD WAREHOUSE"): the story is that company's.
   */
  static final int COMPANY_MARK = 1;

  /** The distance of an "in article:" clause: any other match in the article is near enough. */
  static final int WHOLE_ARTICLE = 1 << 28;

  /** Words are stems (or lower-case words as written for an exact term); {@code written} as in the file. */
  record Term(int id, String[] words, boolean exact, String written) {
  }

  /**
   * A context condition on a rule's match: some (or, for {@code unless}, none) of {@code terms} within
   * {@code distance} words; {@code atLeast} different ones (a relation: "at least 2 of &lt;country&gt;, nasa").
   */
  record Clause(boolean unless, int distance, int atLeast, boolean[] terms, String written) {
  }

  /** One weighted line: any of its head terms counts {@code weight} where every clause holds. */
  record Rule(int line, double weight, boolean[] heads, Clause[] clauses, String written) {
  }

  /** Article-level context: at least one of the terms somewhere (or in the title or lead). */
  record Need(int line, boolean inLead, boolean[] terms, String written) {
  }

  /**
   * How a topic's score is made and judged: matches weigh {@code title} times more in the headline and
   * {@code lead} times more in the first two sentences; a rule counts at most {@code repeats} matches;
   * the topic needs {@code threshold}, {@code mentions} counted matches and a {@code share} of the
   * article's sentences.
   */
  /**
   * A topic's settings. {@code relative}: the share of the article's main topic's score this topic needs beside it, or
   * -1 for the file's {@code relative} (a topic set higher gives way to stronger ones: business beside a sanctions or
   * breach story told through the firms it hits).
   */
  record Settings(double threshold, double share, double title, double lead, int repeats, int mentions,
      double relative, double shareWaivedAt) {
    static final Settings DEFAULT = new Settings(3.0, 0.0, 3.0, 2.0, 3, 2, -1, Double.POSITIVE_INFINITY);
  }

  /**
   * A topic. {@code givesWayTo}: the topics (by index) beside which it is dropped unless it scores at least as high
   * ("gives way to: sanctions, cybersecurity" in the file); empty for most.
   */
  record Topic(String name, int line, Settings settings, Rule[] rules, Need[] needs, int[] givesWayTo) {
  }

  private final Topic[] topics;
  private final Term[] terms;
  private final Map<String, Term[]> byWord;
  /** Per term id: (topic << 16 | rule) of every rule it heads, in file order. */
  private final int[][] postings;
  private final double relative;
  /** Some term's first word has a digit ("g7"); if none has, a token with a digit starts no term. */
  private final boolean digitsInFirstWords;

  TopicDefinitions(Topic[] topics, Term[] terms, Map<String, Term[]> byWord, int[][] postings, double relative) {
    this.topics = topics;
    this.terms = terms;
    this.byWord = byWord;
    this.postings = postings;
    this.relative = relative;
    this.digitsInFirstWords = byWord.keySet().stream().anyMatch(w -> w.chars().anyMatch(Character::isDigit));
  }

  static TopicDefinitions loadDefault() {
    return parse(defaultText(), "topics.txt");
  }

  /** The text of the built-in {@code topics.txt}: version 0 of the topics an admin edits. */
  static String defaultText() {
    try (InputStream in = TopicDefinitions.class.getResourceAsStream("topics.txt")) {
      if (in == null) {
        throw new IllegalStateException("topics.txt missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String fileText(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read topic definitions " + file, e);
    }
  }

  static TopicDefinitions load(Path file) {
    return parse(fileText(file), file.toString());
  }

  /** Definitions from text (an editor's preview, tests); a bad line is a {@link DefinitionException}. */
  static TopicDefinitions parse(String text, String source) {
    try {
      return TopicDefinitionParser.parse(new BufferedReader(new StringReader(text)), source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Term[] NONE = new Term[0];

  /** Terms whose first word this lower-case token is (any form with the term's stem), longest first. */
  Term[] startingWith(String lowerToken) {
    Term[] t = byWord.get(lowerToken);
    return t == null ? NONE : t;
  }

  /**
   * Whether a token with a digit ({@link Tokens#DIGIT}: a char {@code Character.isDigit} accepts) can start a
   * term: only if some term's first word has one. Figures are a fifth of a wire story's tokens ("Shr 1.16 dlrs
   * vs 1.15 dlrs") and no built-in term starts with one, so the matcher spares their look-up (and the hash of
   * their strings, which nothing else asks for).
   */
  boolean digitsInFirstWords() {
    return digitsInFirstWords;
  }

  int[] postings(int term) {
    return postings[term];
  }

  Term term(int id) {
    return terms[id];
  }

  int termCount() {
    return terms.length;
  }

  Topic topic(int k) {
    return topics[k];
  }

  int topicCount() {
    return topics.length;
  }

  List<String> topicNames() {
    return java.util.Arrays.stream(topics).map(Topic::name).toList();
  }

  /** Share of the best topic's score another topic needs to be kept (0: no such cut). */
  double relative() {
    return relative;
  }
}
