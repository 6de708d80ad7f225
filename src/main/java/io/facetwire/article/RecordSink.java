package io.facetwire.article;

/** Receives what a reader finds, one record at a time, so big files stream instead of loading whole. */
public interface RecordSink {

  /** A record that was read successfully; {@code location} says where it was (e.g. "line 3"). */
  void accept(Article article, String location);

  /** A record that could not be read; reading goes on with the next record. */
  void reject(RecordError error);
}
