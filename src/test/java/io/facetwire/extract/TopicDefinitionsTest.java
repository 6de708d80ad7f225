package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The definition language: each construct changes what fires, and a bad line is refused with its number. */
class TopicDefinitionsTest {

  private static List<String> topics(String definitions, String title, String body) {
    return FacetExtractor.withDefinitions(definitions, "test.txt").extract(title, body).values(io.facetwire.facet.Facet.TOPIC);
  }

  private static final String SETTINGS = "threshold = 2\nmentions = 2\nshare = 0\ntitle = 3\nlead = 1\n";

  @Test
  void wordsMatchAnyFormExactWordsOnlyTheirOwn() {
    String defs = SETTINGS + "[a]\n1 sanction\n[b]\n1 =sanctions\n";
    assertEquals(List.of("a"), topics(defs, null, "They sanctioned it. The sanction was sanctioned."));
    assertEquals(List.of("a", "b"), topics(defs, null, "New sanctions. More sanctions."));
  }

  @Test
  void aTopicsOwnRelativeMakesItGiveWayToAStrongerOne() {
    // "main" scores 6 (three words, two each), "side" 2: a third of it. The file's relative keeps it; the topic's own
    // relative of a half drops it; a relative out of 0..1 is refused with its line.
    String body = "Sanctions, embargo and a blacklist. The firm said so. The firm agreed.";
    String defs = SETTINGS + "relative = 0.15\n[main]\nmentions = 1\n2 sanctions, embargo, blacklist\n"
        + "[side]\nmentions = 1\n1 firm\n";
    assertEquals(List.of("main", "side"), topics(defs, null, body));
    assertEquals(List.of("main"), topics(defs.replace("[side]\n", "[side]\nrelative = 0.5\n"), null, body));
    DefinitionException e = assertThrows(DefinitionException.class,
        () -> topics(defs.replace("[side]\n", "[side]\nrelative = 1.5\n"), null, body));
    assertTrue(e.getMessage().contains("test.txt:11:") && e.getMessage().contains("between 0 and 1"), e.getMessage());
  }

  @Test
  void aTopicGivesWayToANamedTopicThatOutscoresIt() {
    // "side" scores 4 beside "main"'s 6: the file's relative keeps it; "gives way to: main" drops it, and the
    // explanation says why. Where "side" outscores "main" it stays.
    String defs = SETTINGS + "relative = 0.15\n[side]\nmentions = 1\ngives way to: main\n2 firm\n"
        + "[main]\nmentions = 1\n2 sanctions, embargo, blacklist\n";
    String body = "Sanctions, embargo and a blacklist. The firm said so. The firm agreed.";
    assertEquals(List.of("main", "side"), topics(defs.replace("gives way to: main\n", ""), null, body));
    assertEquals(List.of("main"), topics(defs, null, body));
    TopicExplanation side = FacetExtractor.withDefinitions(defs, "test.txt").explain(null, body).topics().stream()
        .filter(x -> x.topic().equals("side")).findFirst().orElseThrow();
    assertFalse(side.assigned());
    assertTrue(side.reason().startsWith("gives way to main"), side.reason());
    assertEquals(List.of("main", "side"), topics(defs, null, "The firm, the firm, the firm and the firm. Sanctions."));
  }

  @Test
  void aTopicGivenWayToButCutAsAnAsideDropsNothingWhateverTheFilesOrder() {
    // "main" (6) is an aside beside "top" (10) under its own relative of 0.99; "side" (4) gives way to "main" only
    // where "main" is assigned, so it stays, though it comes first in the file.
    String defs = SETTINGS + "relative = 0.15\n[side]\nmentions = 1\ngives way to: main\n2 firm\n"
        + "[main]\nmentions = 1\nrelative = 0.99\n2 sanctions, embargo, blacklist\n"
        + "[top]\nmentions = 1\n2 rocket, satellite, orbit\n2 launch, station\n";
    String body = "Sanctions, embargo and a blacklist. The firm said so. The firm agreed. A rocket, a satellite, an orbit,"
        + " a launch and a station.";
    assertEquals(List.of("side", "top"), topics(defs, null, body));
  }

