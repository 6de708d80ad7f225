package io.facetwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The {@code eval} command on the labels kept in the repository. Without the shared data folder (as in
 * a fresh clone) the BBC set is skipped with a reason and the Wikinews and first-article sets, whose
 * texts ship in the jar, are scored. The floors below are regression guards well under today's figures.
 */
class EvalCommandTest {

  @Test
  void scoresTheShippedSetsAndSaysWhichItSkipped(@TempDir Path empty) {
    String out = run("--data", empty.toString());
    assertTrue(out.contains("Skipped set bbc: no file " + empty.resolve("bbc-news")), out);
    assertTrue(out.contains("== wikinews: 20 hand-labelled articles"), out);
    assertTrue(out.contains("== seed: 1 hand-labelled articles"), out);
    assertTrue(out.contains("Skipped the BBC categories: no folder"), out);
    assertTrue(out.contains("Skipped Reuters-21578: no folder"), out);
    assertTrue(out.contains("most frequent errors:"), out);
    String wikinews = out.substring(out.indexOf("== wikinews"));
    assertTrue(f1(wikinews, "country") >= 0.95, wikinews);
    assertTrue(f1(wikinews, "person") >= 0.90, wikinews);
    // Topics on the topics the definitions hold: since session 9 (health, science, protests dropped) half of this
    // old set's topic labels name topics no longer shown, which no extraction can find.
    String earlierTopics = out.substring(out.indexOf("== topics on the earlier part"));
    assertTrue(f1(earlierTopics, "other topics, micro") >= 0.8, earlierTopics);
    String seed = out.substring(out.indexOf("== seed"), out.indexOf("== wikinews"));
    assertEquals(1.0, f1(seed, "person"), seed);
    assertEquals(1.0, f1(seed, "country"), seed);
  }

  @Test
  void nothingToEvaluateIsAnError(@TempDir Path empty) {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new EvalCommand()).setOut(new PrintWriter(new StringWriter()))
        .setErr(new PrintWriter(err, true));
    assertEquals(1, cli.execute("--labels", empty.resolve("none").toString(), "--data", empty.toString()));
    assertTrue(err.toString().contains("Nothing evaluated"), err.toString());
  }

  @Test
  void aBadTaxonomyIsAUsageErrorNamingTheLine(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.txt"), "[x]\nfoo = lots\n");
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new EvalCommand()).setOut(new PrintWriter(new StringWriter()))
        .setErr(new PrintWriter(err, true));
    assertEquals(2, cli.execute("--taxonomy", bad.toString()));
    assertTrue(err.toString().contains("Bad taxonomy: " + bad + ":2: unknown setting 'foo'"), err.toString());
  }

  @Test
  void scoresEachPartPerTopicReadsReutersByNewidAndListsNoErrorsForTheHeldOutPart(@TempDir Path labels)
      throws Exception {
    // The Bahia cocoa review (NEWID 1) is agriculture; NEWID 2 (Standard Oil forms a unit) is business.
    String cocoa = "{\"reuters\": \"fixtures/reut2-000.sgm\", \"newid\": 1, \"countries\": [\"Brazil\"], "
        + "\"persons\": [], \"topics\": [\"agriculture\", \"sanctions\"]}\n";
    String oil = "{\"reuters\": \"fixtures/reut2-000.sgm\", \"newid\": 2, \"countries\": [], "
        + "\"persons\": [], \"topics\": [\"business\"]}\n";
    Files.writeString(labels.resolve("dev-a.jsonl"), cocoa);
    Files.writeString(labels.resolve("test2-a.jsonl"), oil);
    String data = Path.of("src/test/resources").toAbsolutePath().toString();
    String all = run("--labels", labels.toString(), "--data", data, "--labels-only");
    String dev = all.substring(all.indexOf("== topics on the dev part"), all.indexOf("== test2-a"));
    String test = all.substring(all.indexOf("== test2-a"));
    assertTrue(all.indexOf("== dev-a: 1 hand-labelled articles") >= 0, all);
    assertTrue(Pattern.compile("agriculture\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+1/1/1").matcher(dev).find(), dev);
    assertTrue(Pattern.compile("sanctions\\s+1\\.000\\s+0\\.000\\s+0\\.000\\s+0/0/1").matcher(dev).find(), dev);
    assertTrue(dev.contains("key topics, micro"), dev);
    assertTrue(dev.contains("most frequent errors:") || all.contains("most frequent errors:"), all);
    assertTrue(test.contains("== topics on the test2 part"), "test2-* is its own part, not an earlier set: " + test);
    assertTrue(Pattern.compile("business\\s+[0-9.]+\\s+[0-9.]+\\s+[0-9.]+\\s+\\d/\\d/1").matcher(test).find(), test);
    assertTrue(!test.contains("most frequent errors:"), "the held-out part is never looked into: " + test);
    String devOnly = run("--labels", labels.toString(), "--data", data, "--labels-only", "--part", "dev");
    assertTrue(!devOnly.contains("test2-a") && devOnly.contains("== topics on the dev part"), devOnly);
  }

  @Test
  void aLabelNamingAMissingReutersStorySkipsTheSetWithTheReason(@TempDir Path labels) throws Exception {
    Files.writeString(labels.resolve("dev-b.jsonl"),
        "{\"reuters\": \"fixtures/reut2-000.sgm\", \"newid\": 999999, \"topics\": []}\n");
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new EvalCommand()).setOut(new PrintWriter(out, true));
    cli.execute("--labels", labels.toString(), "--data", Path.of("src/test/resources").toAbsolutePath().toString(),
        "--labels-only");
    assertTrue(out.toString().contains("Skipped set dev-b: no NEWID 999999 in"), out.toString());
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new EvalCommand()).setOut(new PrintWriter(out, true));
    assertEquals(0, cli.execute(args), out.toString());
    return out.toString();
  }

  private static double f1(String section, String facet) {
    Matcher m = Pattern.compile("\\n\\s+" + facet + "\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)").matcher(section);
    assertTrue(m.find(), facet + " line in " + section);
    return Double.parseDouble(m.group(3));
  }
}
