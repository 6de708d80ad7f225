package io.facetwire.cli;

import io.facetwire.evaluation.BbcCategories;
import io.facetwire.evaluation.ErrorTally;
import io.facetwire.evaluation.LabelledArticle;
import io.facetwire.evaluation.LabelledSets;
import io.facetwire.evaluation.ReutersEvaluation;
import io.facetwire.evaluation.Score;
import io.facetwire.evaluation.SetEvaluation;
import io.facetwire.evaluation.TopicCoverage;
import io.facetwire.evaluation.TopicScores;
import io.facetwire.extract.FacetExtractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Measure facet extraction: precision, recall and F1 per facet on each hand-labelled set",
        "and per topic on each part (dev, test, earlier sets), with micro figures for the key topics",
        "(LABELLING.md in the labels folder says how they were made) and on Reuters-21578's PLACES",
        "and PEOPLE tags, then the most frequent errors. A set whose texts are missing is skipped.",
        "Needs no Elasticsearch."})
final class EvalCommand implements Callable<Integer> {

  @Mixin
  ExtractorOptions extraction;

  @Option(names = "--labels", paramLabel = "DIR", description = "Folder of *.jsonl label sets (default: ${DEFAULT-VALUE}).")
  Path labels = Path.of("src/test/resources/labels");

  @Option(names = "--data", paramLabel = "DIR",
      description = "Shared data folder the labels' \"file\" paths are under (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data");

  @Option(names = "--reuters", paramLabel = "DIR", description = "Reuters-21578 folder (default: DATA/reuters21578).")
  Path reuters;

  @Option(names = {"--labels-only", "--no-reuters"},
      description = "Only the hand-labelled sets: skip Reuters-21578 and the BBC categories.")
  boolean noCorpora;

  @Option(names = "--part", paramLabel = "PART", split = ",",
      description = {"Label sets to score: dev (dev-*.jsonl), test (test-*.jsonl), test2 (test2-*.jsonl),",
          "test3, test4, ... (testN-*.jsonl: the later held-out parts), earlier (the other *.jsonl), or all (default).",
          "Errors are never listed for the test parts."})
  List<String> parts = List.of("all");

  @Option(names = "--errors", paramLabel = "N", description = "Errors listed per set (default: ${DEFAULT-VALUE}).")
  int errors = 15;

  @Spec
  CommandSpec spec;

  private PrintWriter out;

  @Override
  public Integer call() throws Exception {
    out = spec.commandLine().getOut();
    FacetExtractor extractor = extraction.load();
    Path taxonomy = extraction.taxonomyFile();
    out.println("Taxonomy: " + (taxonomy == null ? "built-in topics.txt" : taxonomy));
    int evaluated = 0;
    Map<String, List<Path>> byPart = new TreeMap<>(LabelParts.ORDER);
    for (Path set : labelSets()) {
      byPart.computeIfAbsent(LabelParts.of(set), p -> new ArrayList<>()).add(set);
    }
    for (Map.Entry<String, List<Path>> entry : byPart.entrySet()) {
      String part = entry.getKey();
      if (!parts.contains("all") && !parts.contains(part)) {
        continue;
      }
      TopicScores partTopics = new TopicScores();
      Map<String, Score> partEntities = new LinkedHashMap<>();
      int sets = 0;
      for (Path set : entry.getValue()) {
        if (evaluateSet(extractor, set, partTopics, partEntities, !part.startsWith("test"))) {
          sets++;
        }
      }
      if (sets > 0) {
        printEntities(part, partEntities);
        new TopicReport(out).print(part, partTopics, extractor.topicNames());
      }
      evaluated += sets;
    }
    if (!noCorpora) {
      evaluated += evaluateBbcCategories(extractor, data.resolve("bbc-news")) ? 1 : 0;
      evaluated += evaluateReuters(extractor, reuters != null ? reuters : data.resolve("reuters21578")) ? 1 : 0;
    }
    out.flush();
    if (evaluated == 0) {
      spec.commandLine().getErr().println("Nothing evaluated: no label set or corpus was found.");
      return 1;
    }
    return 0;
  }

  private List<Path> labelSets() throws IOException {
    if (!Files.isDirectory(labels)) {
      out.println("\nSkipped the hand-labelled sets: no folder " + labels);
      return List.of();
    }
    try (Stream<Path> s = Files.list(labels)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
    }
  }

