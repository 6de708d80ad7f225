package io.facetwire.cli;

import io.facetwire.engine.EngineUnavailableException;
import io.facetwire.engine.InvalidConfigurationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar target/facetwire.jar <command>}: serve, import, extract, eval, enrich, reindex, bench. */
@Command(name = "facetwire", mixinStandardHelpOptions = true, version = "Facetwire 0.1.0",
    description = "Full-text news search with country, person and topic facets, on Elasticsearch.",
    subcommands = {ServeCommand.class, ImportCommand.class, SourcesCommand.class, ExtractCommand.class, EvalCommand.class, EnrichCommand.class, ReindexCommand.class,
        BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new Main());
    // One clear line instead of a stack trace when Elasticsearch is not there.
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof EngineUnavailableException) {
        commandLine.getErr().println("facetwire: " + e.getMessage());
        return 3;
      }
      if (e instanceof InvalidConfigurationException || e instanceof io.facetwire.FacetwireConfig.InvalidSetting) {
        commandLine.getErr().println("facetwire: " + e.getMessage());
        return 2;
      }
      throw e;
    });
    int code = cli.execute(args);
    if (code != 0 || !"serve".equals(args.length > 0 ? args[0] : "")) {
      System.exit(code);
    }
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
