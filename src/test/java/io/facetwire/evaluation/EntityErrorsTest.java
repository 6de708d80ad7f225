package io.facetwire.evaluation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The error reader looks only into opened parts: test47 is open now, the held-out test48 never is. */
class EntityErrorsTest {

  @Test
  void opensTheEightTunedParts() {
    for (String name : new String[] {"dev-2026.jsonl", "dev-keys-2026.jsonl", "test-2026.jsonl",
        "test-keys-2026.jsonl", "test2-2026.jsonl", "test3-2026.jsonl", "test4-2026.jsonl", "test5-2026.jsonl", "test6-2026.jsonl", "test7-2026.jsonl", "test8-2026.jsonl", "test9-2026.jsonl", "test10-2026.jsonl", "test11-2026.jsonl", "test12-2026.jsonl", "test13-2026.jsonl", "test14-2026.jsonl", "test15-2026.jsonl", "test16-2026.jsonl", "test17-2026.jsonl", "test28-2026.jsonl", "test29-2026.jsonl", "test30-2026.jsonl", "test31-2026.jsonl", "test32-2026.jsonl", "test33-2026.jsonl", "test34-2026.jsonl", "test35-2026.jsonl", "test36-2026.jsonl", "test37-2026.jsonl", "test38-2026.jsonl", "test38-keys-2026.jsonl", "test39-2026.jsonl", "test40-2026.jsonl", "test41-2026.jsonl", "test42-2026.jsonl", "test43-2026.jsonl", "test44-2026.jsonl", "test45-2026.jsonl", "test46-2026.jsonl", "test47-2026.jsonl"}) {
      assertDoesNotThrow(() -> EntityErrors.requireOpenedPart(Path.of("src/test/resources/labels", name)), name);
    }
  }

  @Test
  void refusesTheHeldOutPartAndAnyOtherFile() {
    for (String name : new String[] {"test48-2026.jsonl", "test48-keys-2026.jsonl", "holdout-bbc.jsonl", "test49-2027.jsonl", "test-news32.jsonl"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> EntityErrors.requireOpenedPart(Path.of("/somewhere", name)), name);
      assertTrue(e.getMessage().contains(name), e.getMessage());
    }
  }

  @Test
  void refusesTheHeldOutPartBeforeReadingAnything() {
    // The check comes before any label or corpus file is opened: a missing data folder does not matter.
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EntityErrors.main(new String[] {"/no/such/data", "/no/such/test48-2026.jsonl", "person"}));
    assertTrue(e.getMessage().contains("test48-2026.jsonl"), e.getMessage());
  }
}
