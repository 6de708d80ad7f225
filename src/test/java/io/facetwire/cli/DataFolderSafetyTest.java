package io.facetwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.engine.Engine;
import io.facetwire.engine.embedded.NodeSecret;
import io.facetwire.support.Http;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One owner per data folder, in real processes: a second {@code serve} refuses to start and leaves
 * the first's files alone; {@code import} beside the server still works, keeps bad records apart,
 * and says how far it got when the server dies; a data folder that is a file is one line.
 */
class DataFolderSafetyTest {

  final CliProcesses cli = new CliProcesses();

  @AfterEach
  void stop() throws InterruptedException {
    cli.close();
  }

  @Test
  void aSecondServerRefusesTheFolderAndImportBesideTheFirstKeepsBadRecordsApart() throws Exception {
    Path data = Files.createTempDirectory("facetwire-owner");
    int port = CliProcesses.freePort();
    Process first = cli.start(data.resolve("serve.log"), Map.of(), "serve", "--no-demo",
        "--port", Integer.toString(port), "--data-dir", data.toString());
    CliProcesses.waitForLine(first, data.resolve("serve.log"), "Facetwire is running at");
    Path running = data.resolve(RunningFacetwire.FILE);
    String published = Files.readString(running, StandardCharsets.UTF_8);
    String nodeUrl = RunningFacetwire.nodeUrl(data).orElseThrow();
    assertTrue(RunningFacetwire.findServer(data).isPresent(), published);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(running)));

    // The second server: one line, a non-zero exit, and the first's address file untouched.
    CliProcesses.Result second = cli.run(data.resolve("serve2.log"), "serve", "--no-demo",
        "--port", Integer.toString(CliProcesses.freePort()), "--data-dir", data.toString());
    assertEquals(2, second.exitCode(), second.output());
    assertEquals(1, second.output().strip().lines().count(), second.output());
    assertTrue(second.output().startsWith("facetwire: another Facetwire server already runs on the data folder"),
        second.output());
    assertEquals(published, Files.readString(running, StandardCharsets.UTF_8), "the first's file untouched");

    // The node asks for the folder's secret; the file is the owner's alone.
    Path secret = NodeSecret.file(Engine.embeddedHome(data));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)));
    HttpResponse<String> raw = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(nodeUrl + "/_cat/indices")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(401, raw.statusCode(), raw.body());

    // Import beside the server (on its node, with the secret): five lines, one id too long.
    Path file = data.resolve("five.jsonl");
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 5; i++) {
      String id = i == 3 ? "z".repeat(600) : "five-" + i;
      lines.append("{\"id\":\"").append(id).append("\",\"title\":\"Five ").append(i)
          .append("\",\"body\":\"Line ").append(i).append(".\"}\n");
    }
    Files.writeString(file, lines.toString(), StandardCharsets.UTF_8);
    CliProcesses.Result imported = cli.run(data.resolve("import.log"), "import", "--data-dir", data.toString(),
        file.toString());
    assertEquals(1, imported.exitCode(), imported.output());
    assertTrue(imported.output().contains("read 5, indexed 4, unchanged 0, failed 1"), imported.output());
    assertTrue(imported.output().contains("five.jsonl, line 3: id is 600 bytes long"), imported.output());
    Http http = new Http("http://127.0.0.1:" + port);
    assertEquals(4, http.get("/api/search?q=five").json().path("total").asInt());
  }

  @Test
  void anImportWhoseServerDiesPrintsItsSummarySoFar() throws Exception {
    Path data = Files.createTempDirectory("facetwire-dies");
    int port = CliProcesses.freePort();
    Process server = cli.start(data.resolve("serve.log"), Map.of(), "serve", "--no-demo",
        "--port", Integer.toString(port), "--data-dir", data.toString());
    CliProcesses.waitForLine(server, data.resolve("serve.log"), "Facetwire is running at");
    Path big = data.resolve("big.jsonl");
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 300_000; i++) {
      lines.append("{\"id\":\"big-").append(i).append("\",\"title\":\"Story ").append(i)
          .append("\",\"body\":\"Short text number ").append(i).append(".\"}\n");
    }
    Files.writeString(big, lines.toString(), StandardCharsets.UTF_8);
    // In-process: the command writes to the server's node itself and can say how far it got. (Handing
    // the files to the server instead, it only knows what it sent: see ImportCommand.importViaServer.)
    Process importing = cli.start(data.resolve("import.log"), Map.of(), "import", "--no-progress", "--in-process",
        "--data-dir", data.toString(), big.toString());
    CliProcesses.waitForLine(importing, data.resolve("import.log"), "Elasticsearch ready");
    server.destroyForcibly();
    assertTrue(importing.waitFor(180, TimeUnit.SECONDS));
    String output = Files.readString(data.resolve("import.log"), StandardCharsets.UTF_8);
    assertEquals(3, importing.exitValue(), output);
    assertTrue(output.contains("Stopped: "), output);
    assertTrue(output.matches("(?s).*So far: read [0-9]+, indexed [0-9]+, unchanged 0, failed [0-9]+, not confirmed [0-9]+.*"),
        output);
    assertFalse(output.contains("\tat "), "no stack trace: " + output);
  }

  @Test
  void aDataFolderThatIsAFileIsOneLine() throws Exception {
    Path dir = Files.createTempDirectory("facetwire-file");
    Path notAFolder = Files.writeString(dir.resolve("data"), "x");
    for (String command : new String[] {"serve", "import"}) {
      CliProcesses.Result r = command.equals("serve")
          ? cli.run(dir.resolve("serve.log"), "serve", "--data-dir", notAFolder.toString())
          : cli.run(dir.resolve("import.log"), "import", "--data-dir", notAFolder.toString(), notAFolder.toString());
      assertEquals(2, r.exitCode(), r.output());
      assertEquals(1, r.output().strip().lines().count(), r.output());
      assertTrue(r.output().contains("is a file, not a folder"), r.output());
    }
  }
}
