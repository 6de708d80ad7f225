package io.facetwire.story;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link StoryRule} against the hand-labelled pairs ({@code src/test/resources/stories/}, drawn and
 * labelled as LABELLING.md there says): precision and recall per stratum and overall, printed, and held
 * above the floors below (set under the measured figures, so a change that loses pairs fails).
 */
class StoryRuleLabelledPairsTest {

  record Pair(int number, String stratum, boolean same, StoryMember a, StoryMember b) {}

  /** Counts of one stratum: true and false positives, false negatives, true negatives. */
  static final class Tally {
    int tp;
    int fp;
    int fn;
    int tn;

    double precision() {
      return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 1 : tp / (double) (tp + fn);
    }
  }

  static final List<Pair> PAIRS = new ArrayList<>();

  @BeforeAll
  static void load() throws Exception {
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        StoryRuleLabelledPairsTest.class.getResourceAsStream("/stories/labelled-pairs.jsonl"), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        JsonNode p = json.readTree(line);
        PAIRS.add(new Pair(p.path("pair").asInt(), p.path("stratum").asText(), p.path("label").asText().equals("same"),
            member(p.path("a"), 0), member(p.path("b"), 1)));
      }
    }
  }

  static StoryMember member(JsonNode a, long seq) {
    String title = a.path("title").asText();
    String body = a.path("body").asText();
    Instant date = a.hasNonNull("published_at") ? Instant.parse(a.path("published_at").asText()) : null;
    return new StoryMember(a.path("id").asText(), null, StoryRule.fingerprint(title, body), title, body, date, null, seq);
  }

  static Map<String, Tally> score() {
    Map<String, Tally> tallies = new TreeMap<>();
    Tally all = new Tally();
    for (Pair p : PAIRS) {
      boolean said = StoryRule.sameStory(p.a(), p.b());
      for (Tally t : List.of(tallies.computeIfAbsent(p.stratum(), k -> new Tally()), all)) {
        if (said && p.same()) {
          t.tp++;
        } else if (said) {
          t.fp++;
        } else if (p.same()) {
          t.fn++;
        } else {
          t.tn++;
        }
      }
      if (said != p.same()) {
        System.out.println("  " + (said ? "false same" : "missed") + " #" + p.number() + " " + p.stratum() + ": "
            + p.a().title() + " ~ " + p.b().title());
      }
    }
    tallies.put("(all)", all);
    tallies.forEach((stratum, t) -> System.out.printf(Locale.ROOT,
        "%-22s same %3d, said same %3d, right %3d: precision %.3f recall %.3f%n", stratum, t.tp + t.fn, t.tp + t.fp,
        t.tp, t.precision(), t.recall()));
    return tallies;
  }

  @Test
  void theRuleHoldsOnTheLabelledPairs() {
    Tally all = score().get("(all)");
    // Measured 1.000 and 0.922 (docs/sources.md); the floors leave room for one or two pairs.
    assertTrue(all.precision() >= 0.97, "precision " + all.precision());
    assertTrue(all.recall() >= 0.90, "recall " + all.recall());
  }
}
