package io.facetwire.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The framing the import command uses to hand whole files to a running server. */
class FileStreamTest {

  @Test
  void filesComeBackWithTheirNamesAndExactBytesWhateverTheirSize() throws IOException {
    byte[] big = new byte[200_000];  // more than three chunks
    new Random(7).nextBytes(big);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("a.jsonl", "{\"title\":\"x\"}\n".getBytes(StandardCharsets.UTF_8));
    files.put("empty.txt", new byte[0]);
    files.put("dir/naïve name.sgm", big);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(body);
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      FileStream.writeFile(out, f.getKey(), new ByteArrayInputStream(f.getValue()));
    }
    Map<String, byte[]> received = new LinkedHashMap<>();
    FileStream.readFiles(new ByteArrayInputStream(body.toByteArray()),
        (name, content) -> received.put(name, content.readAllBytes()));
    assertEquals(List.copyOf(files.keySet()), List.copyOf(received.keySet()));
    for (String name : files.keySet()) {
      assertArrayEquals(files.get(name), received.get(name), name);
    }
  }

  @Test
  void whatAHandlerLeavesUnreadIsSkippedAndTheNextFileStillArrives() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(body);
    FileStream.writeFile(out, "first", new ByteArrayInputStream(new byte[100_000]));
    FileStream.writeFile(out, "second", new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8)));
    List<String> seen = new ArrayList<>();
    FileStream.readFiles(new ByteArrayInputStream(body.toByteArray()), (name, content) -> {
      seen.add(name + ":" + (char) content.read());  // reads one byte only
    });
    assertEquals(List.of("first:\0", "second:h"), seen);
  }

  @Test
  void aFileThatCannotBeReadToItsEndFailsAloneWithTheReason() throws IOException {
    InputStream breaksAfterFiveBytes = new InputStream() {
      int n;

      @Override
      public int read() throws IOException {
        if (n++ >= 5) {
          throw new IOException("disk gone");
        }
        return 'x';
      }
    };
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(body);
    FileStream.writeFile(out, "broken", breaksAfterFiveBytes);
    FileStream.writeFile(out, "fine", new ByteArrayInputStream("ok".getBytes(StandardCharsets.UTF_8)));
    List<String> seen = new ArrayList<>();
    FileStream.readFiles(new ByteArrayInputStream(body.toByteArray()), (name, content) -> {
      try {
        seen.add(name + ":" + new String(content.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        seen.add(name + " failed: " + e.getMessage());
      }
    });
    assertEquals(List.of("broken failed: could not be read: disk gone", "fine:ok"), seen);
  }

  @Test
  void aStreamCutOffInsideAFileIsAnErrorNotASilentShortFile() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    FileStream.writeFile(new DataOutputStream(body), "f", new ByteArrayInputStream(new byte[1000]));
    byte[] cut = java.util.Arrays.copyOf(body.toByteArray(), 500);
    IOException e = assertThrows(IOException.class, () -> FileStream.readFiles(new ByteArrayInputStream(cut),
        (name, content) -> content.readAllBytes()));
    assertTrue(e instanceof java.io.EOFException, e.toString());
    assertThrows(IOException.class, () -> FileStream.readFiles(
        new ByteArrayInputStream("not a file stream".getBytes(StandardCharsets.UTF_8)), (name, content) -> {}));
  }
}
