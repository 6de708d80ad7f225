package io.facetwire.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * The subcommands of {@code facetwire}, and the command line for one run.
 *
 * <p>picocli reflects over every registered command (options, mixins, nested subcommands and the types
 * they name) when the command line is built. With all ten registered, that was about a third of the
 * start-up of a short command such as an {@code import} beside a running server (issue 15: the user
 * waits for it before the first byte reaches the server). A run that names its command registers only
 * that one; a run that names none, {@code help} or an unknown name registers all, so the usage, the
 * help command and picocli's "unknown command" message are what they were.
 */
final class Commands {

  /** Name → command, in the order the usage lists them (each name is its class's {@code @Command} name). */
  static final Map<String, Class<?>> ALL = all();

  private Commands() {}

  private static Map<String, Class<?>> all() {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    commands.put("serve", ServeCommand.class);
    commands.put("import", ImportCommand.class);
    commands.put("sources", SourcesCommand.class);
    commands.put("topics", TopicsCommand.class);
    commands.put("extract", ExtractCommand.class);
    commands.put("eval", EvalCommand.class);
    commands.put("mine-organisations", MineOrganisationsCommand.class);
    commands.put("enrich", EnrichCommand.class);
    commands.put("reindex", ReindexCommand.class);
    commands.put("bench", BenchCommand.class);
    commands.put("help", CommandLine.HelpCommand.class);
    return java.util.Collections.unmodifiableMap(commands);
  }

  /** {@code facetwire} with the command {@code args} name, or with all of them when they name none. */
  static CommandLine commandLine(Main main, String[] args) {
    CommandLine cli = new CommandLine(main);
    String name = LoggingSetup.commandName(args);
    Class<?> named = ALL.get(name);
    if (named != null && !"help".equals(name)) {
      cli.addSubcommand(named);
    } else {
      ALL.values().forEach(cli::addSubcommand);
    }
    return cli;
  }
}
