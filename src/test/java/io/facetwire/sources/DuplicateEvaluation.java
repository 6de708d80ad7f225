package io.facetwire.sources;

import io.facetwire.article.Article;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordError;
import io.facetwire.article.RecordSink;
import io.facetwire.article.ReutersSgmlReader;
import io.facetwire.story.SimHash;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Precision and recall of near-duplicate detection (SimHash over 3-shingles, {@link SimHash}) on two
 * labelled sets:
 * <ul>
 *   <li>BBC: pairs of files with identical text are duplicates (the set ships 98 such files);</li>
 *   <li>Reuters-21578: a story titled "CORRECTED - X" (or "(CORRECTED) - X") and the story X it corrects
 *       (same title without the mark, same file) are versions of one story.</li>
 * </ul>
 * Every other pair counts as "not a duplicate", so precision here is a lower bound: Reuters also
 * repeats stories without saying so. Detected pairs outside the labels are printed for a look.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.facetwire.sources.DuplicateEvaluation ../shared/data</pre>
 */
public final class DuplicateEvaluation {

  record Doc(String name, String title, String text) {}

  record Pair(int a, int b) {
    static Pair of(int x, int y) {
      return x < y ? new Pair(x, y) : new Pair(y, x);
    }
  }

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    List<Doc> bbc = bbc(data.resolve("bbc-news"));
    Set<Pair> bbcPositive = identicalPairs(bbc);
    System.out.println("BBC: " + bbc.size() + " files, " + bbcPositive.size() + " labelled duplicate pairs");
    evaluate("BBC", bbc, bbcPositive, 8);
    List<Doc> reuters = reuters(data.resolve("reuters21578"));
    Set<Pair> corrected = correctedPairs(reuters);
    System.out.println("Reuters: " + reuters.size() + " stories, " + corrected.size() + " labelled corrected-repeat pairs");
    evaluate("Reuters", reuters, corrected, 8);
    long[] prints = reuters.stream().mapToLong(d -> SimHash.of(d.title() + " " + d.text())).toArray();
    System.out.println("Reuters corrected pairs, SimHash distance: " + corrected.stream()
        .map(p -> SimHash.distance(prints[p.a()], prints[p.b()])).sorted().toList());
  }

  static void evaluate(String set, List<Doc> docs, Set<Pair> positive, int showExtra) {
    long[] prints = new long[docs.size()];
    for (int i = 0; i < docs.size(); i++) {
      prints[i] = SimHash.of(docs.get(i).title() + " " + docs.get(i).text());
    }
    Map<String, List<Integer>> byBand = new HashMap<>();
    for (int i = 0; i < prints.length; i++) {
      for (String band : SimHash.bands(prints[i])) {
        byBand.computeIfAbsent(band, k -> new ArrayList<>()).add(i);
      }
    }
    for (int k = 0; k <= 6; k++) {
      Set<Pair> found = new HashSet<>();
      for (List<Integer> bucket : byBand.values()) {
        if (bucket.size() > 2000) {
          continue; // a degenerate band (empty texts); never happens with real text
        }
        for (int x = 0; x < bucket.size(); x++) {
          for (int y = x + 1; y < bucket.size(); y++) {
            if (SimHash.distance(prints[bucket.get(x)], prints[bucket.get(y)]) <= k) {
              found.add(Pair.of(bucket.get(x), bucket.get(y)));
            }
          }
        }
      }
      long tp = found.stream().filter(positive::contains).count();
      System.out.printf(Locale.ROOT, "%s k=%d: detected %d pairs, precision %.3f (lower bound), recall %.3f%n", set, k, found.size(),
          found.isEmpty() ? 1.0 : tp / (double) found.size(), positive.isEmpty() ? 1.0 : tp / (double) positive.size());
      if (k == SimHash.NEAR) {
        found.stream().filter(p -> !positive.contains(p)).limit(showExtra).forEach(p -> System.out.println(
            "   unlabelled: " + docs.get(p.a()).name() + " \"" + docs.get(p.a()).title() + "\" ~ " + docs.get(p.b()).name()
                + " \"" + docs.get(p.b()).title() + "\""));
        positive.stream().filter(p -> !found.contains(p)).limit(showExtra).forEach(p -> System.out.println(
            "   missed: " + docs.get(p.a()).name() + " \"" + docs.get(p.a()).title() + "\" ~ " + docs.get(p.b()).name()
                + " \"" + docs.get(p.b()).title() + "\" distance " + SimHash.distance(prints[p.a()], prints[p.b()])));
      }
    }
  }

  static List<Doc> bbc(Path dir) throws Exception {
    List<Doc> out = new ArrayList<>();
    try (var files = Files.walk(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).strip();
        int nl = text.indexOf('\n');
        out.add(new Doc(dir.relativize(f).toString(), nl > 0 ? text.substring(0, nl) : text, nl > 0 ? text.substring(nl + 1) : ""));
      }
    }
    return out;
  }

  static Set<Pair> identicalPairs(List<Doc> docs) {
    Map<String, List<Integer>> byText = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      byText.computeIfAbsent(docs.get(i).title() + "\n" + docs.get(i).text(), k -> new ArrayList<>()).add(i);
    }
    Set<Pair> out = new HashSet<>();
    for (List<Integer> same : byText.values()) {
      for (int x = 0; x < same.size(); x++) {
        for (int y = x + 1; y < same.size(); y++) {
          out.add(Pair.of(same.get(x), same.get(y)));
        }
      }
    }
    return out;
  }

  static List<Doc> reuters(Path dir) throws Exception {
    List<Doc> out = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".sgm")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(f)) {
          new ReutersSgmlReader().read(in, f.getFileName().toString(), ReadOptions.NONE, new RecordSink() {
            @Override
            public void accept(Article a, String location) {
              if (a.title() != null && a.body() != null && a.body().length() > 100) {
                out.add(new Doc(f.getFileName() + " " + location, a.title(), a.body()));
              }
            }

            @Override
            public void reject(RecordError error) {
            }
          });
        }
      }
    }
    return out;
  }

  static String stripCorrected(String title) {
    String t = title.strip();
    for (String mark : List.of("CORRECTED - ", "(CORRECTED) - ", "CORRECTED-", "(CORRECTED)-")) {
      if (t.toUpperCase(Locale.ROOT).startsWith(mark)) {
        return t.substring(mark.length()).strip();
      }
    }
    return null;
  }

  /**
   * Each corrected story with the story it corrects: in the same file, the uncorrected story whose title
   * shares the most words with the corrected title without its mark (at least half of them).
   */
  static Set<Pair> correctedPairs(List<Doc> docs) {
    Set<Pair> out = new HashSet<>();
    for (int i = 0; i < docs.size(); i++) {
      String original = stripCorrected(docs.get(i).title());
      if (original == null) {
        continue;
      }
      Set<String> words = titleWords(original);
      int best = -1;
      double bestScore = 0.5;
      for (int j = 0; j < docs.size(); j++) {
        if (j == i || !file(docs.get(j)).equals(file(docs.get(i))) || stripCorrected(docs.get(j).title()) != null) {
          continue;
        }
        Set<String> other = titleWords(docs.get(j).title());
        Set<String> both = new HashSet<>(words);
        both.retainAll(other);
        Set<String> any = new HashSet<>(words);
        any.addAll(other);
        double score = any.isEmpty() ? 0 : both.size() / (double) any.size();
        if (score >= bestScore) {
          bestScore = score;
          best = j;
        }
      }
      if (best >= 0) {
        out.add(Pair.of(i, best));
      }
    }
    return out;
  }

  private static Set<String> titleWords(String title) {
    return new HashSet<>(List.of(title.toUpperCase(Locale.ROOT).replaceAll("<[^>]*>", " ").split("[^A-Z0-9]+")));
  }

  private static String file(Doc d) {
    return d.name().substring(0, d.name().indexOf(' '));
  }
}
