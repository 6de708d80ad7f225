package io.facetwire.cli;

import io.facetwire.article.Article;
import io.facetwire.article.ArticleReaders;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordError;
import io.facetwire.article.RecordSink;
import io.facetwire.evaluation.LabelledSets;
import io.facetwire.extract.OrganisationMiner;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code facetwire mine-organisations}: writes organisations-mined.tsv from the shipped corpora (the BBC
 * files, Reuters-21578 and the Wikinews demo), leaving out every article a label set names, so that the
 * labelled parts measure the list on text it was not mined from, and every article an {@code --exclude} list
 * names (a held-out part being labelled on another branch, whose labels are not in this folder yet).
 */
@Command(name = "mine-organisations", mixinStandardHelpOptions = true,
    description = {"Mine organisation names from the unlabelled articles of the shipped corpora (what other",
        "articles call a firm or body: cue words, company forms, Reuters' <bracketed> names) into the",
        "list the organization facet reads. Articles named by any *.jsonl in the labels folder, or in a",
        "--exclude list (a held-out part labelled elsewhere), are skipped.",
        "Needs no Elasticsearch."})
final class MineOrganisationsCommand implements Callable<Integer> {

  @Option(names = "--data", paramLabel = "DIR", description = "Shared data folder (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data");

  @Option(names = "--labels", paramLabel = "DIR",
      description = "Folder of *.jsonl label sets whose articles are left out (default: ${DEFAULT-VALUE}).")
  Path labels = Path.of("src/test/resources/labels");

  @Option(names = "--exclude", paramLabel = "LIST.jsonl", split = ",",
      description = {"Files of article references in the labels' form whose articles are left out too: a held-out",
          "part labelled elsewhere, which must not be mined (e.g. /work/notes/s13/labels-sample/test11-list.jsonl)."})
  List<Path> exclude = List.of();

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the list (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("src/main/resources/io/facetwire/extract/organisations-mined.tsv");

  @Option(names = "--min-articles", paramLabel = "N",
      description = "Articles a name needs evidence in (default: ${DEFAULT-VALUE}).")
  int minArticles = 3;

  @Option(names = "--min-share", paramLabel = "X",
      description = "Least share of the articles a name stands in that must say it is an organisation (default: ${DEFAULT-VALUE}).")
  double minShare = 0.5;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    try {
      return mine();
    } catch (IOException e) {
      spec.commandLine().getErr().println("facetwire mine-organisations: " + e.getMessage());
      return 2;
    }
  }

  private int mine() throws IOException {
    PrintWriter log = spec.commandLine().getOut();
    Set<String> labelled = new HashSet<>(LabelledSets.references(labels));
    for (Path list : exclude) {
      if (!Files.isRegularFile(list)) {
        throw new IOException("no list of articles to leave out " + list);
      }
      labelled.addAll(LabelledSets.referencesIn(list));
    }
    OrganisationMiner miner = OrganisationMiner.create();
    int[] read = new int[2];
    for (Path file : corpusFiles()) {
      String relative = data.relativize(file).toString().replace('\\', '/');
      try (InputStream in = Files.newInputStream(file)) {
        mine(in, file.getFileName().toString(), a -> LabelledSets.reference(a, relative), labelled, miner, read);
      }
    }
    for (String csv : List.of("wikinews_2019.csv", "wikinews_2020.csv")) {
      try (InputStream in = MineOrganisationsCommand.class.getResourceAsStream("/demo/" + csv)) {
        if (in != null) {
          mine(in, csv, a -> LabelledSets.reference(a, null), labelled, miner, read);
        }
      }
    }
    List<OrganisationMiner.MinedName> names = miner.names(minArticles, minShare);
    List<String> lines = new ArrayList<>();
    lines.add("# Organisation names mined by `facetwire mine-organisations --min-articles " + minArticles + " --min-share " + minShare + "` from "
        + read[0] + " unlabelled articles");
    lines.add("# (BBC, Reuters-21578, Wikinews demo; " + read[1] + " labelled articles left out). Columns: name,");
    lines.add("# articles with evidence, kinds of evidence (cue, form, bracket), articles the name stands in as a whole");
    lines.add("# capitalised run. Regenerate, do not edit by hand.");
    for (OrganisationMiner.MinedName n : names) {
      lines.add(n.name() + "\t" + n.articles() + "\t" + String.join(",", n.kinds()) + "\t" + n.standing());
    }
    Files.write(out, lines, StandardCharsets.UTF_8);
    log.printf("Read %d articles (%d labelled ones left out); wrote %d names to %s%n", read[0], read[1], names.size(), out);
    return 0;
  }

  private interface LabelKey {
    String of(Article a);
  }

  private static void mine(InputStream in, String fileName, LabelKey key, Set<String> labelled,
      OrganisationMiner miner, int[] read) throws IOException {
    ArticleReaders.forFile(fileName).read(in, fileName, ReadOptions.NONE, new RecordSink() {
      @Override
      public void accept(Article a, String location) {
        if (labelled.contains(key.of(a))) {
          read[1]++;
        } else {
          miner.add(a.title(), a.body());
          read[0]++;
        }
      }

      @Override
      public void reject(RecordError error) {
        // A record the import would reject has nothing to mine.
      }
    });
  }

  /** The BBC text files and the Reuters .sgm files under the data folder. */
  private List<Path> corpusFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String corpus : List.of("bbc-news", "reuters21578")) {
      Path dir = data.resolve(corpus);
      if (!Files.isDirectory(dir)) {
        throw new IOException("no corpus folder " + dir);
      }
      try (Stream<Path> s = Files.walk(dir)) {
        s.filter(Files::isRegularFile)
            .filter(p -> corpus.equals("bbc-news") ? !p.getParent().equals(dir) && p.toString().endsWith(".txt")
                : p.toString().endsWith(".sgm"))
            .sorted().forEach(files::add);
      }
    }
    return files;
  }
}
