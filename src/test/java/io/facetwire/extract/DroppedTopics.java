package io.facetwire.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The default definitions with the dropped topics' file appended (docs/topics-dropped.txt), as an admin would
 * re-enable them: tests of a dropped topic's word senses run on it, so the definitions that stay available keep
 * doing what their comments say.
 */
final class DroppedTopics {

  private static FacetExtractor all;

  private DroppedTopics() {
  }

  /** topics.txt followed by docs/topics-dropped.txt, read once. */
  static synchronized FacetExtractor withDropped() {
    if (all == null) {
      try (InputStream in = DroppedTopics.class.getResourceAsStream("topics.txt")) {
        String defaults = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        String dropped = Files.readString(Path.of("docs/topics-dropped.txt"), StandardCharsets.UTF_8);
        all = FacetExtractor.withDefinitions(defaults + "\n" + dropped, "all topics");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return all;
  }
}
