package io.facetwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code mine-organisations} on a small corpus: labelled articles are left out, a bad folder is one line. */
class MineOrganisationsCommandTest {

  /** A data folder of four BBC tech articles: two call Zorblax a firm, two (003, 004) call Quibbly one. */
  private static Path fourArticles(Path dir) throws Exception {
    Path data = dir.resolve("data");
    Path tech = Files.createDirectories(data.resolve("bbc-news/tech"));
    Files.createDirectories(data.resolve("reuters21578"));
    Files.writeString(tech.resolve("001.txt"), "Phones\n\nThe mobile phone maker Zorblax said it would cut jobs.\n");
    Files.writeString(tech.resolve("002.txt"), "Phones\n\nShares in Zorblax fell sharply.\n");
    Files.writeString(tech.resolve("003.txt"), "Games\n\nThe games firm Quibbly said sales rose.\n");
    Files.writeString(tech.resolve("004.txt"), "Games\n\nShares in Quibbly rose.\n");
    return data;
  }

  /** The names of a mined list, without its header. */
  private static List<String> minedNames(Path out) throws Exception {
    return Files.readAllLines(out).stream().filter(l -> !l.startsWith("#")).map(l -> l.split("\t")[0]).toList();
  }

  @Test
  void minesTheUnlabelledArticlesOnly(@TempDir Path dir) throws Exception {
    Path data = fourArticles(dir);
    Path labels = Files.createDirectories(dir.resolve("labels"));
    Files.writeString(labels.resolve("dev-x.jsonl"), """
        {"file": "bbc-news/tech/003.txt", "countries": [], "persons": [], "organizations": ["Quibbly"], "topics": []}
        {"file": "bbc-news/tech/004.txt", "countries": [], "persons": [], "organizations": ["Quibbly"], "topics": []}
        """);
    Path out = dir.resolve("mined.tsv");
    StringWriter log = new StringWriter();
    int code = new CommandLine(new MineOrganisationsCommand()).setOut(new PrintWriter(log, true)).execute(
        "--data", data.toString(), "--labels", labels.toString(), "--out", out.toString(), "--min-articles", "2",
        "--min-share", "0");
    assertEquals(0, code, log.toString());
    assertTrue(log.toString().contains("(2 labelled ones left out)"), log.toString());
    List<String> names = minedNames(out);
    assertTrue(names.contains("Zorblax"), names.toString());
    assertFalse(names.contains("Quibbly"), "only labelled articles call it a firm: " + names);
  }

  @Test
  void leavesOutTheArticlesOfAnExcludedList(@TempDir Path dir) throws Exception {
    Path data = fourArticles(dir);
    Path labels = Files.createDirectories(dir.resolve("labels"));
    // A held-out part labelled elsewhere: only its list of references is here, outside the labels folder.
    Path heldOut = Files.writeString(dir.resolve("held-out-list.jsonl"), """
        {"file": "bbc-news/tech/003.txt"}
        {"file": "bbc-news/tech/004.txt"}
        """);
    Path out = dir.resolve("mined.tsv");
    StringWriter log = new StringWriter();
    int code = new CommandLine(new MineOrganisationsCommand()).setOut(new PrintWriter(log, true)).execute(
        "--data", data.toString(), "--labels", labels.toString(), "--exclude", heldOut.toString(),
        "--out", out.toString(), "--min-articles", "2", "--min-share", "0");
    assertEquals(0, code, log.toString());
    assertTrue(log.toString().contains("(2 labelled ones left out)"), log.toString());
    List<String> names = minedNames(out);
    assertTrue(names.contains("Zorblax"), names.toString());
    assertFalse(names.contains("Quibbly"), "only the held-out articles call it a firm: " + names);
  }

  @Test
  void aMissingExcludedListIsOneLineNamingIt(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("data/bbc-news"));
    Files.createDirectories(dir.resolve("data/reuters21578"));
    Files.createDirectories(dir.resolve("labels"));
    StringWriter err = new StringWriter();
    int code = new CommandLine(new MineOrganisationsCommand()).setOut(new PrintWriter(new StringWriter()))
        .setErr(new PrintWriter(err, true)).execute("--data", dir.resolve("data").toString(),
            "--labels", dir.resolve("labels").toString(), "--exclude", dir.resolve("none.jsonl").toString(),
            "--out", dir.resolve("mined.tsv").toString());
    assertEquals(2, code);
    assertEquals("facetwire mine-organisations: no list of articles to leave out " + dir.resolve("none.jsonl"),
        err.toString().strip());
    assertFalse(Files.exists(dir.resolve("mined.tsv")));
  }

  @Test
  void aMissingCorpusFolderIsOneLineNamingIt(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("labels"));
    StringWriter err = new StringWriter();
    int code = new CommandLine(new MineOrganisationsCommand()).setOut(new PrintWriter(new StringWriter()))
        .setErr(new PrintWriter(err, true)).execute("--data", dir.resolve("nothing").toString(),
            "--labels", dir.resolve("labels").toString(), "--out", dir.resolve("mined.tsv").toString());
    assertEquals(2, code);
    assertEquals("facetwire mine-organisations: no corpus folder " + dir.resolve("nothing/bbc-news"), err.toString().strip());
    assertFalse(Files.exists(dir.resolve("mined.tsv")));
  }
}
