package io.facetwire.evaluation;

import io.facetwire.evaluation.KeyTopicModelExperiment.Row;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.facet.Facet;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * The one scoring session 17 asked for ({@code KeyTopicModelExperiment --train-opened --tag=FILE}): one model per key
 * topic, its settings chosen by the same inner folds as the leave-one-part-out run ({@link KeyTopicModelSelection}),
 * trained on every opened part ({@link TuningParts}; less any {@code --leave-out} part and the tagged file's own
 * part), then FILE scored as (a) today's rules, (b) the model alone, (c) rules OR model high, (d) rules AND NOT veto,
 * with a paired bootstrap over FILE's articles of each against (a).
 *
 * <p>FILE may be a held-out part: it is the one file read that {@link TuningParts} would refuse, and the run prints
 * counts only, never an article's name or text (the scoring must not become a reading). Every other held-out part in
 * the labels folder is left out unread. An article of FILE also labelled in a training part is left out of the
 * training. Deterministic: the inner folds and the bootstrap are seeded, LIBLINEAR's solver is deterministic.
 */
final class KeyTopicTagRun {

  /** The four systems scored on the tagged file, (a) first: the baseline of the bootstrap. */
  static final Map<String, KeyTopicModelReport.System> SYSTEMS = new LinkedHashMap<>();

  static {
    SYSTEMS.put("(a) rules today", (r, k) -> r.rulesToday[k]);
    SYSTEMS.put("(b) model alone", (r, k) -> r.alone[k]);
    SYSTEMS.put("(c) rules OR model high", (r, k) -> r.rulesToday[k] || r.high[k]);
    SYSTEMS.put("(d) rules AND NOT veto", (r, k) -> r.rulesToday[k] && !r.veto[k]);
  }

  private KeyTopicTagRun() {
  }

  static void run(Path data, Path labels, Path tag, List<String> leaveOut, int rounds, long seed, PrintStream out)
      throws Exception {
    if (!Files.isRegularFile(tag)) {
      throw new IllegalArgumentException("--tag=" + tag + ": no such file");
    }
    FacetExtractor today = FacetExtractor.loadDefault();
    LabelledSets sets = new LabelledSets(data);
    String tagPart = partOf(tag);
    List<Row> train = new ArrayList<>();
    List<Path> files = TuningParts.labelFiles(labels);
    for (Path file : files) {
      String part = partOf(file);
      if (Files.isSameFile(file, tag) || part.equals(tagPart)) {
        out.println("the tagged part, not trained on: " + file.getFileName());
        continue;
      }
      if (leaveOut.stream().anyMatch(l -> part.equals(l) || part.startsWith(l + "-"))) {
        out.println("left out of the training (--leave-out): " + file.getFileName());
        continue;
      }
      if (!TuningParts.readable(file, out)) {
        continue;
      }
      for (LabelledArticle a : sets.load(file)) {
        train.add(row(today, part, a));
      }
    }
    List<Row> tagged = new ArrayList<>();
    for (LabelledArticle a : sets.load(tag)) {
      tagged.add(row(today, "tagged", a));
    }
    Set<String> taggedNames = new HashSet<>();
    tagged.forEach(r -> taggedNames.add(r.article.name()));
    int before = train.size();
    train.removeIf(r -> taggedNames.contains(r.article.name()));
    out.printf("training: %d labelled articles in %d opened parts (%d left out: also in the tagged file)%n",
        train.size(), train.stream().map(r -> r.part).distinct().count(), before - train.size());
    out.printf("tagged: %d articles of %s%n", tagged.size(), tag.getFileName());
    for (int k = 0; k < 4; k++) {
      int kk = k;
      out.printf("  %-18s %3d labelled in training, %d in the tagged file%n", TopicScores.KEY_TOPICS.get(k),
          train.stream().filter(r -> r.gold[kk]).count(), tagged.stream().filter(r -> r.gold[kk]).count());
    }
    trainAndScore(train, tagged, seed, out);
    report(tagged, out);
    bootstrap(tagged, rounds, seed, out);
  }

  private static String partOf(Path file) {
    return file.getFileName().toString().replace(".jsonl", "");
  }

  private static Row row(FacetExtractor today, String part, LabelledArticle a) {
    Row r = new Row(part, a);
    List<String> topics = today.extract(a.title(), a.body(), a.source(), a.publishedAt()).values(Facet.TOPIC);
    for (int k = 0; k < 4; k++) {
      String key = TopicScores.KEY_TOPICS.get(k);
      r.gold[k] = a.topics().stream().anyMatch(key::equalsIgnoreCase);
      r.rulesToday[k] = topics.stream().anyMatch(key::equalsIgnoreCase);
    }
    return r;
  }

