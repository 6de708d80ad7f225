package io.facetwire.evaluation;

import io.facetwire.extract.FacetExtractor;
import io.facetwire.facet.Facet;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Would a linear model trained on the labels have found the key topics better than the rules on parts it never
 * saw? A program, not a test. Leave-one-part-out over every opened label part ({@link TuningParts}: a held-out part
 * is refused by name and never read): for each fold, one {@link KeyTopicModel} per key topic is chosen and trained
 * on every other part ({@link KeyTopicModelSelection}: settings by inner cross-validation on those parts alone),
 * then scores the fold. Folds: each of test3 ... test14 (the parts scored once before anyone tuned on them), the
 * general-news sets (bbc, wikinews, holdout-*, seed) as one, and with {@code --all-folds} each other opened part. An article labelled in
 * two parts is left out of the training of a fold that holds it.
 *
 * <p>Systems compared per fold and topic (right / tagged / labelled): the model alone; the rules as they were when
 * the part was scored ({@code --rules-at-scoring=DIR}, one {@code <part>.txt} per part: topics.txt at that commit,
 * re-run with today's extractor); today's rules (tuned on every one of these parts: they flatter themselves); and
 * each rules OR model-above-a-high-threshold, rules AND-NOT model-very-low. Pooled over test3 ... test14 with a
 * bootstrap over articles for the F1 differences. Usage: {@code KeyTopicModelExperiment data-dir labels-dir
 * [--rules-at-scoring=DIR] [--bootstrap=N] [--seed=N] [--all-folds]}; or, the one scoring of a file by a model
 * trained on every opened part ({@link KeyTopicTagRun}): {@code KeyTopicModelExperiment data-dir labels-dir
 * --train-opened --tag=FILE [--leave-out=PART,...] [--bootstrap=N] [--seed=N]}.
 */
public final class KeyTopicModelExperiment {

  static final List<String> HELD_OUT_PARTS = java.util.stream.IntStream.rangeClosed(3, 14)
      .mapToObj(n -> "test" + n + "-2026").toList();
  static final List<String> GENERAL_NEWS = List.of("bbc", "wikinews", "holdout-bbc", "holdout-wikinews", "seed");
  /**
   * Parts scored before the commits with their topics.txt are easy to name, and what the rules tagged there is known
   * from their one score (docs/history/facets-by-session.md): test3 and test5 0/0/0 (no key tag, no key label),
   * test4 1/1/1 (the one labelled story tagged). Their outcome is taken as recorded.
   */
  static final Map<String, Boolean> RECORDED_ALL_RIGHT = Map.of("test3-2026", false, "test4-2026", true,
      "test5-2026", false);

  /** One labelled article and what every system says of it, per key topic (index of TopicScores.KEY_TOPICS). */
  static final class Row {
    final String part;
    final LabelledArticle article;
    final Map<String, Double> features;
    final boolean[] gold = new boolean[4];
    final boolean[] rulesToday = new boolean[4];
    boolean[] rulesAtScoring;
    final double[] score = new double[4];
    final boolean[] alone = new boolean[4];
    final boolean[] high = new boolean[4];
    final boolean[] veto = new boolean[4];

    Row(String part, LabelledArticle article) {
      this.part = part;
      this.article = article;
      this.features = KeyTopicFeatures.of(article.title(), article.body());
    }
  }

  public static void main(String[] args) throws Exception {
    run(args, System.out);
  }

  static void run(String[] args, PrintStream out) throws Exception {
    Path data = Path.of(args[0]);
    Path labels = Path.of(args[1]);
    Path rulesDir = null;
    int bootstrap = 2000;
    long seed = 17;
    boolean allFolds = false;
    boolean trainOpened = false;
    Path tag = null;
    List<String> leaveOut = new ArrayList<>();
    for (String a : List.of(args).subList(2, args.length)) {
      if (a.startsWith("--rules-at-scoring=")) {
        rulesDir = Path.of(a.substring(19));
      } else if (a.startsWith("--bootstrap=")) {
        bootstrap = Integer.parseInt(a.substring(12));
      } else if (a.equals("--all-folds")) {
        allFolds = true;
      } else if (a.startsWith("--seed=")) {
        seed = Long.parseLong(a.substring(7));
      } else if (a.equals("--train-opened")) {
        trainOpened = true;
      } else if (a.startsWith("--tag=")) {
        tag = Path.of(a.substring(6));
      } else if (a.startsWith("--leave-out=")) {
        leaveOut.addAll(List.of(a.substring(12).split(",")));
      } else {
        throw new IllegalArgumentException("unknown option " + a);
      }
    }
    if (trainOpened != (tag != null) || (!leaveOut.isEmpty() && !trainOpened)) {
      throw new IllegalArgumentException("--train-opened and --tag=FILE go together (--leave-out=PART,... with them)");
    }
    if (trainOpened) {
      KeyTopicTagRun.run(data, labels, tag, leaveOut, bootstrap, seed, out);
      return;
    }
    List<Row> rows = load(data, labels, rulesDir, out);
    Map<String, List<String>> folds = folds(rows);
    if (!allFolds) { // the other opened parts' folds tell the model alone on Syria and space, at 40% more time
      folds.keySet().removeIf(f -> !HELD_OUT_PARTS.contains(f) && !f.equals("general"));
    }
    FeatureVectors vectors = new FeatureVectors(rows.stream().map(r -> r.features).toList());
    for (Map.Entry<String, List<String>> fold : folds.entrySet()) {
      scoreFold(rows, vectors, fold.getKey(), fold.getValue(), seed, out);
    }
    KeyTopicModelReport report = new KeyTopicModelReport(rows, out);
    report.perPart(HELD_OUT_PARTS);
    report.pooled("test3 ... test14, pooled (the clean test)", HELD_OUT_PARTS, true);
    report.bootstrap(HELD_OUT_PARTS, bootstrap, seed);
    report.pooled("general news (bbc, wikinews, holdout-*, seed): today's rules were tuned on them",
        GENERAL_NEWS, false);
    if (allFolds) {
      List<String> others = folds.keySet().stream().filter(f -> !HELD_OUT_PARTS.contains(f) && !f.equals("general"))
          .toList();
      report.pooled("the other opened parts " + others + ": today's rules were tuned on them", others, false);
      List<String> all = rows.stream().map(r -> r.part).distinct().toList();
      report.pooled("every opened part, each scored by a model that never saw it", all, false);
    }
    int[] every = java.util.stream.IntStream.range(0, rows.size()).toArray();
    for (int k = 0; k < 4; k++) {
      report.strongest(vectors.named(vectors.train(every, goldOf(rows, k), 100)), k);
    }
  }

  private static List<Row> load(Path data, Path labels, Path rulesDir, PrintStream out) throws Exception {
    FacetExtractor today = FacetExtractor.loadDefault();
    LabelledSets sets = new LabelledSets(data);
    List<Row> rows = new ArrayList<>();
    List<Path> files = TuningParts.labelFiles(labels);
    for (Path file : files) {
      if (!TuningParts.readable(file, out)) {
        continue;
      }
      String part = file.getFileName().toString().replace(".jsonl", "");
      FacetExtractor atScoring = null;
      if (rulesDir != null && Files.isRegularFile(rulesDir.resolve(part + ".txt"))) {
        atScoring = today.withTopics(Files.readString(rulesDir.resolve(part + ".txt")), part + ".txt");
      }
      for (LabelledArticle a : sets.load(file)) {
        Row r = new Row(part, a);
        List<String> topics = today.extract(a.title(), a.body(), a.source(), a.publishedAt()).values(Facet.TOPIC);
        List<String> then = atScoring == null ? null
            : atScoring.extract(a.title(), a.body(), a.source(), a.publishedAt()).values(Facet.TOPIC);
        r.rulesAtScoring = then == null && !RECORDED_ALL_RIGHT.containsKey(part) ? null : new boolean[4];
        for (int k = 0; k < 4; k++) {
          String key = TopicScores.KEY_TOPICS.get(k);
          r.gold[k] = a.topics().stream().anyMatch(key::equalsIgnoreCase);
          r.rulesToday[k] = topics.stream().anyMatch(key::equalsIgnoreCase);
          if (then != null) {
            r.rulesAtScoring[k] = then.stream().anyMatch(key::equalsIgnoreCase);
          } else if (r.rulesAtScoring != null) {
            r.rulesAtScoring[k] = RECORDED_ALL_RIGHT.get(part) && r.gold[k];
          }
        }
        rows.add(r);
      }
    }
    out.printf("%d labelled articles in %d opened parts%n", rows.size(), rows.stream().map(r -> r.part).distinct().count());
    for (int k = 0; k < 4; k++) {
      int kk = k;
      out.printf("  %-18s %3d labelled (%d in test3 ... test14)%n", TopicScores.KEY_TOPICS.get(k),
          rows.stream().filter(r -> r.gold[kk]).count(),
          rows.stream().filter(r -> r.gold[kk] && HELD_OUT_PARTS.contains(r.part)).count());
    }
    return rows;
  }

  /** Fold name to its parts: each held-out part, the general-news sets together, each other part. */
  private static Map<String, List<String>> folds(List<Row> rows) {
    Map<String, List<String>> folds = new LinkedHashMap<>();
    for (String part : rows.stream().map(r -> r.part).distinct().sorted().toList()) {
      if (GENERAL_NEWS.contains(part)) {
        folds.computeIfAbsent("general", k -> new ArrayList<>()).add(part);
      } else {
        folds.put(part, List.of(part));
      }
    }
    return folds;
  }

  private static void scoreFold(List<Row> rows, FeatureVectors v, String name, List<String> parts, long seed,
      PrintStream out) {
    Set<String> foldArticles = new HashSet<>();
    rows.stream().filter(r -> parts.contains(r.part)).forEach(r -> foldArticles.add(r.article.name()));
    int[] train = java.util.stream.IntStream.range(0, rows.size())
        .filter(i -> !parts.contains(rows.get(i).part) && !foldArticles.contains(rows.get(i).article.name())).toArray();
    String[] allParts = rows.stream().map(r -> r.part).toArray(String[]::new);
    StringBuilder line = new StringBuilder(String.format("fold %-18s train %4d", name, train.length));
    // The four topics' choices are independent (each writes its own index of the rows): one thread each.
    List<java.util.concurrent.Future<KeyTopicModelSelection.Choice>> choices = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      boolean[] y = goldOf(rows, k);
      choices.add(TOPIC_THREADS.submit(() -> KeyTopicModelSelection.choose(v, train, y, allParts, seed)));
    }
    for (int k = 0; k < 4; k++) {
      KeyTopicModelSelection.Choice c = KeyTopicModelSelection.join(choices.get(k));
      for (int i = 0; i < rows.size(); i++) {
        Row r = rows.get(i);
        if (parts.contains(r.part)) {
          r.score[k] = v.score(c.model(), i);
          r.alone[k] = r.score[k] >= c.alone();
          r.high[k] = r.score[k] >= c.high();
          r.veto[k] = r.score[k] < c.veto();
        }
      }
      line.append(String.format(" | %s C=%s t=%.2f high=%.2f veto=%.3f inner F1 %.2f",
          TopicScores.KEY_TOPICS.get(k).substring(0, 3), fmt(c.cost()), c.alone(), c.high(), c.veto(), c.innerF1()));
    }
    out.println(line);
    out.flush();
  }

  private static final java.util.concurrent.ExecutorService TOPIC_THREADS =
      KeyTopicModelSelection.daemonThreads(4, "key-topic-model");

  static boolean[] goldOf(List<Row> rows, int k) {
    boolean[] y = new boolean[rows.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = rows.get(i).gold[k];
    }
    return y;
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
