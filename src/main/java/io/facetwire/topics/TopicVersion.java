package io.facetwire.topics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One saved version of the topic definitions: the whole file's text (so any version can be used again
 * alone), who saved it, when, and why. Version 0 is the definition file the server started with; the
 * file the saved versions started from is stored as kind {@code shipped} ({@link ShippedTopics}). A revert is a new version with an old one's text and {@code revertOf} naming it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TopicVersion(String kind, int number, String text, String author, Instant createdAt, String note,
    Integer revertOf) {

  static final String KIND = "version";

  static TopicVersion of(int number, String text, String author, Instant createdAt, String note, Integer revertOf) {
    return new TopicVersion(KIND, number, text, author, createdAt, note, revertOf);
  }
}
