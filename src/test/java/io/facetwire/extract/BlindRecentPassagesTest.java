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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The blind key-topic passages of session 17 as a table: every row of {@code /topics/blind-recent-dev.tsv} and
 * {@code /topics/blind-recent-test.tsv} (news passages of 2014-2026 written and labelled by LABELLING.md before
 * topics.txt was read; see the files' headers) run through the current definitions, and each of the four key topics
 * must come out as labelled — except the (row, topic) pairs listed in {@code /topics/blind-recent-known-misses.tsv},
 * which must still come out wrong. So a definition change that fixes a known miss fails here until the list loses
 * it, and one that breaks a row that held fails too: both show.
 */
class BlindRecentPassagesTest {

  static final List<String> KEY_TOPICS = List.of("sanctions", "Syria", "cybersecurity", "space cooperation");

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  record Passage(String part, String id, String group, Set<String> topics, String title, String text) {
    @Override
    public String toString() {
      return part + " " + id + " " + title;
    }
  }

  record KnownMiss(String id, String topic, String reason) {
  }

  static List<Passage> passages() {
    List<Passage> out = new ArrayList<>();
    for (String part : List.of("dev", "test")) {
      for (String[] cols : rows("/topics/blind-recent-" + part + ".tsv", 5)) {
        Set<String> topics = Arrays.stream(cols[2].split(",")).filter(t -> !t.isBlank())
            .collect(Collectors.toCollection(LinkedHashSet::new));
        out.add(new Passage(part, cols[0], cols[1], topics, cols[3], cols[4]));
      }
    }
    return out;
  }

  static Map<String, KnownMiss> knownMisses() {
    Map<String, KnownMiss> out = new TreeMap<>();
    for (String[] cols : rows("/topics/blind-recent-known-misses.tsv", 3)) {
      KnownMiss miss = new KnownMiss(cols[0], cols[1], cols[2]);
      assertTrue(out.put(cols[0] + "\t" + cols[1], miss) == null, "listed twice: " + cols[0] + " " + cols[1]);
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("passages")
  void eachKeyTopicComesOutAsLabelledOrAsAListedMiss(Passage p) {
    Set<String> got = new HashSet<>(FX.extract(p.title(), p.text()).values(Facet.TOPIC));
    Map<String, KnownMiss> misses = knownMisses();
    for (String topic : KEY_TOPICS) {
      boolean labelled = p.topics().contains(topic);
      KnownMiss miss = misses.get(p.id() + "\t" + topic);
      if (miss == null) {
        assertEquals(labelled, got.contains(topic), p + ": " + topic + (labelled ? " must be tagged" : " must not be")
            + " (got " + got + ")");
      } else {
        assertNotEquals(labelled, got.contains(topic), p + ": " + topic + " is listed as a known miss (" + miss.reason()
            + ") but now comes out right: take it off blind-recent-known-misses.tsv");
      }
    }
  }

  @Test
  void theSetsAreWhatTheirHeadersSayAndEveryKnownMissNamesARowAndAKeyTopic() {
    List<Passage> all = passages();
    assertEquals(187, all.stream().filter(p -> p.part().equals("dev")).count());
    assertEquals(125, all.stream().filter(p -> p.part().equals("test")).count());
    Set<String> ids = new HashSet<>();
    for (Passage p : all) {
      assertTrue(ids.add(p.id()), "id used twice: " + p.id());
      assertTrue(KEY_TOPICS.containsAll(p.topics()), p + ": a label outside the key topics " + p.topics());
      assertFalse(p.title().isBlank() || p.text().isBlank(), p + ": empty");
    }
    // Both kinds in each part for every key topic: passages to tag and near misses not to.
    for (String part : List.of("dev", "test")) {
      for (String group : List.of("S", "Y", "C", "P")) {
        for (String sign : List.of("+", "-")) {
          assertTrue(all.stream().anyMatch(p -> p.part().equals(part) && p.group().equals(group + sign)),
              part + " has no " + group + sign + " passage");
        }
      }
    }
    for (KnownMiss miss : knownMisses().values()) {
      assertTrue(ids.contains(miss.id()), "known miss of no row: " + miss.id());
      assertTrue(KEY_TOPICS.contains(miss.topic()), "known miss of no key topic: " + miss.topic());
      assertFalse(miss.reason().isBlank(), "known miss without a reason: " + miss.id());
    }
  }

  /** The tab-separated rows of a classpath file, '#' lines skipped; each must have {@code columns} columns. */
  static List<String[]> rows(String resource, int columns) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = BlindRecentPassagesTest.class.getResourceAsStream(resource)) {
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
