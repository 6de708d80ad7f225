package io.facetwire.topics;

import java.util.List;

/**
 * What an edit of one topic would change in the index: the articles that would gain the topic and
 * those that would lose it, found on {@code scanned} of the index's {@code total} articles (the newest;
 * fewer than all when the preview's cap was met), and how many tags of other topics would change with
 * it (a topic's score can move another below the {@code relative} cut).
 */
public record IndexDiff(String topic, List<ArticleRef> added, List<ArticleRef> removed, long otherChanges,
    long scanned, long total) {

  /** An article in the diff, by id and title. */
  public record ArticleRef(String id, String title) {}

  public IndexDiff {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
  }

  /** Not every article was compared: the preview stopped at its cap. */
  public boolean capped() {
    return scanned < total;
  }
}
