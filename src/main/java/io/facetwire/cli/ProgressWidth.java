package io.facetwire.cli;

import io.facetwire.Settings;

/**
 * How wide the import's progress bar is drawn: {@code COLUMNS} when the shell exports it, else 80.
 *
 * <p>Why not ask the terminal: without a width the progress bar library opens a JLine terminal to
 * measure it, which loads about 400 classes and runs {@code stty} in a child process. Measured on the
 * import beside a running server (issue 15): that was 0.6 s of the command's CPU, as much as the rest
 * of the command, spent on the 2 cores the server needs for the import itself.
 */
final class ProgressWidth {

  static final int DEFAULT = 80;
  /** Narrower than this the bar's counts no longer fit; such a COLUMNS is taken for a mistake. */
  static final int NARROWEST = 40;

  private ProgressWidth() {}

  /** The characters the bar may use: one less than the width, so that no terminal wraps the line. */
  static int of(Settings env) {
    String columns = env.string("COLUMNS");
    int width = DEFAULT;
    if (columns != null) {
      try {
        int parsed = Integer.parseInt(columns.strip());
        width = parsed >= NARROWEST && parsed <= 1000 ? parsed : DEFAULT;
      } catch (NumberFormatException e) {
        // Not a number: the default.
      }
    }
    return width - 1;
  }
}
