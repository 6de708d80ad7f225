package io.facetwire.evaluation;

import io.facetwire.article.Article;
import io.facetwire.article.ArticleReaders;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordError;
import io.facetwire.article.RecordSink;
import io.facetwire.extract.Explanation;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.extract.TopicExplanation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A tuning aid (a program, not a test): an audit of the key topics (and conflict) over the unlabelled corpora,
 * independent of the labelled parts. {@code draw} takes, per audited topic, a seeded random sample of up to 40
 * articles the extractor tags with it (a precision estimate) and up to 40 untagged ones that hold its broader cue
 * words (a recall estimate among likely candidates) and writes one view per topic (headline, lead and the
 * sentences with cue words) to read by LABELLING.md's rules. The reader's judgements go to a TSV (reference,
 * topic, sample, yes/no, reason: docs/topic-audit-s11.tsv); {@code score} re-runs a taxonomy over the judged
 * articles and prints the estimates, so anyone can redo the audit after a change.
 *
 * <p>Only BBC and Reuters articles no labels file holds are drawn: every Wikinews article no labels file holds is
 * in the held-out part test10, which is never looked into.
 *
 * <p>Usage: {@code TopicAudit draw DATA-DIR OUT-DIR [definitions]}, {@code TopicAudit score DATA-DIR judgements.tsv
 * [definitions]}, {@code TopicAudit errors DATA-DIR judgements.tsv [definitions]} (the judged articles a taxonomy
 * gets wrong, with their matches) or {@code TopicAudit diff DATA-DIR before-definitions after-definitions
 * judgements.tsv} (every unlabelled article whose audited topics a change moves, judged or not).
 */
public final class TopicAudit {

  static final long SEED = 20261211L;
  static final int SAMPLE = 40;

  /** The broader cue words of each audited topic (the issue's brief for session 11), as whole-word patterns. */
  static final Map<String, Pattern> CUES = new LinkedHashMap<>();

  static {
    CUES.put("sanctions", words("sanction\\w*|embargo\\w*|boycott\\w*|blockade\\w*|ban|bans|banned|banning|"
        + "tariff\\w*|freez\\w*|froze\\w*|blacklist\\w*|restrictions"));
    CUES.put("Syria", words("syria\\w*|damascus|aleppo|assad|kurd\\w*|golan"));
    CUES.put("cybersecurity", words("hack\\w*|virus\\w*|worm\\w*|malware|spam\\w*|phish\\w*|password\\w*|"
        + "breach\\w*|cyber\\w*"));
    CUES.put("space cooperation", words("satellite\\w*|orbit\\w*|rocket\\w*|astronaut\\w*|space station|"
        + "space agency"));
    CUES.put("conflict", words("war|wars|troops|soldiers|military|army|fighting|rebels|attack\\w*|clash\\w*|"
        + "invasion|airstrikes?|navy|naval|warships?|insurgen\\w*|coup|ceasefire"));
  }

  /** Topics audited for recall too (conflict: precision only, as the brief asks). */
  static final Set<String> RECALL_AUDITED = Set.of("sanctions", "Syria", "cybersecurity", "space cooperation");

  private static Pattern words(String alternatives) {
    return Pattern.compile("\\b(?:" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE);
  }

