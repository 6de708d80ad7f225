package io.facetwire.bench;

import java.io.PrintStream;

/** Progress lines on stderr with the seconds since the benchmark began, so stdout keeps the table. */
final class PrintLogger {

  private final PrintStream out;
  private final long start = System.nanoTime();

  PrintLogger(PrintStream out) {
    this.out = out;
  }

  void line(String message) {
    out.printf("[%6.1f s] %s%n", (System.nanoTime() - start) / 1e9, message);
  }
}
