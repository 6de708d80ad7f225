package io.facetwire.topics;

import io.facetwire.evaluation.LabelledArticle;
import io.facetwire.evaluation.LabelledSets;
import io.facetwire.evaluation.Score;
import io.facetwire.evaluation.TopicScores;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.facet.Facet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A topic's precision and recall on the development label sets ({@code dev-*.jsonl}: the part tuning
 * may look at; the test part is never scored here, so editing in the browser cannot tune on it). The
 * sets are read once, on first use; articles whose text is not at hand (the shared corpora are not
 * on every machine) are left out and counted.
 */
public final class DevSetScores {

  /** One topic before and after an edit, on {@code articles} labelled articles ({@code missing} left out). */
  public record Comparison(Score before, Score after, int articles, int missing, List<String> sets) {}

  private final Path labels;
  private final Path data;
  private List<LabelledArticle> articles;
  private int missing;
  private List<String> sets;

  public DevSetScores(Path labels, Path data) {
    this.labels = labels;
    this.data = data;
  }

  /** Where the sets are looked for (shown when there are none). */
  public Path labels() {
    return labels;
  }

  /** Null when no development set is at hand. */
  public synchronized Comparison compare(String topic, FacetExtractor before, FacetExtractor after) {
    load();
    if (articles.isEmpty()) {
      return null;
    }
    return new Comparison(score(topic, before), score(topic, after), articles.size(), missing, sets);
  }

  private Score score(String topic, FacetExtractor extractor) {
    TopicScores scores = new TopicScores();
    for (LabelledArticle a : articles) {
      scores.add(a.topics(), extractor.extract(a.title(), a.body()).values(Facet.TOPIC));
    }
    return scores.byTopic().getOrDefault(topic, Score.ZERO);
  }

  private void load() {
    if (articles != null) {
      return;
    }
    List<LabelledArticle> found = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int notFound = 0;
    if (Files.isDirectory(labels)) {
      try (Stream<Path> files = Files.list(labels)) {
        LabelledSets reader = new LabelledSets(data);
        for (Path set : files.filter(DevSetScores::isDevelopmentSet).sorted().toList()) {
          LabelledSets.Available a = reader.loadAvailable(set);
          found.addAll(a.articles());
          notFound += a.missing();
          names.add(set.getFileName().toString());
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the label sets in " + labels, e);
      }
    }
    articles = List.copyOf(found);
    missing = notFound;
    sets = List.copyOf(names);
  }

  /** {@code dev-*.jsonl} only: the same rule as {@code eval --part dev}. */
  static boolean isDevelopmentSet(Path p) {
    String name = p.getFileName().toString();
    return name.startsWith("dev-") && name.endsWith(".jsonl");
  }
}