  @Test
  void aPhraseNeedsItsWordsInARowWithoutPunctuation() {
    String defs = SETTINGS + "[trade]\n1 \"trade ban\"\n";
    assertEquals(List.of("trade"), topics(defs, null, "A trade ban began. The trade bans widened."));
    assertEquals(List.of(), topics(defs, null, "A trade, ban it. Trade. Ban."));
  }

  @Test
  void nearNeedsContextAndUnlessNearForbidsIt() {
    String defs = SETTINGS + "@computing = computer, email\n"
        + "[cyber]\n1 virus near 5: @computing\n"
        + "[health]\n1 virus unless near 5: @computing\n";
    assertEquals(List.of("cyber"), topics(defs, null, "A computer virus spread. The email virus hid."));
    assertEquals(List.of("health"), topics(defs, null, "A virus spread in the town. Doctors found the virus."));
    // Too far apart: the context is more than five words away.
    assertEquals(List.of("health"), topics(defs, null,
        "The virus spread quickly through the whole town and then at last one computer. Doctors in the town saw the virus."));
  }

  @Test
  void aShoutedHeadlinesCountriesCountForCountryClauses() {
    // A wire headline in capitals: the country extractor decides its countries after the body, and they were
    // once invisible to <country> clauses (session 9: "U.S. LAUNCHES INDONESIAN COMMUNICATIONS SATELLITE").
    String defs = SETTINGS + "[pair]\nmentions = 1\n1 launch  near 3: at least 2 of <country>\n";
    // The body names a country too, so the headline's mentions come after it in the extractor's list.
    String body = "The rocket lifted off on Friday. It carried a satellite to orbit, the agency said, and a second"
        + " launch from Brazil is set for May.";
    assertEquals(List.of("pair"), topics(defs, "U.S. LAUNCHES INDONESIAN SATELLITE", body));
    assertEquals(List.of(), topics(defs, "U.S. LAUNCHES WEATHER SATELLITE", body), "one country is no pair");
  }

  @Test
  void aCompanyMarkCountsOnlyInTheHeadline() {
    // The wire marks a company in angle brackets ("<CAT>", "<Sharon Steel Corp>"); in the headline it says whose
    // story it is (session 21: 1,045 of 1,060 such Reuters headlines of the opened parts are labelled business).
    String defs = SETTINGS + "[company]\nmentions = 1\n1 <company mark>\n";
    String body = "The company said its load factor rose to 61 pct in February from 55 pct a year earlier.";
    assertEquals(List.of("company"), topics(defs, "PRESIDENTIAL AIR <PAIR> FEBRUARY LOAD FACTOR UP", body));
    assertEquals(List.of("company"), topics(defs, "<ELECTROLUX AB> UNIT TO BUILD WAREHOUSE", body));
    assertEquals(List.of(), topics(defs, "PRESIDENTIAL AIR FEBRUARY LOAD FACTOR UP", body), "no mark");
    assertEquals(List.of(), topics(defs, "AIRLINE LOAD FACTOR UP", "<Presidential Airways Inc> said its load factor"
        + " rose to 61 pct in February."), "a mark in the body names a company, not the story's subject");
  }

  @Test
  void inArticleAsksForContextAnywhereInTheArticleAndUnlessInArticleForbidsIt() {
    // A relation across the story: expelled diplomats count only where the article names sanctions.
    String defs = SETTINGS + "[sanctions]\n1 =sanctions\n1 expelled, expulsion  in article: =sanctions\n"
        + "[spies]\n1 expelled, expulsion  unless in article: =sanctions\n";
    String far = " Rain fell on the town for days and the rivers rose over the old stone bridge again.";
    assertEquals(List.of("sanctions"), topics(defs, null, "New sanctions were imposed." + far.repeat(3)
        + " Ten diplomats were expelled in answer."));
    assertEquals(List.of("spies"), topics(defs, null, "Ten diplomats were expelled." + far
        + " The expulsion followed a spy case."));
    TopicExplanation why = FacetExtractor.withDefinitions(defs, "test.txt").explain(null,
        "Ten diplomats were expelled. The expulsion followed a spy case.").topics().stream()
        .filter(t -> t.topic().equals("sanctions")).findFirst().orElseThrow();
    assertTrue(why.hits().get(0).note().contains("in article: none of its terms in the article"), why.toString());
  }