  /** Chooses and trains each topic's model on the training rows alone; scores the tagged rows with it. */
  private static void trainAndScore(List<Row> train, List<Row> tagged, long seed, PrintStream out) {
    List<Row> all = new ArrayList<>(train);
    all.addAll(tagged);
    // The tagged rows are numbered with the rest, but no training reads them: a feature's count is taken over the
    // training rows only (FeatureVectors.train).
    FeatureVectors v = new FeatureVectors(all.stream().map(r -> r.features).toList());
    int[] rows = IntStream.range(0, train.size()).toArray();
    String[] parts = all.stream().map(r -> r.part).toArray(String[]::new);
    List<Future<KeyTopicModelSelection.Choice>> choices = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      boolean[] y = KeyTopicModelExperiment.goldOf(all, k);
      choices.add(THREADS.submit(() -> KeyTopicModelSelection.choose(v, rows, y, parts, seed)));
    }
    for (int k = 0; k < 4; k++) {
      KeyTopicModelSelection.Choice c = KeyTopicModelSelection.join(choices.get(k));
      for (int i = train.size(); i < all.size(); i++) {
        Row r = all.get(i);
        r.score[k] = v.score(c.model(), i);
        r.alone[k] = r.score[k] >= c.alone();
        r.high[k] = r.score[k] >= c.high();
        r.veto[k] = r.score[k] < c.veto();
      }
      out.printf("  %-18s C=%.0f alone>=%.3f high>=%.3f veto<%.4f (inner F1 %.3f)%n", TopicScores.KEY_TOPICS.get(k),
          c.cost(), c.alone(), c.high(), c.veto(), c.innerF1());
    }
  }

  private static final java.util.concurrent.ExecutorService THREADS =
      KeyTopicModelSelection.daemonThreads(4, "key-topic-tag");

  /** Per system: right / tagged / labelled per key topic, and the four together with P / R / F1. */
  private static void report(List<Row> tagged, PrintStream out) {
    out.printf("%nthe tagged file, key four (right/tagged/labelled):%n");
    for (Map.Entry<String, KeyTopicModelReport.System> s : SYSTEMS.entrySet()) {
      StringBuilder line = new StringBuilder(String.format("  %-24s", s.getKey()));
      for (int k = 0; k < 4; k++) {
        long[] c = KeyTopicModelReport.counts(tagged, s.getValue(), k);
        line.append(String.format("  %s %d/%d/%d", TopicScores.KEY_TOPICS.get(k), c[0], c[1], c[2]));
      }
      long[] m = KeyTopicModelReport.counts(tagged, s.getValue(), -1);
      line.append(String.format("  micro %d/%d/%d P %.3f R %.3f F1 %.3f", m[0], m[1], m[2], KeyTopicModelReport.p(m),
          KeyTopicModelReport.r(m), KeyTopicModelReport.f1(m)));
      out.println(line);
    }
  }

  /** Micro F1 over the tagged articles drawn with replacement, each system paired with (a) on the same draws. */
  static void bootstrap(List<Row> tagged, int rounds, long seed, PrintStream out) {
    if (rounds <= 0 || tagged.isEmpty()) {
      return;
    }
    Random random = new Random(seed);
    List<String> names = List.copyOf(SYSTEMS.keySet());
    double[][] f1 = new double[names.size()][rounds];
    double[][] diff = new double[names.size()][rounds];
    Row[] sample = new Row[tagged.size()];
    for (int b = 0; b < rounds; b++) {
      for (int i = 0; i < sample.length; i++) {
        sample[i] = tagged.get(random.nextInt(tagged.size()));
      }
      List<Row> drawn = Arrays.asList(sample);
      for (int s = 0; s < names.size(); s++) {
        f1[s][b] = KeyTopicModelReport.f1(KeyTopicModelReport.counts(drawn, SYSTEMS.get(names.get(s)), -1));
        diff[s][b] = f1[s][b] - f1[0][b];
      }
    }
    out.printf("%npaired bootstrap over the %d tagged articles (%d rounds, seed %d): micro F1 95%% interval;"
        + " F1 less (a)'s, 95%% interval, share of rounds above / below 0%n", tagged.size(), rounds, seed);
    for (int s = 0; s < names.size(); s++) {
      double[] a = f1[s].clone();
      double[] d = diff[s].clone();
      Arrays.sort(a);
      Arrays.sort(d);
      long above = Arrays.stream(d).filter(x -> x > 1e-12).count();
      long below = Arrays.stream(d).filter(x -> x < -1e-12).count();
      out.printf("  %-24s F1 [%.3f, %.3f]%s%n", names.get(s), a[(int) (rounds * 0.025)],
          a[Math.max(0, (int) (rounds * 0.975) - 1)], s == 0 ? "" : String.format(
              "   %s-(a) [%+.3f, %+.3f]  above 0 in %.1f%%, below 0 in %.1f%%", names.get(s).substring(0, 3),
              d[(int) (rounds * 0.025)], d[Math.max(0, (int) (rounds * 0.975) - 1)], 100.0 * above / rounds,
              100.0 * below / rounds));
    }
  }
}
