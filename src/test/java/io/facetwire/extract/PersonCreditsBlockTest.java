package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Session 39, from news37's development half, without a server: a review's credits block puts each field on a line of
 * its own with no full stop, and the next line's label is no part of the name before it ("Music: Daniel Kwon" then
 * "Running time: 128 minutes" named "Daniel Kwon Running" on session 38's end jar). A wrapped line of wire prose that
 * opens like a label, after a line that does not, still continues its sentence.
 */
class PersonCreditsBlockTest {

  @Test
  void aCreditsFieldEndsAtItsLine() {
    String body = """
        The film is a sharp debut for its young lead, and a fine piece of work from its composer.

        Credits:
        Director: Yoon Ha-neul
        Music: Daniel Kwon
        Running time: 128 minutes
        """;
    assertEquals("Daniel Kwon; Yoon Ha-neul", persons("Keystroke review", body));
  }

  @Test
  void aWrappedLineOfProseStaysInItsSentence() {
    String body = """
        WASHINGTON, March 1 - Senator John Smith told the Senate Armed
        Services Committee: "I would not bet any money on it," and left.
        """;
    assertEquals("John Smith", persons("SENATOR DOUBTS NOMINATION", body));
  }
}
