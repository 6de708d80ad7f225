package io.facetwire.cli;

import io.facetwire.engine.ElasticsearchSettings;
import io.facetwire.engine.Engine;
import io.facetwire.engine.embedded.NodeSecret;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Lets a command reach the embedded node of a server that is already running on the same data folder.
 *
 * <p>A node locks its data folder, so {@code import} cannot start a second node there while
 * {@code serve} runs. The server writes its node's HTTP address to a file in the data folder; other
 * commands use that node when it answers (with the folder's {@link NodeSecret}, which they can read
 * because they run as the same user), and otherwise start their own. The server that wrote the file
 * is its only owner: it removes the file when it stops, and only if the address is still its own.
 */
final class RunningNode {

  private static final String FILE = "embedded-elasticsearch.url";

  private RunningNode() {}

  static void publish(Path dataDir, String url) throws IOException {
    Files.createDirectories(dataDir);
    Files.writeString(dataDir.resolve(FILE), url, StandardCharsets.UTF_8);
  }

  /** Removes the address file if it still names {@code url}: never what another process wrote. */
  static void withdraw(Path dataDir, String url) {
    Path file = dataDir.resolve(FILE);
    try {
      if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).strip().equals(url)) {
        Files.delete(file);
      }
    } catch (IOException ignored) {
      // A stale file is harmless: find() checks that the node answers.
    }
  }

  /** The node of a server running on this folder, with its URL and secret, when it answers. */
  static Optional<ElasticsearchSettings> find(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      String url = Files.readString(file, StandardCharsets.UTF_8).strip();
      String secret = NodeSecret.read(Engine.embeddedHome(dataDir)).orElse(null);
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      HttpRequest.Builder health = HttpRequest.newBuilder(URI.create(url + "/_cluster/health"))
          .timeout(Duration.ofSeconds(3));
      if (secret != null) {
        health.header("Authorization", NodeSecret.authorization(secret));
      }
      HttpResponse<Void> response = http.send(health.build(), HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() == 200) {
        return Optional.of(new ElasticsearchSettings(List.of(url), secret, null, null, null));
      }
    } catch (IOException | IllegalArgumentException e) {
      // Not running (or the file is stale): start our own node.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Optional.empty();
  }
}
