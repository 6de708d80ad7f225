package io.facetwire.article;

import java.time.Instant;

/**
 * What the user told the import about its input, for values the records themselves may lack.
 *
 * <p>Plain text files usually carry neither source nor date, so the CLI's {@code --source} and
 * {@code --date} flags land here. Every reader uses them only as defaults: a value inside the record
 * (front matter, a CSV column, a JSON field) always wins, because it is more specific.
 *
 * @param source      default source name, or null
 * @param publishedAt default publication time, or null
 */
public record ReadOptions(String source, Instant publishedAt) {

  /** No defaults: records keep exactly what they hold. */
  public static final ReadOptions NONE = new ReadOptions(null, null);

  public ReadOptions {
    // A blank --source is as good as none; normalising here saves every reader the check.
    source = source == null || source.isBlank() ? null : source.strip();
  }

  /** The record's own source if it has one, else the default. */
  String sourceOr(String fromRecord) {
    return fromRecord != null && !fromRecord.isBlank() ? fromRecord.strip() : source;
  }

  /** The record's own date if it has one, else the default. */
  Instant publishedAtOr(Instant fromRecord) {
    return fromRecord != null ? fromRecord : publishedAt;
  }
}