  private boolean evaluateSet(FacetExtractor extractor, Path set, TopicScores part, Map<String, Score> entities,
      boolean listErrors) throws IOException {
    String name = set.getFileName().toString().replaceFirst("\\.jsonl$", "");
    List<LabelledArticle> articles;
    try {
      articles = new LabelledSets(data).load(set);
    } catch (LabelledSets.MissingTextException e) {
      out.printf("%nSkipped set %s: %s%n", name, e.getMessage());
      return false;
    }
    SetEvaluation result = SetEvaluation.run(extractor, articles);
    out.printf("%n== %s: %d hand-labelled articles (%s)%n", name, result.articles(), set);
    out.printf("   %-8s %9s %7s %7s   %s%n", "facet", "precision", "recall", "F1", "correct/extracted/labelled");
    for (String facet : SetEvaluation.FACETS) {
      Score s = result.score(facet);
      out.printf("   %-8s %9.3f %7.3f %7.3f   %d/%d/%d%n", facet, s.precision(), s.recall(), s.f1(),
          s.truePositives(), s.extracted(), s.gold());
    }
    part.plus(result.topics());
    entities.merge("person", result.score("person"), Score::plus);
    if (result.organizationArticles() > 0) {
      Score s = result.score(SetEvaluation.ORGANIZATION);
      entities.merge("org", s, Score::plus);
      out.printf("   %-8s %9.3f %7.3f %7.3f   %d/%d/%d%n", "org", s.precision(), s.recall(), s.f1(),
          s.truePositives(), s.extracted(), s.gold());
    }
    if (listErrors) {
      printErrors(result.errors());
    }
    return true;
  }

  /** Persons and organizations over all the sets of one part (micro: every article counts once). */
  private void printEntities(String part, Map<String, Score> entities) {
    out.printf("%n== persons and organizations on the %s part%n", part);
    entities.forEach((facet, s) -> out.printf("   %-8s %9.3f %7.3f %7.3f   %d/%d/%d%n", facet, s.precision(),
        s.recall(), s.f1(), s.truePositives(), s.extracted(), s.gold()));
  }

  private boolean evaluateReuters(FacetExtractor extractor, Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      out.println("\nSkipped Reuters-21578: no folder " + dir);
      return false;
    }
    ReutersEvaluation r = ReutersEvaluation.run(extractor, dir);
    out.printf("%n== reuters21578: %d tagged articles (%s)%n", r.articles(), dir);
    out.printf("   %-22s %9s %7s %7s   %s%n", "", "precision", "recall", "F1", "found/tagged, correct/extracted");
    print("countries vs PLACES", r.places());
    print("  + dateline's place", r.placesWithDateline());
    print("persons vs PEOPLE", r.people());
    print("organizations vs ORGS", r.orgs());
    out.printf("   (PLACES that are no country here, left out: %d; tags list what a story is filed under,%n"
        + "   its dateline's place included, which no country value counts (a place named alone);%n"
        + "   not all it names, so precision is a lower bound; persons match by surname;%n"
        + "   organizations: only those with an ORGS code, by code)%n", r.skippedPlaces());
    out.printf("   extraction alone: %.0f articles/s on one thread, single pass including warm-up%n",
        r.articlesPerSecond());
    printCoverage(r.topics(), "TOPICS");
    printErrors(r.errors());
    return true;
  }

  private boolean evaluateBbcCategories(FacetExtractor extractor, Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      out.println("\nSkipped the BBC categories: no folder " + dir);
      return false;
    }
    TopicCoverage coverage = BbcCategories.run(extractor, dir);
    out.printf("%n== bbc-news categories: %d articles (%s)%n", coverage.articles(), dir);
    printCoverage(coverage, "folder");
    return true;
  }

  private void printCoverage(TopicCoverage coverage, String what) {
    out.printf("   topics by %s (recall only: other topics may be right too):%n", what);
    for (TopicCoverage.Category c : coverage.categories()) {
      out.printf("     %-22s -> %-22s %6.3f  (%d/%d)%n", c.name(), c.topic(), c.recall(), c.found(), c.articles());
    }
    out.printf("   articles without any topic: %.3f; topics per article: %.2f%n", coverage.withoutTopicShare(),
        coverage.meanTopics());
  }

  private void print(String label, ReutersEvaluation.Figures f) {
    out.printf("   %-22s %9.3f %7.3f %7.3f   %d/%d, %d/%d%n", label, f.precision(), f.recall(), f.f1(),
        f.found(), f.gold(), f.correct(), f.extracted());
  }

  private void printErrors(ErrorTally tally) {
    List<ErrorTally.Error> worst = tally.worst(errors);
    if (worst.isEmpty()) {
      return;
    }
    out.println("   most frequent errors:");
    worst.forEach(e -> out.println("     " + e));
  }
}
