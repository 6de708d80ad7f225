package io.facetwire.article;

/** Receives what a reader finds, one record at a time, so big files stream instead of loading whole. */
public interface RecordSink {

  /** A record that was read successfully; {@code location} says where it was (e.g. "line 3"). */
  void accept(Article article, String location);

  /** A record that could not be read; reading goes on with the next record. */
  void reject(RecordError error);

  /**
   * A sink that hands each article read to {@code accept} and drops the records that could not be read: for readers
   * of corpora and label sets that were read whole before (a rejected record there is simply not an article).
   */
  static RecordSink skippingRejects(java.util.function.Consumer<Article> accept) {
    return new RecordSink() {
      @Override
      public void accept(Article article, String location) {
        accept.accept(article);
      }

      @Override
      public void reject(RecordError error) {
      }
    };
  }
}
