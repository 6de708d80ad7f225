package io.facetwire.cli;

import io.facetwire.Facetwire;
import io.facetwire.extract.DefinitionException;
import io.facetwire.topics.RetagState;
import io.facetwire.topics.TopicAdmin;
import io.facetwire.topics.TopicVersion;
import io.facetwire.topics.TopicVersionStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code facetwire topics list|show|set FILE|revert N}: the versions of the topic definitions that
 * {@code /admin/topics} edits, from a shell. A save or revert re-tags the index here, unless a running
 * server is already doing it (then that server finishes it).
 */
@Command(name = "topics", mixinStandardHelpOptions = true,
    description = {"The topic definitions in use and their versions (as /admin/topics shows them).",
        "Whoever can run this command on the server's data folder or cluster is an admin of it."},
    subcommands = {TopicsCommand.ListTopics.class, TopicsCommand.Show.class, TopicsCommand.Set.class,
        TopicsCommand.Revert.class})
final class TopicsCommand implements Runnable {

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "The topics in use with their article counts, the versions, and the re-tag's state.")
  static final class ListTopics implements Callable<Integer> {
    @Mixin
    DataDirOptions data;

    @Override
    public Integer call() {
      try (Facetwire facetwire = data.open()) {
        TopicAdmin topics = facetwire.topics();
        System.out.println("Version in use: " + topics.live().current().version());
        topics.topics().forEach(t -> System.out.printf("  %-24s %,d articles%n", t.name(), t.articles()));
        System.out.println("Versions (newest first):");
        for (TopicVersion v : topics.versions().list(TopicVersionStore.LISTED)) {
          System.out.printf("  %d  %s  %s  %s%n", v.number(), v.createdAt(), v.author(), v.note());
        }
        System.out.println("  0  the definition file (built-in topics.txt or FACETWIRE_TAXONOMY)");
        System.out.println(words(topics.versions().retagState()));
        return 0;
      }
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "Print the text of a version.")
  static final class Show implements Callable<Integer> {
    @Mixin
    DataDirOptions data;

    @Parameters(index = "0", arity = "0..1", paramLabel = "N", description = "version (default: the one in use)")
    Integer number;

    @Override
    public Integer call() {
      try (Facetwire facetwire = data.open()) {
        TopicAdmin topics = facetwire.topics();
        int n = number == null ? topics.live().current().version() : number;
        String text = n == 0 ? topics.live().base().topicsText()
            : topics.versions().get(n).map(TopicVersion::text).orElse(null);
        if (text == null) {
          System.err.println("facetwire: there is no version " + n);
          return 1;
        }
        System.out.print(text);
        return 0;
      }
    }
  }

  @Command(name = "set", mixinStandardHelpOptions = true,
      description = "Check FILE (a whole definition file) and save it as a new version; then re-tag the index.")
  static final class Set implements Callable<Integer> {
    @Mixin
    DataDirOptions data;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--note", description = "why, for the version list")
    String note;

    @Override
    public Integer call() throws IOException {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      try {
        // Checked before Elasticsearch is opened, so a typo costs no node start.
        io.facetwire.extract.FacetExtractor.withDefinitions(text, file.toString());
      } catch (DefinitionException e) {
        System.err.println("facetwire: " + e.getMessage() + " (nothing saved)");
        return 1;
      }
      try (Facetwire facetwire = data.open()) {
        TopicVersion v = facetwire.topics().saveFile(text, "cli", note);
        System.out.println("Saved version " + v.number() + ".");
        return retag(facetwire.topics());
      } catch (DefinitionException e) {
        System.err.println("facetwire: " + file + ":" + e.line() + ": " + e.reason() + " (nothing saved)");
        return 1;
      } catch (io.facetwire.topics.DefinitionCost.TooCostly e) {
        System.err.println("facetwire: " + file + ": " + e.getMessage() + " (nothing saved)");
        return 1;
      }
    }
  }

  @Command(name = "revert", mixinStandardHelpOptions = true,
      description = "Save a new version equal to version N (0: the definition file); then re-tag the index.")
  static final class Revert implements Callable<Integer> {
    @Mixin
    DataDirOptions data;

    @Parameters(index = "0", paramLabel = "N")
    int number;

    @Override
    public Integer call() {
      try (Facetwire facetwire = data.open()) {
        TopicVersion v = facetwire.topics().revert(number, "cli");
        System.out.println("Saved version " + v.number() + " (equal to version " + number + ").");
        return retag(facetwire.topics());
      } catch (IllegalArgumentException e) {
        System.err.println("facetwire: " + e.getMessage());
        return 1;
      }
    }
  }

  private static int retag(TopicAdmin topics) {
    RetagState state = topics.retagger().runToEnd();
    System.out.println(words(state));
    return 0;
  }

  private static String words(RetagState s) {
    if (!s.pending()) {
      return "The index is tagged with version " + s.tagged() + ".";
    }
    return String.format(java.util.Locale.ROOT, "Re-tag to version %d under way (%,d of %,d articles read)%s.",
        s.target(), s.read(), s.total(), s.owner() == null ? "" : " by a server, which finishes it");
  }
}
