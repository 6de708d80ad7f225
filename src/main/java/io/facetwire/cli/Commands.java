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

  /** Name → command, in the order the usage lists them; each name is read from its class's {@code @Command}. */
  static final Map<String, Class<?>> ALL = byName(ServeCommand.class, ImportCommand.class, SourcesCommand.class,
      TopicsCommand.class, ExtractCommand.class, EvalCommand.class, MineOrganisationsCommand.class, EnrichCommand.class,
      ReindexCommand.class, BenchCommand.class, CommandLine.HelpCommand.class);

  private Commands() {}

  private static Map<String, Class<?>> byName(Class<?>... classes) {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    for (Class<?> c : classes) {
      commands.put(c.getAnnotation(CommandLine.Command.class).name(), c);
    }
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
