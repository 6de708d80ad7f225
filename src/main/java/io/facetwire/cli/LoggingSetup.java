package io.facetwire.cli;

import io.facetwire.InvalidSetting;
import io.facetwire.Settings;
import java.util.Locale;
import java.util.Set;

/**
 * Chooses what {@code log4j2.xml} does, before log4j starts: the format ({@code --log-format},
 * {@code FACETWIRE_LOG_FORMAT}: text or json) and the level of Facetwire's own loggers
 * ({@code FACETWIRE_LOG_LEVEL}; by default INFO for {@code serve}, WARN for the other commands, which
 * print their own summaries) and of Elasticsearch's ({@code FACETWIRE_ES_LOG_LEVEL}, default WARN).
 * Logs go to standard error, so a command's output on standard output stays clean.
 */
final class LoggingSetup {

  static final String FORMAT = "facetwire.log.format";
  static final String LEVEL = "facetwire.log.level";
  static final String ES_LEVEL = "facetwire.es.log";
  static final String CONFIGURATION_FILE = "log4j2.configurationFile";
  private static final Set<String> LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF");

  private LoggingSetup() {}

  static void configure(String[] args, Settings env) {
    String flag = flagValue(args, "--log-format");
    String format = (flag != null ? flag : env.string("FACETWIRE_LOG_FORMAT", "text")).toLowerCase(Locale.ROOT);
    if (!format.equals("text") && !format.equals("json")) {
      throw new InvalidSetting((flag != null ? "--log-format" : "FACETWIRE_LOG_FORMAT")
          + " must be text or json, got '" + format + "'");
    }
    System.setProperty(FORMAT, format);
    // Ours, not the log4j2-test.properties that Elasticsearch's test-framework jar (on the classpath
    // for MockPluginsService) brings and that log4j would otherwise prefer. An operator's own file wins.
    if (System.getProperty(CONFIGURATION_FILE) == null) {
      System.setProperty(CONFIGURATION_FILE, "classpath:log4j2.xml");
    }
    String fallback = "serve".equals(commandName(args)) ? "INFO" : "WARN";
    System.setProperty(LEVEL, level(env, "FACETWIRE_LOG_LEVEL", fallback));
    System.setProperty(ES_LEVEL, level(env, "FACETWIRE_ES_LOG_LEVEL", "WARN"));
  }

  private static String level(Settings env, String name, String fallback) {
    String v = env.string(name, fallback).toUpperCase(Locale.ROOT);
    if (!LEVELS.contains(v)) {
      throw new InvalidSetting(name + " must be one of " + LEVELS + ", got '" + v + "'");
    }
    return v;
  }

  /** The subcommand: the first argument that is not an option or an option's value. */
  static String commandName(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--log-format")) {
        i++;
      } else if (!args[i].startsWith("-")) {
        return args[i];
      }
    }
    return "";
  }

  private static String flagValue(String[] args, String name) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals(name) && i + 1 < args.length) {
        return args[i + 1];
      }
      if (args[i].startsWith(name + "=")) {
        return args[i].substring(name.length() + 1);
      }
    }
    return null;
  }
}
