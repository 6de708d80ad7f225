package io.facetwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelPartsTest {

  @Test
  void eachLabelFileBelongsToItsPart() {
    assertEquals("dev", LabelParts.of(Path.of("labels/dev-keys-2026.jsonl")));
    assertEquals("test", LabelParts.of(Path.of("labels/test-2026.jsonl")));
    assertEquals("test2", LabelParts.of(Path.of("labels/test2-2026.jsonl")));
    assertEquals("test3", LabelParts.of(Path.of("labels/test3-2026.jsonl")));
    assertEquals("test4", LabelParts.of(Path.of("labels/test4-2026.jsonl")));
    assertEquals("test5", LabelParts.of(Path.of("labels/test5-2027.jsonl")), "a later held-out part is its own part");
    assertEquals("earlier", LabelParts.of(Path.of("labels/holdout-bbc.jsonl")));
    assertEquals("earlier", LabelParts.of(Path.of("labels/seed.jsonl")));
  }

  @Test
  void partsAreReportedEarlierDevTestThenTheHeldOutPartsByNumber() {
    List<String> parts = new ArrayList<>(List.of("test10", "test2", "dev", "test4", "earlier", "test", "test3"));
    parts.sort(LabelParts.ORDER);
    assertEquals(List.of("earlier", "dev", "test", "test2", "test3", "test4", "test10"), parts);
  }
}
