package io.facetwire.topics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A short SHA-256 of a definition text, line endings and outer blank space aside: "is it the same text?". */
public final class DefinitionDigest {

  private DefinitionDigest() {}

  public static String of(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256")
          .digest(text.replace("\r\n", "\n").strip().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
