package io.facetwire.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.engine.embedded.NodeSecret;
import io.facetwire.support.TestEngine;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The embedded node listens on 127.0.0.1, where every local user can connect: without the secret in
 * its owner-only file, a request gets 401 and no data; the application's own client works as before.
 */
class NodeSecretTest {

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aLocalUserWithoutTheSecretCannotReadOrWriteTheNode() throws Exception {
    Engine engine = TestEngine.get();
    String node = engine.urls().get(0);
    // What an attacker on the same machine tries first: the users and sessions indices, and any write.
    for (String path : new String[] {"/_cluster/health", "/_cat/indices", "/*users*/_search", "/_all/_search"}) {
      HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(node + path)));
      assertEquals(401, r.statusCode(), path + ": " + r.body());
      assertFalse(r.body().contains("password"), r.body());
    }
    HttpResponse<String> bulk = send(HttpRequest.newBuilder(URI.create(node + "/_bulk"))
        .header("Content-Type", "application/x-ndjson")
        .POST(HttpRequest.BodyPublishers.ofString("{\"index\":{\"_index\":\"stolen\"}}\n{\"a\":1}\n")));
    assertEquals(401, bulk.statusCode(), bulk.body());
    HttpResponse<String> wrong = send(HttpRequest.newBuilder(URI.create(node + "/_cluster/health"))
        .header("Authorization", "ApiKey not-the-secret"));
    assertEquals(401, wrong.statusCode());

    String secret = Files.readString(NodeSecret.file(Engine.embeddedHome(TestEngine.dataDir())),
        StandardCharsets.UTF_8).strip();
    HttpResponse<String> withSecret = send(HttpRequest.newBuilder(URI.create(node + "/_cluster/health"))
        .header("Authorization", "ApiKey " + secret));
    assertEquals(200, withSecret.statusCode(), withSecret.body());
    assertFalse(engine.client().indices().exists(e -> e.index("stolen")).value(), "the refused bulk wrote nothing");
  }

  @Test
  void theSecretFileIsReadableByItsOwnerOnly() throws Exception {
    Path file = NodeSecret.file(Engine.embeddedHome(TestEngine.dataDir()));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertTrue(Files.readString(file, StandardCharsets.UTF_8).strip().length() >= 40, "256 random bits");
  }

  @Test
  void aSecretFileOthersCouldReadIsReplaced() throws Exception {
    Path home = Files.createTempDirectory("facetwire-secret");
    String first = NodeSecret.loadOrCreate(home);
    assertEquals(first, NodeSecret.loadOrCreate(home), "kept across restarts");
    Files.setPosixFilePermissions(NodeSecret.file(home), PosixFilePermissions.fromString("rw-r--r--"));
    String second = NodeSecret.loadOrCreate(home);
    assertFalse(first.equals(second), "a secret others could read may be known");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(NodeSecret.file(home))));
  }
}
