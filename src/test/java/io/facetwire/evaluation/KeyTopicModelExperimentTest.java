package io.facetwire.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The experiment reads the opened parts only: the held-out part in the folder is named and left unread. */
class KeyTopicModelExperimentTest {

  @TempDir
  Path dir;

  @Test
  void theHeldOutPartIsLeftOutUnread() throws Exception {
    Files.writeString(dir.resolve("dev-tiny.jsonl"),
        "{\"resource\": \"/demo/us-embassy-staff-cut.txt\", \"topics\": [\"sanctions\"]}\n");
    Files.writeString(dir.resolve("test48-2026.jsonl"), "not JSON: reading it would fail\n");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    KeyTopicModelExperiment.run(new String[] {dir.toString(), dir.toString(), "--bootstrap=0"},
        new PrintStream(printed, true, StandardCharsets.UTF_8));
    String out = printed.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("left out, never read: test48-2026.jsonl is a held-out part"), out);
    assertTrue(out.contains("1 labelled articles in 1 opened parts"), out);
    assertTrue(out.contains("sanctions            1 labelled"), out);
  }
}
