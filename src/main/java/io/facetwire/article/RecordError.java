package io.facetwire.article;

/**
 * A record that could not be read or indexed, with where it was and why.
 *
 * @param file     the input file name (or "request" for HTTP input)
 * @param location human-readable position inside it: "line 12", "record 7", "NEWID 1234"
 * @param line     line number when known (1-based), otherwise 0
 * @param reason   what was wrong, in words a user can act on
 */
public record RecordError(String file, String location, int line, String reason) {

  @Override
  public String toString() {
    return file + (location == null || location.isEmpty() ? "" : ", " + location) + ": " + reason;
  }
}