  /** An article of the corpora with the reference a labels file would use. */
  record Candidate(String ref, Article article) {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[1]);
    FacetExtractor fx = args.length > 3 ? FacetExtractor.load(Path.of(args[3])) : FacetExtractor.loadDefault();
    if (args[0].equals("draw")) {
      draw(fx, unlabelled(data), Path.of(args[2]));
    } else if (args[0].equals("diff")) {
      diff(FacetExtractor.load(Path.of(args[2])), fx, unlabelled(data), Path.of(args[4]), System.out);
    } else if (args[0].equals("errors")) {
      errors(fx, data, Path.of(args[2]), System.out);
    } else {
      score(fx, data, Path.of(args[2]), System.out);
    }
  }

  /** Every BBC and Reuters article under the data folder that no labels file names, by reference. */
  static Map<String, Article> unlabelled(Path data) throws IOException {
    Set<String> labelled = LabelledSets.references(Path.of("src/test/resources/labels"));
    Map<String, Article> out = new TreeMap<>();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(data.resolve("bbc-news"))) {
      s.filter(p -> p.toString().endsWith(".txt") && p.getParent().getParent().endsWith("bbc-news"))
          .sorted().forEach(files::add);
    }
    try (Stream<Path> s = Files.list(data.resolve("reuters21578"))) {
      s.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted().forEach(files::add);
    }
    for (Path f : files) {
      String rel = data.relativize(f).toString();
      ArticleReaders.forFile(f.getFileName().toString()).read(f, ReadOptions.NONE, new RecordSink() {
        @Override
        public void accept(Article a, String location) {
          String ref = LabelledSets.reference(a, rel);
          if (!labelled.contains(ref)) {
            out.put(ref, a);
          }
        }

        @Override
        public void reject(RecordError error) {
          // An unreadable record is no candidate.
        }
      });
    }
    return out;
  }

  static List<String> topics(FacetExtractor fx, Article a) {
    return fx.explain(a.title(), a.body()).assignedTopics();
  }

  private static void draw(FacetExtractor fx, Map<String, Article> articles, Path out) throws IOException {
    Files.createDirectories(out);
    Map<String, List<String>> tags = new TreeMap<>();
    articles.forEach((ref, a) -> tags.put(ref, topics(fx, a)));
    List<String> rows = new ArrayList<>();
    for (Map.Entry<String, Pattern> topic : CUES.entrySet()) {
      String name = topic.getKey();
      List<String> tagged = new ArrayList<>();
      List<String> cued = new ArrayList<>();
      tags.forEach((ref, t) -> {
        Article a = articles.get(ref);
        if (t.contains(name)) {
          tagged.add(ref);
        } else if (topic.getValue().matcher(a.title() + "\n" + a.body()).find()) {
          cued.add(ref);
        }
      });
      System.err.printf("%s: %d tagged, %d untagged with cue words (of %d)%n", name, tagged.size(), cued.size(),
          articles.size());
      StringBuilder view = new StringBuilder();
      for (String sample : List.of("tagged", "cue")) {
        if (sample.equals("cue") && !RECALL_AUDITED.contains(name)) {
          continue;
        }
        List<String> pool = new ArrayList<>(sample.equals("tagged") ? tagged : cued);
        Collections.shuffle(pool, new Random(SEED + name.hashCode() + sample.hashCode()));
        int i = 0;
        for (String ref : pool.subList(0, Math.min(SAMPLE, pool.size()))) {
          rows.add(ref + "\t" + name + "\t" + sample);
          view.append(view(++i, sample, ref, articles.get(ref), tags.get(ref), topic.getValue()));
        }
      }
      Files.writeString(out.resolve(name.replace(' ', '-') + ".txt"), view, StandardCharsets.UTF_8);
    }
    Files.write(out.resolve("sample.tsv"), rows, StandardCharsets.UTF_8);
  }

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\"'])\\s+(?=[A-Z\"'(])|\\n\\s*\\n");

  /** Headline, lead and every sentence with a cue word (the cue words bracketed), to read by the rules. */
  static String view(int i, String sample, String ref, Article a, List<String> topics, Pattern cue) {
    List<String> sentences = List.of(SENTENCE_END.split(a.body().strip()));
    StringBuilder s = new StringBuilder();
    s.append("\n=== ").append(sample).append(' ').append(i).append("  ").append(ref).append("  ").append(topics)
        .append("  (").append(sentences.size()).append(" sentences)\nTITLE: ").append(a.title()).append('\n');
    int shown = 0;
    for (int n = 0; n < sentences.size(); n++) {
      String sentence = sentences.get(n).replaceAll("\\s+", " ");
      Matcher m = cue.matcher(sentence);
      boolean hit = m.find();
      if (n < 2 || (hit && shown < 8)) {
        if (n >= 2) {
          shown++;
        }
        s.append(n < 2 ? "  L" : "  ").append(n + 1).append(": ")
            .append(cue.matcher(sentence.length() > 400 ? sentence.substring(0, 400) + "..." : sentence)
                .replaceAll("[$0]"))
            .append('\n');
      }
    }
    return s.toString();
  }

  /** One judged article: which sample it came from and whether the topic is the article's by the rules. */
  record Judgement(String ref, String topic, String sample, boolean yes, String reason) {}

  static List<Judgement> judgements(Path tsv) throws IOException {
    List<Judgement> out = new ArrayList<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", 5);
      if (f.length < 4 || !(f[3].equals("yes") || f[3].equals("no"))) {
        throw new IllegalArgumentException(tsv + ": a judgement needs ref, topic, sample, yes|no, reason: " + line);
      }
      out.add(new Judgement(f[0], f[1], f[2], f[3].equals("yes"), f.length > 4 ? f[4] : ""));
    }
    return out;
  }

  /**
   * Every unlabelled article whose audited topics differ between two taxonomies, with its view and its judgement
   * if the audit has one: the articles a change touches outside the judged sample are read the same way, so a
   * change read off the sample is checked on articles it was not read off.
   */
  static void diff(FacetExtractor before, FacetExtractor after, Map<String, Article> articles, Path tsv,
      PrintStream out) throws IOException {
    Map<String, Judgement> judged = new TreeMap<>();
    for (Judgement j : judgements(tsv)) {
      judged.put(j.ref() + "\t" + j.topic(), j);
    }
    articles.forEach((ref, a) -> {
      List<String> was = topics(before, a);
      List<String> now = topics(after, a);
      for (String topic : CUES.keySet()) {
        if (was.contains(topic) != now.contains(topic)) {
          Judgement j = judged.get(ref + "\t" + topic);
          out.print(view(0, (now.contains(topic) ? "+" : "-") + topic + (j == null ? " (not judged)"
              : " (judged " + (j.yes() ? "yes" : "no") + ")"), ref, a, now, CUES.get(topic)));
        }
      }
    });
  }

  /** Every judged article the taxonomy gets wrong (tagged but judged no, or judged yes but untagged), with the matches. */
  static void errors(FacetExtractor fx, Path data, Path tsv, PrintStream out) throws IOException {
    Map<String, Article> articles = unlabelled(data);
    for (Judgement j : judgements(tsv)) {
      Article a = articles.get(j.ref());
      Explanation e = fx.explain(a.title(), a.body());
      boolean now = e.assignedTopics().contains(j.topic());
      if (now == j.yes()) {
        continue;
      }
      out.printf("%n%s %s %s \"%s\" (%s)%n", now ? "WRONG" : "MISSED", j.topic(), j.ref(), a.title(), j.reason());
      for (TopicExplanation t : e.topics()) {
        if (t.topic().equals(j.topic())) {
          out.printf("  score %.1f/%.1f share %.2f/%.2f %s%n", t.score(), t.threshold(), t.share(), t.minShare(),
              t.reason());
          for (TopicExplanation.Hit h : t.hits()) {
            out.printf("      %-5s %-28s +%.1f l%d %s%n", h.place(), h.text(), h.added(), h.line(), h.note());
          }
        }
      }
    }
  }

  /**
   * Per topic: the tagged sample's precision as drawn and under this taxonomy (which of the judged are still
   * tagged, how many of those rightly), and the cue sample's positives found and negatives newly tagged.
   */
  static void score(FacetExtractor fx, Path data, Path tsv, PrintStream out) throws IOException {
    Map<String, Article> articles = unlabelled(data);
    Map<String, int[]> tally = new LinkedHashMap<>();
    for (Judgement j : judgements(tsv)) {
      Article a = articles.get(j.ref());
      if (a == null) {
        throw new IllegalArgumentException("no unlabelled article " + j.ref());
      }
      boolean now = topics(fx, a).contains(j.topic());
      int[] t = tally.computeIfAbsent(j.topic(), k -> new int[8]);
      int base = j.sample().equals("tagged") ? 0 : 4;
      t[base]++;
      t[base + 1] += j.yes() ? 1 : 0;
      t[base + 2] += now ? 1 : 0;
      t[base + 3] += now && j.yes() ? 1 : 0;
      if (now != j.sample().equals("tagged")) {
        out.printf("  changed: %s %s %s (judged %s: %s)%n", j.topic(), now ? "now tagged" : "now untagged", j.ref(),
            j.yes() ? "yes" : "no", j.reason());
      }
    }
    out.println("topic | tagged sample: judged, right -> still tagged, right (precision) | "
        + "cue sample: judged, positives -> tagged now, of them positives");
    tally.forEach((topic, t) -> out.printf("%s | %d, %d (P %.2f) -> %d, %d (P %s) | %d, %d -> %d, %d%n", topic,
        t[0], t[1], t[0] == 0 ? 0 : t[1] / (double) t[0], t[2], t[3],
        t[2] == 0 ? "-" : String.format("%.2f", t[3] / (double) t[2]), t[4], t[5], t[6], t[7]));
  }
}
