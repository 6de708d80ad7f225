package io.facetwire.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * What the percolator's way would cost at import (a program, not a test): every Reuters story goes into
 * a Lucene {@link MemoryIndex} (title and body, English analysis, positions), then one query per topic
 * runs against it, as Elasticsearch's percolator does for each stored query. The queries are the
 * topic definitions' head terms (words as term queries, phrases as phrase queries, boosted by weight)
 * in one should-query per topic: fewer features than the definitions use (no proximity, no negative
 * context), so a lower bound on the real cost. Usage:
 * {@code MemoryIndexBenchmark src/main/resources/io/facetwire/extract/topics.txt [reuters-dir] [rounds]}.
 */
public final class MemoryIndexBenchmark {

  public static void main(String[] args) throws Exception {
    Path terms = Path.of(args[0]);
    Path dir = args.length > 1 ? Path.of(args[1]) : ReutersCorpus.DEFAULT_DIR;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    List<ReutersCorpus.Story> stories = ReutersCorpus.read(dir);
    Analyzer analyzer = new EnglishAnalyzer();
    List<Query> queries = queries(terms, analyzer);
    System.out.printf("%d stories, %d topic queries%n", stories.size(), queries.size());
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    double sink = 0;
    for (int r = 0; r < rounds; r++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long indexCpu = 0;
      for (ReutersCorpus.Story s : stories) {
        long i0 = threads.getCurrentThreadCpuTime();
        MemoryIndex mi = new MemoryIndex(false, false);
        mi.addField("title", s.title() == null ? "" : s.title(), analyzer);
        mi.addField("body", s.body(), analyzer);
        indexCpu += threads.getCurrentThreadCpuTime() - i0;
        for (Query q : queries) {
          sink += mi.search(q);
        }
      }
      long cpu = threads.getCurrentThreadCpuTime() - c0;
      System.out.printf("round %d: %.1f µs/article by thread CPU (of which building the MemoryIndex %.1f µs)%s%n",
          r + 1, cpu / 1e3 / stories.size(), indexCpu / 1e3 / stories.size(), r == 0 ? " (warm-up)" : "");
    }
    System.out.println("(checksum " + sink + ")");
  }

  /**
   * One should-query per topic of a definition file (topics.txt's language): each rule's head terms,
   * boosted by its weight, in title and body. Clauses, lists and classes are left out, so the queries
   * do less than the rules: a lower bound on the cost.
   */
  private static List<Query> queries(Path file, Analyzer analyzer) throws Exception {
    List<Query> out = new ArrayList<>();
    BooleanQuery.Builder topic = null;
    List<String> lines = new ArrayList<>();
    for (String raw : Files.readAllLines(file)) {
      String s = raw.replaceAll("#.*", "");
      if (s.isBlank()) {
        continue;
      }
      if (Character.isWhitespace(s.charAt(0)) && !lines.isEmpty()) {
        lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + s.strip());
      } else {
        lines.add(s.strip());
      }
    }
    for (String s : lines) {
      if (s.startsWith("[")) {
        if (topic != null) {
          out.add(topic.build());
        }
        topic = new BooleanQuery.Builder();
        continue;
      }
      if (topic == null || !Character.isDigit(s.charAt(0))) {
        continue;
      }
      String[] parts = s.split("\\s+", 2);
      float weight = Float.parseFloat(parts[0]);
      String heads = parts[1].split("\\b(unless near|near) \\d+:")[0];
      for (String item : heads.split(",")) {
        String text = item.strip().replace("\"", "").replace("=", "");
        if (text.isEmpty() || text.startsWith("@") || text.startsWith("<")) {
          continue;
        }
        List<String> words = analyse(analyzer, text);
        if (words.isEmpty()) {
          continue;
        }
        for (String field : List.of("title", "body")) {
          Query q;
          if (words.size() == 1) {
            q = new TermQuery(new Term(field, words.get(0)));
          } else {
            PhraseQuery.Builder p = new PhraseQuery.Builder();
            words.forEach(w -> p.add(new Term(field, w)));
            q = p.build();
          }
          topic.add(new BoostQuery(q, weight), BooleanClause.Occur.SHOULD);
        }
      }
    }
    if (topic != null) {
      out.add(topic.build());
    }
    return out;
  }

  private static List<String> analyse(Analyzer analyzer, String text) throws Exception {
    List<String> words = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        words.add(term.toString());
      }
      ts.end();
    }
    return words;
  }
}
