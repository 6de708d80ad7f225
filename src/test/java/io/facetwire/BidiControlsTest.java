package io.facetwire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Balancing and isolating text that holds bidirectional controls (session 15). */
class BidiControlsTest {

  @Test
  void balanceClosesWhatIsLeftOpenInnermostFirstAndDropsClosersOfNothing() {
    assertEquals("a\u202Eb\u202C", BidiControls.balance("a\u202Eb"));
    assertEquals("\u2067x\u202By\u202C\u2069", BidiControls.balance("\u2067x\u202By"));
    // A pop-isolate closes the embeddings opened inside its isolate; a pop-embedding cannot close an isolate.
    assertEquals("\u2066\u202Ea\u2069b", BidiControls.balance("\u2066\u202Ea\u2069b"));
    assertEquals("\u2066ab\u2069", BidiControls.balance("\u2066a\u202Cb"));
    assertEquals("ab", BidiControls.balance("\u2069a\u202Cb"));
  }

  @Test
  void textWithoutControlsIsLeftAsItWas() {
    String plain = "Putin \u2026 \u05E9\u05DC\u05D5\u05DD \u200F";
    assertSame(plain, BidiControls.balance(plain));
    assertEquals(null, BidiControls.balance(null));
  }

  @Test
  void isolateWrapsOnlyTextThatHoldsABidirectionalCharacter() {
    assertSame("Reuters", BidiControls.isolate("Reuters"));
    assertEquals("\u2068Wire\u202Eevil\u202C\u2069", BidiControls.isolate("Wire\u202Eevil"));
    assertEquals("\u2068\u05E9\u05DC\u05D5\u05DD\u2069", BidiControls.isolate("\u05E9\u05DC\u05D5\u05DD"));
    assertEquals("\u2068name\u200F\u2069", BidiControls.isolate("name\u200F"));
  }

  @Test
  void nestingPastTheDepthIsCutSoTheClosersStayBounded() {
    String deep = "\u202E".repeat(500) + "x";
    String balanced = BidiControls.balance(deep);
    assertEquals(BidiControls.MAX_DEPTH * 2 + 1, balanced.length());
  }
}
