package io.facetwire.saved;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The value a save form carries so that submitting it twice saves once: 256 random bits made when the search page is
 * rendered ({@link io.facetwire.account.Tokens#random}). The saved search's id is a digest of the owner and that
 * value: the same form sent twice by one account names one document, while ids stay as unguessable as the random
 * ones (the value is never shown to anyone but the form's reader, and another account's digest differs).
 */
public final class SaveOnce {

  /** What {@code Tokens.random()} makes: 43 URL-safe characters; anything else is treated as absent. */
  private static final Pattern FORM_VALUE = Pattern.compile("[A-Za-z0-9_-]{43}");

  private SaveOnce() {}

  /** The id of the search this form saves, or null when the form carries no usable value. */
  static String idFor(String owner, String once) {
    if (owner == null || once == null || !FORM_VALUE.matcher(once).matches()) {
      return null;
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(owner.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      byte[] d = sha.digest(once.getBytes(StandardCharsets.US_ASCII));
      // 168 bits in 28 characters: newId's random ids have 20, so the two kinds never name the same document.
      return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(d, 21));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
