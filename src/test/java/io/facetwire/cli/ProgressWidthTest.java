package io.facetwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.facetwire.Settings;
import java.lang.reflect.Field;
import java.util.Map;
import me.tongfei.progressbar.ProgressBar;
import org.junit.jupiter.api.Test;

/** The import's progress bar is drawn without opening a terminal (a JLine terminal and an stty child process). */
class ProgressWidthTest {

  @Test
  void theWidthIsColumnsWhenSensibleElseEighty() {
    assertEquals(79, ProgressWidth.of(new Settings(Map.of())));
    assertEquals(119, ProgressWidth.of(new Settings(Map.of("COLUMNS", "120"))));
    assertEquals(79, ProgressWidth.of(new Settings(Map.of("COLUMNS", "wide"))));
    assertEquals(79, ProgressWidth.of(new Settings(Map.of("COLUMNS", "12"))));
    assertEquals(79, ProgressWidth.of(new Settings(Map.of("COLUMNS", "99999"))));
  }

  @Test
  void drawingTheImportsBarOpensNoTerminal() throws Exception {
    try (ProgressBar bar = ImportCommand.progressBar(10L << 20)) {
      bar.stepTo(5L << 20);
      bar.refresh();
      // The library keeps the terminal it opened to measure the width in this field until the bar closes.
      Class<?> terminals = Class.forName("me.tongfei.progressbar.TerminalUtils");
      Field terminal = terminals.getDeclaredField("terminal");
      terminal.setAccessible(true);
      assertNull(terminal.get(null), "no terminal opened to measure the width");
    }
  }
}
