package io.facetwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A run registers only the command it names (picocli's reflection over all ten was a third of a short
 * command's start-up); everything a user sees without naming one is unchanged.
 */
class CommandsTest {

  @Test
  void everyNameIsItsCommandsOwnName() {
    for (Map.Entry<String, Class<?>> command : Commands.ALL.entrySet()) {
      assertEquals(command.getKey(), new CommandLine(command.getValue()).getCommandName());
    }
  }

  @Test
  void aRunThatNamesItsCommandRegistersOnlyThatOne() {
    assertEquals(List.of("import"), names("import", "--no-progress", "a.sgm"));
    assertEquals(List.of("import"), names("--log-format", "json", "import", "serve"));
    assertEquals(List.of("eval"), names("eval", "--part", "test16"));
  }

  @Test
  void aRunThatNamesNoneOrHelpOrAnUnknownOneSeesThemAll() {
    List<String> all = List.copyOf(Commands.ALL.keySet());
    assertEquals(all, names());
    assertEquals(all, names("--help"));
    assertEquals(all, names("help", "import"));
    assertEquals(all, names("nosuch"));
  }

  @Test
  void theUsageAndTheErrorsAreWhatTheyWere() {
    StringWriter usage = new StringWriter();
    Commands.commandLine(new Main(), new String[] {"--help"}).setOut(new PrintWriter(usage)).execute("--help");
    for (String name : Commands.ALL.keySet()) {
      assertTrue(usage.toString().contains("  " + name + " "), name + " listed: " + usage);
    }
    StringWriter help = new StringWriter();
    String[] helpImport = {"help", "import"};
    Commands.commandLine(new Main(), helpImport).setOut(new PrintWriter(help)).execute(helpImport);
    assertTrue(help.toString().contains("--no-progress"), help.toString());
    StringWriter err = new StringWriter();
    String[] unknown = {"nosuch"};
    int code = Commands.commandLine(new Main(), unknown).setErr(new PrintWriter(err)).execute(unknown);
    assertNotEquals(0, code);
    assertTrue(err.toString().contains("Unmatched argument"), err.toString());
  }

  private static List<String> names(String... args) {
    return List.copyOf(Commands.commandLine(new Main(), args).getSubcommands().keySet());
  }
}
