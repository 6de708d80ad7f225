package io.facetwire.extract;

import io.facetwire.article.Article;
import io.facetwire.facet.FacetValues;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Everything extraction gives for whole corpora, one line per article, so that a change meant to be
 * output-neutral (a performance change) can be proved so: dump before, dump after, compare the files
 * byte for byte. A program, not a test (it reads the shared corpora, which tests do not).
 *
 * <p>Per article it writes the facets of {@link FacetExtractor#extract(String, String, String, java.time.Instant)}
 * (what import stores), of {@link FacetExtractor#extract(String, String)} (what ExtractionBenchmark times), the
 * dateline country, and the whole {@link FacetExtractor#explain} (every mention, topic hit and score). Each
 * argument is a directory or file: {@code .sgm}, {@code .csv}, {@code .jsonl} and BBC's numbered {@code .txt}
 * files are read by the import's own readers; {@code .sgm} files are also read as ExtractionBenchmark reads them
 * ({@link ReutersCorpus}: dateline before the body).
 *
 * <pre>java -cp "target/test-classes:target/classes:$(cat target/cp-test.txt)" io.facetwire.extract.ExtractionDump \
 *     /tmp/dump.txt /work/shared/data/reuters21578 /work/shared/data/bbc-news /work/shared/data/wikinews-sample \
 *     src/main/resources/demo</pre>
 */
public final class ExtractionDump {

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: ExtractionDump out-file corpus-dir-or-file...");
      System.exit(2);
    }
    FacetExtractor fx = FacetExtractor.loadDefault();
    int articles = 0;
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
      for (int i = 1; i < args.length; i++) {
        Path root = Path.of(args[i]);
        for (Path f : CorpusFiles.under(root)) {
          for (Article a : CorpusFiles.read(f)) {
            out.write(line(fx, "import " + root.relativize(f) + " " + a.id(), a.title(), a.body(), a.source(),
                a.publishedAt()));
            articles++;
          }
          if (f.getFileName().toString().endsWith(".sgm")) {
            // ExtractionBenchmark's reading: a different body (dateline first), so different tokens.
            for (ReutersCorpus.Story s : ReutersCorpus.readFile(f)) {
              out.write(line(fx, "bench " + root.relativize(f), s.title(), s.body(), null, null));
              articles++;
            }
          }
        }
      }
    }
    System.out.println(articles + " articles dumped to " + args[0]);
  }

  private static String line(FacetExtractor fx, String where, String title, String body, String source,
      java.time.Instant at) {
    StringBuilder b = new StringBuilder(where);
    FacetValues imported = fx.extract(title, body, source, at);
    b.append("\timport=").append(imported.map());
    FacetValues plain = fx.extract(title, body);
    b.append("\tplain=").append(plain.map());
    b.append("\tdateline=").append(fx.datelineCountry(title, body));
    b.append("\texplain=").append(fx.explain(title, body, at));
    return escaped(b) + "\n";
  }

  /** One line per article whatever the text holds. */
  private static String escaped(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\\' -> b.append("\\\\");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private ExtractionDump() {
  }
}
