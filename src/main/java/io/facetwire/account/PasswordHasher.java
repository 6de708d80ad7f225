package io.facetwire.account;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id password hashes (Spring Security Crypto on Bouncy Castle), with OWASP's recommended
 * minimum cost: 19 MiB of memory, 2 passes, one lane. The hash string carries its own salt and
 * parameters, so the cost can be raised later without breaking stored hashes.
 */
public final class PasswordHasher {

  public static final int MIN_LENGTH = 8;
  /** Long enough for any passphrase; bounded so nobody can make the server hash megabytes. */
  public static final int MAX_LENGTH = 200;

  private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
  /**
   * Verified against when the account does not exist, so both answers take as long. Made on first
   * use: every command opens the accounts, and a cold Argon2 hash cost {@code import} a noticeable
   * part of its start-up (19 MiB filled by code the JIT has not compiled yet).
   */
  private volatile String decoy;

  public String hash(String password) {
    return encoder.encode(password);
  }

  public boolean matches(String password, String hash) {
    if (password == null || password.length() > MAX_LENGTH) {
      return false;
    }
    return encoder.matches(password, hash == null ? decoy() : hash);
  }

  /** Spends the same time as a real check, for an account that does not exist. */
  public void spendTimeOnMissingAccount(String password) {
    matches(password == null ? "" : password, decoy());
  }

  private String decoy() {
    String d = decoy;
    if (d == null) {
      synchronized (this) {
        d = decoy;
        if (d == null) {
          d = encoder.encode("decoy password that matches nothing");
          decoy = d;
        }
      }
    }
    return d;
  }

  /** Null when acceptable, else what is wrong with the new password. */
  public static String problemWith(String password, String confirmation) {
    if (password == null || password.length() < MIN_LENGTH) {
      return "Choose a password of at least " + MIN_LENGTH + " characters.";
    }
    if (password.length() > MAX_LENGTH) {
      return "Choose a password of at most " + MAX_LENGTH + " characters.";
    }
    if (confirmation != null && !password.equals(confirmation)) {
      return "The two passwords differ.";
    }
    return null;
  }
}
