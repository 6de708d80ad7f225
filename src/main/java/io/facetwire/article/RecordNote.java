package io.facetwire.article;

/**
 * Something done to a record that was still imported, e.g. a body cut to the size limit: said in the
 * import summary so nothing changes silently.
 *
 * @param file     the input file name (or "request" for HTTP input)
 * @param location "line 12", "record 7", "NEWID 1234"
 * @param line     line number when known (1-based), otherwise 0
 * @param note     what was done, in words a user can act on
 */
public record RecordNote(String file, String location, int line, String note) {

  @Override
  public String toString() {
    return file + (location == null || location.isEmpty() ? "" : ", " + location) + ": " + note;
  }
}
