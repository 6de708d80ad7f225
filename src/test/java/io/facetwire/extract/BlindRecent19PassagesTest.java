package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.extract.BlindRecentPassagesTest.KnownMiss;
import io.facetwire.extract.BlindRecentPassagesTest.Passage;
import io.facetwire.facet.Facet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The third blind key-topic passage set (session 19): {@code /topics/blind-recent19-dev.tsv} and
 * {@code /topics/blind-recent19-test.tsv}, written and labelled by LABELLING.md before topics.txt was opened in that
 * session, with the key topic carried by wording outside sessions 17 and 18's kinds (a state's penalty tariffs and
 * trade freezes, terrorist and court designations, the war's later camps and towns, the gangs and malware named,
 * encrypted machines, agencies' joint orbiters and trained crews; and near misses of the same words: a board that
 * "sanctions" a buyback, Damascus steel, life hacks, prices that rocket). As in {@link BlindRecentPassagesTest}: each
 * key topic must come out as labelled, except the (row, topic) pairs listed in
 * {@code /topics/blind-recent19-known-misses.tsv}, which must still come out wrong (a fix takes its line off).
 */
class BlindRecent19PassagesTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  static List<Passage> passages() {
    List<Passage> out = new ArrayList<>();
    for (String part : List.of("dev", "test")) {
      for (String[] cols : BlindRecentPassagesTest.rows("/topics/blind-recent19-" + part + ".tsv", 5)) {
        Set<String> topics = Arrays.stream(cols[2].split(",")).map(String::strip).filter(t -> !t.isBlank())
            .collect(Collectors.toCollection(LinkedHashSet::new));
        out.add(new Passage(part, cols[0], cols[1], topics, cols[3], cols[4]));
      }
    }
    return out;
  }

  static Map<String, KnownMiss> knownMisses() {
    Map<String, KnownMiss> out = new TreeMap<>();
    for (String[] cols : BlindRecentPassagesTest.rows("/topics/blind-recent19-known-misses.tsv", 3)) {
      assertTrue(out.put(cols[0] + "\t" + cols[1], new KnownMiss(cols[0], cols[1], cols[2])) == null,
          "listed twice: " + cols[0] + " " + cols[1]);
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("passages")
  void eachKeyTopicComesOutAsLabelledOrAsAListedMiss(Passage p) {
    Set<String> got = new HashSet<>(FX.extract(p.title(), p.text()).values(Facet.TOPIC));
    Map<String, KnownMiss> misses = knownMisses();
    for (String topic : BlindRecentPassagesTest.KEY_TOPICS) {
      boolean labelled = p.topics().contains(topic);
      KnownMiss miss = misses.get(p.id() + "\t" + topic);
      if (miss == null) {
        assertEquals(labelled, got.contains(topic), p + ": " + topic + (labelled ? " must be tagged" : " must not be")
            + " (got " + got + ")");
      } else {
        assertNotEquals(labelled, got.contains(topic), p + ": " + topic + " is listed as a known miss (" + miss.reason()
            + ") but now comes out right: take it off blind-recent19-known-misses.tsv");
      }
    }
  }

  @Test
  void theSetsAreWhatTheirHeadersSayAndEveryKnownMissNamesARowAndAKeyTopic() {
    List<Passage> all = passages();
    assertEquals(73, all.stream().filter(p -> p.part().equals("dev")).count());
    assertEquals(47, all.stream().filter(p -> p.part().equals("test")).count());
    Set<String> ids = new HashSet<>();
    for (Passage p : all) {
      assertTrue(ids.add(p.id()), "id used twice: " + p.id());
      assertTrue(BlindRecentPassagesTest.KEY_TOPICS.containsAll(p.topics()), p + ": a label outside the key topics "
          + p.topics());
      assertFalse(p.title().isBlank() || p.text().isBlank(), p + ": empty");
    }
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
      assertTrue(BlindRecentPassagesTest.KEY_TOPICS.contains(miss.topic()), "known miss of no key topic: "
          + miss.topic());
      assertFalse(miss.reason().isBlank(), "known miss without a reason: " + miss.id());
    }
  }
}
