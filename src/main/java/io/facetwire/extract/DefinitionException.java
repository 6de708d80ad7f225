package io.facetwire.extract;

/**
 * A topic definition file (or another bundled list read at start-up, such as organisations.tsv) that cannot be
 * used: names the file, the line and the reason, e.g.
 * {@code topics.txt:12: "near" needs a number of words, as in "near 10: computer"}. Nothing of a file
 * with an error is used.
 */
public final class DefinitionException extends IllegalArgumentException {

  private final String source;
  private final int line;
  private final String reason;

  DefinitionException(String source, int line, String reason) {
    super(source + ":" + line + ": " + reason);
    this.source = source;
    this.line = line;
    this.reason = reason;
  }

  public String source() {
    return source;
  }

  /** 1-based line number of the offending line. */
  public int line() {
    return line;
  }

  public String reason() {
    return reason;
  }
}
