package io.facetwire.engine.embedded;

import io.facetwire.OwnerOnlyFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret the embedded node asks of every HTTP request, kept in a file only its owner can read
 * ({@code 0600}) in the node's folder. The node listens on 127.0.0.1, which every local user and
 * process can reach; without the secret they get 401 and cannot read the users or sessions indices.
 *
 * <p>The client sends it as {@code Authorization: ApiKey <secret>}, the header an external cluster's
 * API key uses, so the same client code serves both and tools such as curl can send it too.
 */
public final class NodeSecret {

  /** The file's name in the node's folder ({@code <data folder>/elasticsearch}). */
  public static final String FILE = "http.secret";


  private NodeSecret() {}

  public static Path file(Path nodeHome) {
    return nodeHome.resolve(FILE);
  }

  /**
   * The folder's secret, made on first use. A file that others could read is replaced by a new one:
   * its secret may be known.
   */
  public static String loadOrCreate(Path nodeHome) {
    Path file = file(nodeHome);
    try {
      Files.createDirectories(nodeHome);
      if (Files.isRegularFile(file) && OwnerOnlyFile.isOwnerOnly(file)) {
        String existing = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (!existing.isEmpty()) {
          return existing;
        }
      }
      return create(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the node's secret in " + file + ": " + e.getMessage(), e);
    }
  }

  /** The secret of a node that runs on this folder, if the file is there. */
  public static java.util.Optional<String> read(Path nodeHome) {
    try {
      String s = Files.readString(file(nodeHome), StandardCharsets.UTF_8).strip();
      return s.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(s);
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }

  /** The header value a client sends. */
  public static String authorization(String secret) {
    return "ApiKey " + secret;
  }

  private static String create(Path file) throws IOException {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    OwnerOnlyFile.write(file, secret);
    return secret;
  }
}
