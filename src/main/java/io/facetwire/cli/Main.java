package io.facetwire.cli;

import io.facetwire.InvalidSetting;
import io.facetwire.engine.EngineUnavailableException;
import io.facetwire.engine.InvalidConfigurationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code java -jar target/facetwire.jar <command>}: the commands are listed in {@link Commands}. */
@Command(name = "facetwire", mixinStandardHelpOptions = true, version = "Facetwire 0.1.0",
    description = "Full-text news search with country, person and topic facets, on Elasticsearch.")
public final class Main implements Runnable {

  /** Read by {@link LoggingSetup} before picocli runs; declared here so every command accepts it. */
  @Option(names = "--log-format", paramLabel = "text|json", scope = ScopeType.INHERIT,
      description = "Log lines as text or as JSON objects (default: $FACETWIRE_LOG_FORMAT or text).")
  String logFormat;

  public static void main(String[] args) {
    try {
      // serve without a heap size: the server runs in a child JVM with one (ServerHeap), this one waits.
      int relaunched = ServerRelaunch.runIfNeeded(args, io.facetwire.Settings.system());
      if (relaunched >= 0) {
        System.exit(relaunched);
      }
      ServerRelaunch.stopWithLauncher(io.facetwire.Settings.system());
      // Before the first logger exists: the format and levels are system properties log4j2.xml reads.
      LoggingSetup.configure(args, io.facetwire.Settings.system());
    } catch (InvalidSetting e) {
      System.err.println("facetwire: " + e.getMessage());
      System.exit(2);
    }
    // Only the command the arguments name is registered: picocli reflects over every one it is given.
    CommandLine cli = Commands.commandLine(new Main(), args);
    // One clear line instead of a stack trace when Elasticsearch is not there or a setting is wrong.
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof EngineUnavailableException) {
        commandLine.getErr().println("facetwire: " + e.getMessage());
        return 3;
      }
      if (e instanceof InvalidConfigurationException || e instanceof InvalidSetting) {
        commandLine.getErr().println("facetwire: " + e.getMessage());
        return 2;
      }
      if (e instanceof io.javalin.util.JavalinBindException) {
        commandLine.getErr().println("facetwire: " + e.getMessage());
        return 2;
      }
      throw e;
    });
    int code = cli.execute(args);
    if (code != 0 || !"serve".equals(LoggingSetup.commandName(args))) {
      System.exit(code);
    }
  }

  @Override
  public void run() {
    Commands.commandLine(this, new String[0]).usage(System.out);
  }
}
