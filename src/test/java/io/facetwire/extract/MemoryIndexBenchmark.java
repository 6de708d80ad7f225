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
 * topic definitions' terms (words as term queries, phrases as phrase queries, boosted by weight) in
 * one should-query per topic: fewer features than the definitions use (no proximity, no negative
 * context), so a lower bound on the real cost. Usage: {@code MemoryIndexBenchmark termsFile [reuters-dir] [rounds]}
 * where termsFile has "[topic]" lines and "term = weight" lines.
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

  private static List<Query> queries(Path file, Analyzer analyzer) throws Exception {
    List<Query> out = new ArrayList<>();
    BooleanQuery.Builder topic = null;
    for (String line : Files.readAllLines(file)) {
      String s = line.replaceAll("#.*", "").strip();
      if (s.isEmpty()) {
        continue;
      }
      if (s.startsWith("[")) {
        if (topic != null) {
          out.add(topic.build());
        }
        topic = new BooleanQuery.Builder();
        continue;
      }
      if (topic == null || !s.contains("=") || s.startsWith("threshold") || s.startsWith("relative")) {
        continue;
      }
      int eq = s.lastIndexOf('=');
      String text = s.substring(0, eq).replace("=", "").strip();
      float weight = Float.parseFloat(s.substring(eq + 1).strip());
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