  @Test
  void severalNearClausesMustAllHold() {
    String defs = SETTINGS + "[x]\n1 launch near 4: rocket near 4: joint\n";
    assertEquals(List.of(), topics(defs, null, "The rocket launch. The rocket launch."));
    assertEquals(List.of("x"), topics(defs, null, "A joint rocket launch. A joint rocket launch."));
  }

  @Test
  void atLeastKOfCountsDifferentCountries() {
    String defs = SETTINGS + "[space cooperation]\n1 launch near 10: at least 2 of <country>\n";
    assertEquals(List.of(), topics(defs, null,
        "Japan prepares a launch. The Japanese launch went well. Japan said the launch was fine."));
    assertEquals(List.of("space cooperation"), topics(defs, null,
        "Japan and France prepare a launch. The launch carries a French and a Japanese satellite."));
  }

  @Test
  void titleWeightAndRepeatsCapAndShare() {
    // One word in the title (3) and once in the body (1) reaches 4; the body alone twice only 2.
    String defs = "threshold = 3.5\nmentions = 2\ntitle = 3\nlead = 1\nshare = 0\n[s]\n1 sanction\n";
    assertEquals(List.of("s"), topics(defs, "Sanctions", "The sanctions bite."));
    assertEquals(List.of(), topics(defs, "News", "The sanctions bite. The sanctions bite."));
    String capped = "threshold = 3\nmentions = 1\nrepeats = 2\nlead = 1\nshare = 0\n[s]\n1 sanction\n";
    assertEquals(List.of(), topics(capped, null, "Sanctions, sanctions, sanctions, sanctions."),
        "a rule counts at most two matches");
    String shared = "threshold = 2\nmentions = 2\nlead = 1\nshare = 0.5\n[s]\n1 sanction\n";
    assertEquals(List.of(), topics(shared, null,
        "Rain fell. Wind blew. Snow fell. Sanctions and sanctions. Sun shone."), "one sentence of five");
    assertEquals(List.of("s"), topics(shared, null,
        "Sanctions and sanctions. Rain fell. Wind blew. Snow fell. Sun shone."), "in the lead: the story's subject");
    assertEquals(List.of("s"), topics(shared, null, "Sanctions fell. More sanctions."));
  }

  @Test
  void aHighEnoughScoreNeedsNoShare() {
    // Two sentences of nine hold the word (22 %, under the 50 % asked): a passing mention, unless the score (here 4:
    // four matches of weight 1) reaches "share waived at" — a long story that tells the topic at length.
    String body = "Rain fell. Wind blew. Snow fell. Sun shone. Sanctions and sanctions bite. Tea was served. "
        + "Cake too. The sanctions and more sanctions. Then night.";
    String shared = "threshold = 2\nmentions = 2\nlead = 1\nrepeats = 4\nshare = 0.5\n[s]\n1 sanction\n";
    assertEquals(List.of(), topics(shared, null, body), "never waived by default");
    assertEquals(List.of(), topics(shared.replace("[s]\n", "[s]\nshare waived at = 5\n"), null, body),
        "a score of 4 under 5");
    assertEquals(List.of("s"), topics(shared.replace("[s]\n", "[s]\nshare waived at = 4\n"), null, body));
    Explanation e = FacetExtractor.withDefinitions(shared.replace("[s]\n", "[s]\nshare waived at = 5\n"), "t")
        .explain(null, body);
    assertEquals("in 22% of the sentences, needs 50% (or a score of 5.0)", e.topics().get(0).reason());
  }

  @Test
  void needsAskForContextAnywhereOrInTheLead() {
    String defs = SETTINGS + "[space]\n1 launch\nneeds in lead: rocket\n";
    assertEquals(List.of("space"), topics(defs, null, "A rocket launch. Another launch."));
    assertEquals(List.of(), topics(defs, null,
        "A launch. Another launch. Cake was served. Tea too. Then a rocket."));
  }

  @Test
  void aLineStartingWithSpacesContinuesTheOneAbove() {
    String defs = SETTINGS + "[a]\n1 alpha,\n   beta\n";
    assertEquals(List.of("a"), topics(defs, null, "Alpha and beta."));
  }

