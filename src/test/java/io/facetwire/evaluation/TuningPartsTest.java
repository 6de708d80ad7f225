package io.facetwire.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The topic tuning aids read the opened parts (dev, test, and test2 up to test{@link TuningParts#LAST_OPENED}: test47 since session 50) and refuse the held-out test48-* part by its name, before reading anything, even when it is listed after an
 * open part.
 */
class TuningPartsTest {

  /** The first article, from the classpath (no shared data needed), labelled with a topic it does not get. */
  private static final String ARTICLE =
      "{\"resource\": \"/demo/us-embassy-staff-cut.txt\", \"topics\": [\"sport\"]}\n";

  private static final Path DEFINITIONS = Path.of("src/main/resources/io/facetwire/extract/topics.txt");

  @TempDir
  Path dir;

  @Test
  void topicErrorsRefusesTheHeldOutPartTest10() throws Exception {
    Path open = write("dev-tiny.jsonl");
    Path heldOut = write("test48-2026.jsonl");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TopicErrors.run(
        new String[] {dir.toString(), open + "," + heldOut}, new PrintStream(printed, true, StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().startsWith("test48-2026.jsonl is a held-out part"), e.getMessage());
    assertEquals(0, printed.size(), "nothing of the open part before it is read either");
  }

  @Test
  void topicTunerRefusesTheHeldOutPartTest10() throws Exception {
    Path heldOut = write("test48-bbc.jsonl");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TopicTuner.run(
        new String[] {dir.toString(), DEFINITIONS.toString(), heldOut.toString()}, quiet()));
    assertTrue(e.getMessage().contains("test48-bbc.jsonl is a held-out part"), e.getMessage());
  }

  @Test
  void anyLaterTestPartIsHeldOutToo() {
    assertThrows(IllegalArgumentException.class, () -> TuningParts.open(Path.of("labels/test48-2027.jsonl")));
    assertThrows(IllegalArgumentException.class, () -> TuningParts.open(Path.of("test48-list.jsonl")));
  }

  @Test
  void topicErrorsReadsTheOpenedPartTest3() throws Exception {
    Path test3 = write("test3-2026.jsonl");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    TopicErrors.run(new String[] {dir.toString(), test3.toString()}, new PrintStream(printed, true, StandardCharsets.UTF_8));
    String text = printed.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("labelled [sport], extracted [sanctions]"), text);
    assertTrue(text.contains("MISSED sport"), text);
  }

  @Test
  void topicTunerReadsTheOpenedPartsTest3AndTest2() throws Exception {
    Path test3 = write("test3-2026.jsonl");
    Path test2 = write("test2-2026.jsonl");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    TopicTuner.run(new String[] {dir.toString(), DEFINITIONS.toString(), test3 + "," + test2},
        new PrintStream(printed, true, StandardCharsets.UTF_8));
    String text = printed.toString(StandardCharsets.UTF_8);
    // Two copies of the first article, each labelled sport, which no setting finds: 0 found of 2 labelled.
    assertTrue(text.lines().anyMatch(l -> l.startsWith("sport | ") && l.endsWith("(0/0/2)")), text);
  }

  @Test
  void theEarlierSetsStayOpen() {
    for (String name : new String[] {"dev-2026.jsonl", "test-keys-2026.jsonl", "test2-2026.jsonl", "test3-2026.jsonl",
        "test4-2026.jsonl", "test5-2026.jsonl", "test6-2026.jsonl", "test7-2026.jsonl", "test8-2026.jsonl", "test9-2026.jsonl", "bbc.jsonl", "seed.jsonl", "holdout-wikinews.jsonl"}) {
      assertEquals(Path.of(name), TuningParts.open(Path.of(name)));
    }
  }

  private Path write(String name) throws Exception {
    return Files.writeString(dir.resolve(name), ARTICLE);
  }

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }
}
