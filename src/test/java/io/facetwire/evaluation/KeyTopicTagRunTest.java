package io.facetwire.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --train-opened --tag=FILE}: trains on the opened parts of a folder and scores FILE, even a held-out one,
 * while every other held-out part stays unread. Fixture parts (tag-run/*.jsonl: Wikinews demo articles, "sanctions"
 * where the text has the word; made-up labels, not readings): three opened training parts and a tagged file.
 */
class KeyTopicTagRunTest {

  @TempDir
  Path dir;

  @Test
  void scoresTheTaggedHeldOutFileAndLeavesTheOtherHeldOutPartUnread() throws Exception {
    folder();
    Path tag = copy("tagged", "test17-2026.jsonl");
    Files.writeString(dir.resolve("test48-2026.jsonl"), "not JSON: reading it would fail\n");
    String out = run("--train-opened", "--tag=" + tag, "--bootstrap=200", "--seed=5");

    assertTrue(out.contains("the tagged part, not trained on: test17-2026.jsonl"), out);
    assertTrue(out.contains("left out, never read: test48-2026.jsonl is a held-out part"), out);
    assertTrue(out.contains("training: 24 labelled articles in 3 opened parts (0 left out"), out);
    assertTrue(out.contains("tagged: 8 articles of test17-2026.jsonl"), out);
    assertTrue(out.contains("sanctions            6 labelled in training, 2 in the tagged file"), out);
    for (String system : KeyTopicTagRun.SYSTEMS.keySet()) {
      // Per topic right/tagged/labelled, then the micro figures; the tagged file's 2 sanctions stories, no others.
      assertTrue(out.lines().anyMatch(l -> l.startsWith("  " + system) && l.contains("sanctions ")
          && l.matches(".*sanctions \\d/\\d/2 .*micro \\d/\\d+/2 P \\d\\.\\d{3} R \\d\\.\\d{3} F1 \\d\\.\\d{3}$")), out);
    }
    assertTrue(out.contains("paired bootstrap over the 8 tagged articles (200 rounds, seed 5)"), out);
    assertTrue(out.lines().anyMatch(l -> l.startsWith("  (c) rules OR model high") && l.contains("(c)-(a) [")
        && l.contains("above 0 in")), out);
    assertFalse(out.contains("wikinews.org"), "no article is named: " + out);
    assertEquals(out, run("--train-opened", "--tag=" + tag, "--bootstrap=200", "--seed=5"), "deterministic");
  }

  @Test
  void anOpenedTaggedPartAndALeftOutPartAreNotTrainedOn() throws Exception {
    folder();
    Path tag = copy("tagged", "test15-2026.jsonl");
    String out = run("--train-opened", "--tag=" + tag, "--leave-out=dev-c", "--bootstrap=0");
    assertTrue(out.contains("the tagged part, not trained on: test15-2026.jsonl"), out);
    assertTrue(out.contains("left out of the training (--leave-out): dev-c-2026.jsonl"), out);
    assertTrue(out.contains("training: 16 labelled articles in 2 opened parts"), out);
    assertFalse(out.contains("paired bootstrap"), out);
  }

  @Test
  void aTaggedArticleLabelledInATrainingPartIsLeftOutOfTheTraining() throws Exception {
    folder();
    Path outside = Files.copy(dir.resolve("dev-a-2026.jsonl"),
        Files.createDirectories(dir.resolve("elsewhere")).resolve("other-2026.jsonl"));
    String out = run("--train-opened", "--tag=" + outside, "--bootstrap=0");
    assertTrue(out.contains("training: 16 labelled articles in 2 opened parts (8 left out: also in the tagged file)"),
        out);
  }

  @Test
  void theModeNeedsBothOptions() {
    assertThrows(IllegalArgumentException.class, () -> run("--train-opened"));
    assertThrows(IllegalArgumentException.class, () -> run("--tag=" + dir.resolve("x.jsonl")));
    assertThrows(IllegalArgumentException.class, () -> run("--leave-out=test15"));
  }

  private void folder() throws Exception {
    for (String part : List.of("dev-a", "dev-b", "dev-c")) {
      copy(part, part + "-2026.jsonl");
    }
  }

  private Path copy(String fixture, String name) throws Exception {
    try (InputStream in = getClass().getResourceAsStream("tag-run/" + fixture + ".jsonl")) {
      return Files.write(dir.resolve(name), in.readAllBytes());
    }
  }

  private String run(String... options) throws Exception {
    String[] args = new String[options.length + 2];
    args[0] = dir.toString();
    args[1] = dir.toString();
    System.arraycopy(options, 0, args, 2, options.length);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    KeyTopicModelExperiment.run(args, new PrintStream(printed, true, StandardCharsets.UTF_8));
    return printed.toString(StandardCharsets.UTF_8);
  }
}
