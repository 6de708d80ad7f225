package io.facetwire.story;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.article.Article;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Draws the article pairs to be labelled for story grouping (the labels are a person's, written into
 * {@code src/test/resources/stories/labelled-pairs.jsonl} afterwards). Five strata, each drawn with a
 * fixed seed so the draw can be repeated:
 * <ol>
 *   <li>{@code bbc-identical}: 20 of the BBC set's pairs of files with identical text;</li>
 *   <li>{@code reuters-marked}: every Reuters story whose headline has a version mark (CORRECTED, ...),
 *       with the unmarked story published within 3 days whose headline shares the most words with it
 *       (Jaccard at least 0.3);</li>
 *   <li>{@code reuters-similar-title}: 30 random pairs of unmarked Reuters stories published within 3 days
 *       whose headlines share at least half their words (the hard negatives: "X CORP 1ST QTR NET");</li>
 *   <li>{@code simhash-near}: 20 random pairs at SimHash distance 1–3 that are not identical texts;</li>
 *   <li>{@code simhash-close}: 20 random pairs at SimHash distance 4–12 (near misses).</li>
 * </ol>
 * Prints one JSON line per pair, without a label.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.facetwire.story.StoryPairSampler ../shared/data</pre>
 */
public final class StoryPairSampler {

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    List<Article> bbc = StoryCorpora.bbc(data.resolve("bbc-news"));
    List<Article> reuters = StoryCorpora.reuters(data.resolve("reuters21578"));
    ObjectMapper json = new ObjectMapper();
    Random random = new Random(13);
    List<Article[]> pairs = new ArrayList<>();
    List<String> strata = new ArrayList<>();

    List<Article[]> identical = identical(bbc);
    Collections.shuffle(identical, random);
    add(pairs, strata, identical.subList(0, Math.min(20, identical.size())), "bbc-identical");

    List<Article[]> marked = new ArrayList<>();
    for (Article m : reuters) {
      String unmarked = StoryRule.withoutVersionMark(m.title());
      if (unmarked == null) {
        continue;
      }
      Set<String> words = StoryWords.words(unmarked);
      Article best = null;
      double bestScore = 0.3;
      for (Article o : reuters) {
        if (o == m || StoryRule.withoutVersionMark(o.title()) != null || !within(m, o, Duration.ofDays(3))) {
          continue;
        }
        double score = StoryWords.jaccard(words, StoryWords.words(o.title()));
        if (score > bestScore) {
          bestScore = score;
          best = o;
        }
      }
      if (best != null) {
        marked.add(new Article[] {best, m});
      }
    }
    add(pairs, strata, marked, "reuters-marked");

    List<Article> unmarked = reuters.stream().filter(a -> StoryRule.withoutVersionMark(a.title()) == null).toList();
    List<Article[]> similar = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int tries = 0; tries < 2_000_000 && similar.size() < 30; tries++) {
      Article a = unmarked.get(random.nextInt(unmarked.size()));
      Article b = unmarked.get(random.nextInt(unmarked.size()));
      if (a == b || !within(a, b, Duration.ofDays(3)) || a.body().equals(b.body())
          || StoryWords.jaccard(StoryWords.words(a.title()), StoryWords.words(b.title())) < 0.5 || !seen.add(a.id() + b.id())) {
        continue;
      }
      similar.add(new Article[] {a, b});
    }
    add(pairs, strata, similar, "reuters-similar-title");

    List<Article> all = new ArrayList<>(bbc);
    all.addAll(reuters);
    add(pairs, strata, byDistance(all, 1, 3, 20, random), "simhash-near");
    add(pairs, strata, byDistance(all, 4, 12, 20, random), "simhash-close");

    for (int i = 0; i < pairs.size(); i++) {
      ObjectNode line = json.createObjectNode();
      line.put("stratum", strata.get(i));
      line.set("a", article(json, pairs.get(i)[0]));
      line.set("b", article(json, pairs.get(i)[1]));
      System.out.println(json.writeValueAsString(line));
    }
  }

  private static void add(List<Article[]> pairs, List<String> strata, List<Article[]> more, String stratum) {
    pairs.addAll(more);
    more.forEach(p -> strata.add(stratum));
  }

  static boolean within(Article a, Article b, Duration window) {
    return a.publishedAt() != null && b.publishedAt() != null
        && Duration.between(a.publishedAt(), b.publishedAt()).abs().compareTo(window) <= 0;
  }

  private static List<Article[]> identical(List<Article> docs) {
    Map<String, List<Article>> byText = new LinkedHashMap<>();
    docs.forEach(d -> byText.computeIfAbsent(d.title() + "\n" + d.body(), k -> new ArrayList<>()).add(d));
    List<Article[]> out = new ArrayList<>();
    for (List<Article> same : byText.values()) {
      for (int x = 0; x < same.size(); x++) {
        for (int y = x + 1; y < same.size(); y++) {
          out.add(new Article[] {same.get(x), same.get(y)});
        }
      }
    }
    return out;
  }

  /** Random pairs whose fingerprints are {@code min}–{@code max} bits apart (texts not identical), found by bands. */
  private static List<Article[]> byDistance(List<Article> docs, int min, int max, int n, Random random) {
    long[] prints = docs.stream().mapToLong(d -> StoryRule.fingerprint(d.title(), d.body())).toArray();
    Map<Long, List<Integer>> byBlock = new HashMap<>();
    List<Article[]> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    // 16 blocks of 4 bits: pairs within 12 bits agree on at least 4 blocks; bucket by pairs of blocks.
    for (int i = 0; i < prints.length; i++) {
      for (int blk = 0; blk < 8; blk++) {
        long key = ((long) blk << 32) | ((prints[i] >>> (8 * blk)) & 0xff);
        byBlock.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> bucket : byBlock.values()) {
      if (bucket.size() > 400) {
        Collections.shuffle(bucket, random);
      }
      List<Integer> part = bucket.subList(0, Math.min(400, bucket.size()));
      for (int x = 0; x < part.size(); x++) {
        for (int y = x + 1; y < part.size(); y++) {
          int a = part.get(x);
          int b = part.get(y);
          int d = SimHash.distance(prints[a], prints[b]);
          if (d >= min && d <= max && !docs.get(a).body().equals(docs.get(b).body())
              && seen.add(Math.min(a, b) + "-" + Math.max(a, b))) {
            found.add(new Article[] {docs.get(Math.min(a, b)), docs.get(Math.max(a, b))});
          }
        }
      }
    }
    found.sort((p, q) -> (p[0].id() + p[1].id()).compareTo(q[0].id() + q[1].id()));
    Collections.shuffle(found, random);
    return found.subList(0, Math.min(n, found.size()));
  }

  private static ObjectNode article(ObjectMapper json, Article a) {
    ObjectNode o = json.createObjectNode();
    o.put("id", a.id());
    o.put("title", a.title());
    o.put("body", a.body());
    o.put("source", a.source());
    if (a.publishedAt() != null) {
      o.put("published_at", a.publishedAt().toString());
    }
    return o;
  }
}
