package io.facetwire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.Json;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

/**
 * Lets {@code import} hand its files to a server running on the same data folder: {@code serve} writes
 * its address and a fresh random token to an owner-only ({@code 0600}) file there, so only the user
 * who runs the server (the one who can read its data anyway) can import through it.
 */
final class RunningServer {

  static final String FILE = "server.json";

  /** A server that answered, with the token its import route accepts. */
  record Handle(String url, String token) {}

  private RunningServer() {}

  static void publish(Path dataDir, Handle handle) throws IOException {
    Files.createDirectories(dataDir);
    Path temp = dataDir.resolve(FILE + ".new");
    Files.deleteIfExists(temp);
    if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      // Created owner-only, then written: the token is never readable by others, not even briefly.
      Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(temp);
    }
    Files.writeString(temp, Json.mapper().writeValueAsString(Map.of("url", handle.url(), "token", handle.token())),
        StandardCharsets.UTF_8);
    Files.move(temp, dataDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
  }

  /** Removes the file if it is still this server's (another server may have started since). */
  static void withdraw(Path dataDir, Handle handle) {
    Path file = dataDir.resolve(FILE);
    try {
      if (read(file).filter(handle::equals).isPresent()) {
        Files.delete(file);
      }
    } catch (IOException ignored) {
      // A stale file is harmless: find() checks that the server answers.
    }
  }

  /** The server running on this folder, if its file is there and it answers. */
  static Optional<Handle> find(Path dataDir) {
    return read(dataDir.resolve(FILE)).filter(RunningServer::answers);
  }

  private static Optional<Handle> read(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      JsonNode node = Json.mapper().readTree(file.toFile());
      String url = node.path("url").asText("");
      String token = node.path("token").asText("");
      return url.isEmpty() || token.isEmpty() ? Optional.empty() : Optional.of(new Handle(url, token));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Any HTTP answer on the health route will do: the server is there (its node may be busy). */
  private static boolean answers(Handle handle) {
    try {
      HttpURLConnection c = (HttpURLConnection) URI.create(handle.url() + "/health/live").toURL().openConnection();
      c.setConnectTimeout(2000);
      c.setReadTimeout(5000);
      int status = c.getResponseCode();
      c.disconnect();
      return status > 0;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
