package io.facetwire.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.facetwire.article.Article;
import io.facetwire.article.ArticleFields;
import io.facetwire.article.ArticleReaders;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordError;
import io.facetwire.article.RecordSink;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Any number of realistic news articles, the same for the same seed: each one recombines the
 * sentences of a real article from the shipped corpora (Reuters-21578 stories, BBC News articles)
 * with sentences of others, so titles, lengths, names of countries and persons and the words around
 * them are those of real news, while dates spread over 2000–2025. Written as JSON Lines files that
 * {@code facetwire import} reads like any other input.
 */
final class SyntheticCorpus {

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\"'A-Z])");
  private static final long FIRST_DATE = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
  private static final long DATE_SPAN = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond() - FIRST_DATE;

  /** A real article cut into sentences: what generated articles are made of. */
  record Seed(String title, String source, String[] sentences) {}

  private final List<Seed> seeds;

  SyntheticCorpus(List<Seed> seeds) {
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("No articles with text to build a synthetic corpus from");
    }
    this.seeds = List.copyOf(seeds);
  }

  /** The articles of every file under the given files or folders (.sgm, .txt, .csv, .jsonl). */
  static SyntheticCorpus from(List<Path> inputs) throws IOException {
    List<Seed> seeds = new ArrayList<>();
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        continue;
      }
      List<Path> files;
      try (Stream<Path> walk = Files.walk(input)) {
        files = walk.filter(Files::isRegularFile).filter(SyntheticCorpus::isArticleFile).sorted().toList();
      }
      for (Path file : files) {
        ArticleReaders.forFile(file.getFileName().toString()).read(file, ReadOptions.NONE, new RecordSink() {
          @Override
          public void accept(Article a, String location) {
            String[] sentences = a.body() == null ? new String[0] : SENTENCE_END.split(a.body().strip());
            if (a.title() != null && !a.title().isBlank() && sentences.length > 0 && !sentences[0].isBlank()) {
              seeds.add(new Seed(a.title().strip(), a.source() != null ? a.source() : sourceOf(file), sentences));
            }
          }

          @Override
          public void reject(RecordError error) {
            // Empty stories are no material; skip them.
          }
        });
      }
    }
    return new SyntheticCorpus(seeds);
  }

  private static boolean isArticleFile(Path p) {
    String name = p.getFileName().toString().toLowerCase();
    return name.endsWith(".sgm") || name.endsWith(".jsonl") || name.endsWith(".csv")
        || name.matches("\\d+\\.txt");
  }

  private static String sourceOf(Path file) {
    return file.toString().contains("bbc") ? "BBC News" : "Reuters";
  }

  int seedCount() {
    return seeds.size();
  }

  /**
   * Writes {@code count} articles as {@code prefix-NNNN.jsonl} files of {@code perFile} articles each.
   *
   * @return the files written, in order
   */
  List<Path> write(Path dir, String prefix, long count, long seed, int perFile) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    for (long start = 0, n = 0; start < count; start += perFile, n++) {
      Path file = dir.resolve(String.format("%s-%04d.jsonl", prefix, n));
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
        writeArticles(out, seed, start, Math.min(count, start + perFile));
      }
      files.add(file);
    }
    return files;
  }

  /** Article {@code i} of the corpus for {@code seed}: the same whatever else is generated. */
  void writeArticle(JsonGenerator g, long seed, long i) throws IOException {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    Seed base = seeds.get(r.nextInt(seeds.size()));
    // Length like the base article's, a little shorter or longer; most sentences are its own, in
    // order, so its names and topic words stay together as in real news; some come from elsewhere.
    int length = Math.max(1, (int) Math.round(base.sentences().length * (0.6 + 0.8 * r.nextDouble())));
    StringBuilder body = new StringBuilder(length * 140);
    for (int s = 0; s < length; s++) {
      String sentence = s < base.sentences().length && r.nextDouble() < 0.75 ? base.sentences()[s]
          : randomSentence(r);
      if (s > 0) {
        body.append(s % 4 == 0 ? "\n\n" : " ");
      }
      body.append(sentence);
    }
    g.writeStartObject();
    g.writeStringField("id", "syn-" + seed + "-" + i);
    g.writeStringField("title", base.title());
    g.writeStringField("body", body.toString());
    g.writeStringField("source", base.source());
    g.writeStringField(ArticleFields.PUBLISHED_AT,
        Instant.ofEpochSecond(FIRST_DATE + r.nextLong(DATE_SPAN)).toString());
    g.writeEndObject();
  }

  private String randomSentence(SplittableRandom r) {
    String[] other = seeds.get(r.nextInt(seeds.size())).sentences();
    return other[r.nextInt(other.length)];
  }

  /** Articles {@code from} (inclusive) to {@code to} as JSON Lines. */
  void writeArticles(OutputStream out, long seed, long from, long to) {
    JsonFactory factory = new JsonFactory();
    try {
      for (long i = from; i < to; i++) {
        try (JsonGenerator g = factory.createGenerator(out)) {
          g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
          writeArticle(g, seed, i);
        }
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
