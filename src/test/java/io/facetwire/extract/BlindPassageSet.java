package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.facet.Facet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One blind passage set of {@code /topics/} ({@code NAME-dev.tsv}, {@code NAME-test.tsv} and
 * {@code NAME-known-misses.tsv}), and the two checks every such set gets: each checked topic of each row comes out as
 * labelled, except a listed (row, topic) pair, which must still come out wrong (a fix takes its line off); and the
 * files are what their headers say. A key-topic set checks the four key topics; an all-topic set (session 23's
 * {@code blind-topics23}, labelled with every topic that applies) checks every topic {@code topics.txt} shows, and a
 * label the file does not show (politics, health ...) is not checked. {@link BlindPassageSetsTest} runs every set.
 */
final class BlindPassageSet {

  static final List<String> KEY_TOPICS = List.of("sanctions", "Syria", "cybersecurity", "space cooperation");

  record Passage(String part, String id, String group, Set<String> topics, String title, String text) {
    @Override
    public String toString() {
      return part + " " + id + " " + title;
    }
  }

  record KnownMiss(String id, String topic, String reason) {
  }

  private final String name;
  private final int devRows;
  private final int testRows;
  /** The topics checked: the key four, or every topic topics.txt shows. */
  private final List<String> checked;
  private final boolean allTopics;

  /** The key-topic set whose files start with {@code name}, holding {@code devRows} and {@code testRows} passages. */
  BlindPassageSet(String name, int devRows, int testRows) {
    this(name, devRows, testRows, false);
  }

  private BlindPassageSet(String name, int devRows, int testRows, boolean allTopics) {
    this.name = name;
    this.devRows = devRows;
    this.testRows = testRows;
    this.allTopics = allTopics;
    this.checked = allTopics ? shownTopics() : KEY_TOPICS;
  }

  /** An all-topic set: every row labelled with every topic that applies, all the shown topics checked. */
  static BlindPassageSet allTopics(String name, int devRows, int testRows) {
    return new BlindPassageSet(name, devRows, testRows, true);
  }

  /** The topics the built-in topics.txt shows, by its "[name]" lines. */
  private static List<String> shownTopics() {
    List<String> out = new ArrayList<>();
    for (String line : NameLexicon.lines("topics.txt")) {
      if (line.startsWith("[") && line.endsWith("]")) {
        out.add(line.substring(1, line.length() - 1));
      }
    }
    return out;
  }
  @Override
  public String toString() {
    return name;
  }


  List<Passage> passages() {
    List<Passage> out = new ArrayList<>();
    for (String part : List.of("dev", "test")) {
      for (String[] cols : rows("/topics/" + name + "-" + part + ".tsv", 5)) {
        Set<String> topics = Arrays.stream(cols[2].split(",")).map(String::strip).filter(t -> !t.isBlank())
            .collect(Collectors.toCollection(LinkedHashSet::new));
        out.add(new Passage(part, cols[0], cols[1], topics, cols[3], cols[4]));
      }
    }
    return out;
  }

  Map<String, KnownMiss> knownMisses() {
    Map<String, KnownMiss> out = new TreeMap<>();
    for (String[] cols : rows("/topics/" + name + "-known-misses.tsv", 3)) {
      KnownMiss miss = new KnownMiss(cols[0], cols[1], cols[2]);
      assertTrue(out.put(cols[0] + "\t" + cols[1], miss) == null, "listed twice: " + cols[0] + " " + cols[1]);
    }
    return out;
  }

  /** Each checked topic of {@code p} comes out of {@code extractor} as labelled, or wrong as its listed miss says. */
  void assertTopicsAsLabelledOrListed(FacetExtractor extractor, Passage p) {
    Set<String> got = new HashSet<>(extractor.extract(p.title(), p.text()).values(Facet.TOPIC));
    Map<String, KnownMiss> misses = knownMisses();
    for (String topic : checked) {
      boolean labelled = p.topics().contains(topic);
      KnownMiss miss = misses.get(p.id() + "\t" + topic);
      if (miss == null) {
        assertEquals(labelled, got.contains(topic), p + ": " + topic + (labelled ? " must be tagged" : " must not be")
            + " (got " + got + ")");
      } else {
        assertNotEquals(labelled, got.contains(topic), p + ": " + topic + " is listed as a known miss (" + miss.reason()
            + ") but now comes out right: take it off " + name + "-known-misses.tsv");
      }
    }
  }

  /**
   * The parts hold the rows their headers say, ids are unique, a key-topic set's labels are key topics, each part has
   * passages to tag and near misses not to for every key topic (for an all-topic set: every group the set was written
   * in is in both parts), and every known miss names a row, a checked topic and a reason.
   */
  void assertWhatTheHeadersSay() {
    List<Passage> all = passages();
    assertEquals(devRows, all.stream().filter(p -> p.part().equals("dev")).count());
    assertEquals(testRows, all.stream().filter(p -> p.part().equals("test")).count());
    Set<String> ids = new HashSet<>();
    for (Passage p : all) {
      assertTrue(ids.add(p.id()), "id used twice: " + p.id());
      assertTrue(allTopics || KEY_TOPICS.containsAll(p.topics()), p + ": a label outside the key topics " + p.topics());
      assertFalse(p.title().isBlank() || p.text().isBlank(), p + ": empty");
    }
    List<String> groups = allTopics ? all.stream().map(Passage::group).distinct().toList()
        : List.of("S+", "S-", "Y+", "Y-", "C+", "C-", "P+", "P-");
    for (String part : List.of("dev", "test")) {
      for (String group : groups) {
        assertTrue(all.stream().anyMatch(p -> p.part().equals(part) && p.group().equals(group)),
            part + " has no " + group + " passage");
      }
    }
    for (KnownMiss miss : knownMisses().values()) {
      assertTrue(ids.contains(miss.id()), "known miss of no row: " + miss.id());
      assertTrue(checked.contains(miss.topic()), "known miss of no checked topic: " + miss.topic());
      assertFalse(miss.reason().isBlank(), "known miss without a reason: " + miss.id());
    }
  }

  /** The tab-separated rows of a classpath file, '#' lines skipped; each must have {@code columns} columns. */
  static List<String[]> rows(String resource, int columns) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = BlindPassageSet.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Stream<String> lines = reader.lines().filter(l -> !l.startsWith("#") && !l.isBlank());
      for (String line : (Iterable<String>) lines::iterator) {
        String[] cols = line.split("\t", -1);
        assertEquals(columns, cols.length, resource + ": " + line);
        out.add(cols);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