  @Test
  void badDefinitionsAreRefusedWithLineAndReason() {
    assertBad("[x]\n1 virus near ten: computer\n", 2, "unexpected ':'");
    assertBad("[x]\n1 virus near 0: computer\n", 2, "whole number of words");
    assertBad("[x]\n1 virus, , worm\n", 2, "empty term");
    assertBad("[x]\n1 virus near 5: @nothing\n", 2, "unknown list @nothing");
    assertBad("[x]\nthreshold = high\n1 a\n", 2, "not a number");
    assertBad("[x]\ncolour = 3\n1 a\n", 2, "unknown setting 'colour'");
    assertBad("1 virus\n", 1, "before the first [topic]");
    assertBad("[x]\n1 \"trade ban\n", 2, "quote is not closed");
    assertBad("[x]\n[x]\n", 1, "has no rule");
    assertBad("[x]\n1 a\n[x]\n1 b\n", 3, "defined twice");
    assertBad("[x]\nshare = 2\n1 a\n", 2, "between 0 and 1");
    assertBad("[x]\nshare waived at = 0\n1 a\n", 2, "share waived at is a score above 0, not 0.0");
    assertBad("[x]\nshare waived at = soon\n1 a\n", 2, "not a number");
    assertBad("[x]\n1 a near 5: <city>\n", 2, "unknown class <city>; the ones there are: <country>, <company mark>");
    assertBad("[x]\nneeds rocket\n1 a\n", 2, "needs: terms");
    assertBad("[x]\nsomething odd\n", 2, "expected [topic]");
    assertBad("[x]\n1 a in article: \n", 2, "empty term");
    assertBad("[x]\ngives way to: y\n1 a\n", 2, "names no topic of this file: 'y'");
    assertBad("[x]\ngives way to: x\n1 a\n", 2, "cannot give way to itself");
    assertBad("[x]\ngives way to\n1 a\n", 2, "gives way to: topic, topic");
  }

  private static void assertBad(String defs, int line, String reason) {
    DefinitionException e = assertThrows(DefinitionException.class,
        () -> FacetExtractor.withDefinitions(defs, "bad.txt"));
    assertEquals(line, e.line(), e.getMessage());
    assertTrue(e.getMessage().startsWith("bad.txt:" + line + ": "), e.getMessage());
    assertTrue(e.reason().contains(reason), e.getMessage());
  }

  @Test
  void explanationSaysWhatMatchedWhereAndWhy() {
    String defs = SETTINGS + "@computing = computer\n[health]\n1 virus unless near 5: @computing\n2 vaccine\n";
    FacetExtractor fx = FacetExtractor.withDefinitions(defs, "test.txt");
    Explanation e = fx.explain("Vaccine found", "A computer virus spread. Doctors tested a vaccine.");
    TopicExplanation health = e.topics().get(0);
    assertEquals("health", health.topic());
    assertTrue(health.assigned());
    assertEquals(8.0, health.score(), 1e-9); // title 2x3, body 2x1; the virus does not count
    assertEquals(2.0, health.threshold(), 1e-9);
    TopicExplanation.Hit virus = health.hits().stream().filter(h -> h.text().equals("virus")).findFirst().orElseThrow();
    assertEquals(0.0, virus.added(), 1e-9);
    assertTrue(virus.note().contains("computer"), virus.note());
    assertEquals(List.of("title", "lead"), health.hits().stream().filter(h -> h.text().equalsIgnoreCase("vaccine"))
        .map(TopicExplanation.Hit::place).toList());
    assertFalse(e.topics().isEmpty());
  }

  @Test
  void explanationNamesTheWordsBehindCountriesAndPersons() {
    Explanation e = FacetExtractor.loadDefault().explain("Putin meets Merkel",
        "Russian President Vladimir Putin met German Chancellor Angela Merkel in Berlin on Friday.");
    Explanation.ValueEvidence russia = e.countries().stream().filter(v -> v.value().equals("Russia")).findFirst()
        .orElseThrow();
    assertEquals(List.of(new Explanation.Mention("Russian", "lead")), russia.mentions());
    Explanation.ValueEvidence putin = e.persons().stream().filter(v -> v.value().equals("Vladimir Putin"))
        .findFirst().orElseThrow();
    assertEquals(List.of(new Explanation.Mention("Putin", "title"), new Explanation.Mention("Vladimir Putin", "lead")),
        putin.mentions());
  }
}
