package io.facetwire.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.facetwire.Json;
import io.facetwire.OwnerOnlyFile;
import io.facetwire.engine.ElasticsearchSettings;
import io.facetwire.engine.Engine;
import io.facetwire.engine.embedded.NodeSecret;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the Facetwire server running on a data folder is, for the other commands of the same user: one
 * owner-only ({@code 0600}) file, {@value #FILE}, in the data folder.
 *
 * <ul>
 *   <li>Its embedded <b>node</b>: a node locks its data folder, so {@code import}, {@code enrich} and
 *       {@code reindex} cannot start a second one there while {@code serve} runs; they use the running
 *       node when it answers (with the folder's {@link NodeSecret}), else start their own.</li>
 *   <li>The <b>server</b> itself and a fresh random token: {@code import} hands its files to it, and
 *       only the user who runs the server (who can read its data anyway) can.</li>
 * </ul>
 *
 * <p>{@code serve} writes the file in two stages (the node as soon as it runs, the server once it
 * listens). The server that wrote it is its only owner: it removes it when it stops, and only if the
 * file still carries its token (another server may have started since).
 */
public final class RunningFacetwire {

  static final String FILE = "running.json";

  /**
   * What a running server publishes.
   *
   * @param node   its embedded node's HTTP address; null with an external cluster
   * @param server its own address; null until it listens
   * @param token  what its import route accepts, and whose file this is
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Published(String node, String server, String token) {

    Published listening(String serverUrl) {
      return new Published(node, serverUrl, token);
    }
  }

  /** A server that answered, with the token its import route accepts. */
  record Handle(String url, String token) {}

  private RunningFacetwire() {}

  static void publish(Path dataDir, Published published) throws IOException {
    Files.createDirectories(dataDir);
    // Owner-only: it holds the import token.
    OwnerOnlyFile.write(dataDir.resolve(FILE), Json.mapper().writeValueAsString(published));
  }

  /** Back to naming the node only ({@code published}, from before the server listened), if still this server's. */
  static void stopListening(Path dataDir, Published published) {
    if (read(dataDir.resolve(FILE)).filter(p -> published.token().equals(p.token())).isEmpty()) {
      return;
    }
    try {
      publish(dataDir, published);
    } catch (IOException ignored) {
      // The server stops anyway; findServer() checks that it answers.
    }
  }

  /** Removes the file if it is still this server's: never what another process wrote. */
  static void withdraw(Path dataDir, Published published) {
    Path file = dataDir.resolve(FILE);
    try {
      if (read(file).filter(p -> published.token().equals(p.token())).isPresent()) {
        Files.delete(file);
      }
    } catch (IOException ignored) {
      // A stale file is harmless: the finders check that what it names answers.
    }
  }

  /** The node of a server running on this folder, with its URL and secret, when it answers. */
  static Optional<ElasticsearchSettings> findNode(Path dataDir) {
    Optional<String> url = nodeUrl(dataDir);
    if (url.isEmpty()) {
      return Optional.empty();
    }
    String secret = NodeSecret.read(Engine.embeddedHome(dataDir)).orElse(null);
    String authorization = secret == null ? null : NodeSecret.authorization(secret);
    return answers(url.get() + "/_cluster/health", authorization, 200)
        ? Optional.of(new ElasticsearchSettings(List.of(url.get()), secret, null, null, null))
        : Optional.empty();
  }

  /** The server running on this folder, if its file names one and it answers. */
  static Optional<Handle> findServer(Path dataDir) {
    // Any HTTP answer on the health route will do: the server is there (its node may be busy). A server
    // that took the connection is given time to answer: on a machine at a load of 50 its answer took
    // longer than 5 s, and the import then ran in its own JVM beside the server, cold and far slower.
    return read(dataDir.resolve(FILE)).filter(p -> p.server() != null && p.token() != null)
        .map(p -> new Handle(p.server(), p.token()))
        .filter(h -> answers(h.url() + "/health/live", null, 0, SERVER_ANSWER_MILLIS));
  }

  /** How long a server that accepted the connection may take to answer its health check. */
  static final int SERVER_ANSWER_MILLIS = 60_000;

  /** The embedded node's address as published (whether it answers or not): benchmarks and tests. */
  public static Optional<String> nodeUrl(Path dataDir) {
    return read(dataDir.resolve(FILE)).map(Published::node);
  }

  private static Optional<Published> read(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      // Not the shared mapper: the import command reads this file first thing, and building the mapper
      // loads hundreds of classes (ServerJson).
      try (java.io.InputStream in = Files.newInputStream(file)) {
        return Optional.ofNullable(ServerJson.published(in));
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code url} answers with {@code status} (0: any status at all). */
  private static boolean answers(String url, String authorization, int status) {
    return answers(url, authorization, status, 5000);
  }

  private static boolean answers(String url, String authorization, int status, int readTimeoutMillis) {
    try {
      HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
      c.setConnectTimeout(2000);
      c.setReadTimeout(readTimeoutMillis);
      if (authorization != null) {
        c.setRequestProperty("Authorization", authorization);
      }
      int got = c.getResponseCode();
      c.disconnect();
      return status == 0 ? got > 0 : got == status;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
