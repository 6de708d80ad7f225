package io.facetwire.cli;

import io.facetwire.Facetwire;
import io.facetwire.sources.Sources;
import io.facetwire.sources.poll.PollReport;
import io.facetwire.sources.store.Source;
import io.facetwire.sources.store.SourceActivity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code facetwire sources add|list|remove|pause|resume|poll}: the admin's live sources from a shell. */
@Command(name = "sources", mixinStandardHelpOptions = true,
    description = {"Manage live sources: feeds (RSS, Atom, JSON Feed) and news sitemaps that the server polls.",
        "Whoever can run this command on the server's data folder or cluster is an admin of it."},
    subcommands = {SourcesCommand.Add.class, SourcesCommand.ListSources.class, SourcesCommand.Remove.class,
        SourcesCommand.Pause.class, SourcesCommand.Resume.class, SourcesCommand.Poll.class})
final class SourcesCommand implements Runnable {

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a feed or news sitemap; its first poll is due at once.")
  static final class Add implements Callable<Integer> {
    @Mixin
    DataDirOptions data;

    @Parameters(index = "0", paramLabel = "URL", description = "address of the feed or sitemap")
    String url;

    @Option(names = "--name", required = true, description = "shown as the source of its articles")
    String name;

    @Option(names = "--interval", paramLabel = "MINUTES", description = "poll interval in minutes (default 15)")
    int interval = Source.DEFAULT_INTERVAL_MINUTES;

    @Override
    public Integer call() {
      // Checked before Elasticsearch is opened, so a typo costs no node start.
      String problem = Sources.problemWith(name, url, interval,
          io.facetwire.sources.SourcesConfig.from(io.facetwire.Settings.system()).fetch().allowPrivate());
      if (problem != null) {
        System.err.println("facetwire: " + problem);
        return 1;
      }
      try (Facetwire facetwire = data.open()) {
        Source s = facetwire.sources().add(name, url, interval, "cli");
        System.out.println("Added " + s.name() + " (" + s.id() + "), polled every " + s.intervalMinutes() + " min.");
        return 0;
      } catch (Sources.InvalidSource e) {
        System.err.println("facetwire: " + e.getMessage());
        return 1;
      }
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the sources with their status.")
  static final class ListSources implements Callable<Integer> {
    @Mixin
    DataDirOptions data;

    @Override
    public Integer call() {
      try (Facetwire facetwire = data.open()) {
        List<Source> all = facetwire.sources().store().list();
        Map<String, SourceActivity.Counts> counts = facetwire.sources().activity()
            .byName(all.stream().map(Source::name).toList());
        if (all.isEmpty()) {
          System.out.println("No sources. Add one with: facetwire sources add URL --name NAME");
        }
        for (Source s : all) {
          SourceActivity.Counts c = counts.getOrDefault(s.name(), SourceActivity.Counts.NONE);
          System.out.printf("%s  %s%s  every %d min  %s%n    last fetch %s, next poll %s, articles: %d last day, %d last week%n",
              s.id(), s.name(), s.paused() ? " (paused)" : "", s.intervalMinutes(), s.url(),
              s.lastFetchAt() == null ? "never" : s.lastFetchAt(), s.paused() ? "-" : s.nextPollAt(), c.lastDay(), c.lastWeek());
          if (s.lastError() != null) {
            System.out.println("    " + (s.failing() ? "ERROR (" + s.failures() + " in a row): " : "note: ") + s.lastError());
          }
        }
        return 0;
      }
    }
  }

  abstract static class OneSource implements Callable<Integer> {
    @Mixin
    DataDirOptions data;

    @Parameters(index = "0", paramLabel = "SOURCE", description = "id, address or name of the source")
    String key;

    abstract String act(Facetwire facetwire, Source source);

    @Override
    public Integer call() {
      try (Facetwire facetwire = data.open()) {
        Optional<Source> found = facetwire.sources().store().find(key);
        if (found.isEmpty()) {
          System.err.println("facetwire: no source " + key + " (see: facetwire sources list)");
          return 1;
        }
        System.out.println(act(facetwire, found.get()));
        return 0;
      }
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a source (its articles stay).")
  static final class Remove extends OneSource {
    @Override
    String act(Facetwire facetwire, Source source) {
      facetwire.sources().store().remove(source.id());
      return "Removed " + source.name() + "; its articles stay searchable.";
    }
  }

  @Command(name = "pause", mixinStandardHelpOptions = true, description = "Stop polling a source until resumed.")
  static final class Pause extends OneSource {
    @Override
    String act(Facetwire facetwire, Source source) {
      facetwire.sources().store().setPaused(source.id(), true);
      return "Paused " + source.name() + ".";
    }
  }

  @Command(name = "resume", mixinStandardHelpOptions = true, description = "Poll a paused source again (at once).")
  static final class Resume extends OneSource {
    @Override
    String act(Facetwire facetwire, Source source) {
      facetwire.sources().store().setPaused(source.id(), false);
      return "Resumed " + source.name() + ".";
    }
  }

  @Command(name = "poll", mixinStandardHelpOptions = true,
      description = "Poll every due source now, from this process, and print what each poll did.")
  static final class Poll implements Callable<Integer> {
    @Mixin
    DataDirOptions data;

    @Override
    public Integer call() {
      try (Facetwire facetwire = data.open()) {
        List<PollReport> reports = facetwire.sources().scheduler().pollDueNow();
        for (PollReport r : reports) {
          System.out.println(r.sourceId() + ": " + (r.ok() ? (r.notModified() ? "not modified"
              : r.items() + " items, " + r.indexed() + " new, " + r.unchanged() + " known, " + r.itemErrors().size() + " item errors")
              : "ERROR " + r.error()));
        }
        facetwire.alerts().awaitIdle(java.time.Duration.ofSeconds(60));
        System.out.println(reports.size() + " sources polled.");
        return 0;
      }
    }
  }
}
