package io.facetwire.account;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id password hashes (Spring Security Crypto on Bouncy Castle), with OWASP's recommended
 * minimum cost: 19 MiB of memory, 2 passes, one lane. The hash string carries its own salt and
 * parameters, so the cost can be raised later without breaking stored hashes.
 *
 * <p>A few hashes at a time ({@link #AT_ONCE}): each one holds 19 MiB and a core for a fifth of a second, and
 * sign-in is open to anyone. Session 29 sent 750 sign-ins for unknown addresses from 250 client addresses (three
 * each, well inside the per-address limit of ten a minute): 80 hashes ran at once in the 1 GiB heap, the garbage
 * collector took half of every second, and a search from another address waited 40 s (every one of Jetty's
 * threads was hashing). Now a hash waits up to {@link #WAIT} for a place, behind at most {@link #MAX_WAITING}
 * others, else it is not done and the caller says the server is busy ({@link Busy}): under such a flood sign-ins
 * are refused, and everything else runs.
 */
public final class PasswordHasher {

  /** Hashes at once in one server: half the cores (one on two), so a flood of sign-ins leaves the rest free. */
  public static final int AT_ONCE = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
  /** How long a hash waits for a place: about ten hashes' time. */
  public static final Duration WAIT = Duration.ofSeconds(2);
  /** Hashes waiting for a place at most; one more is refused at once. */
  static final int MAX_WAITING = 8 * AT_ONCE;

  /** No place for a hash came free in time: nothing was hashed or checked. */
  public static final class Busy extends RuntimeException {
    Busy() {
      super("Too many sign-ins at once", null, false, false);
    }
  }

  private final Semaphore places;
  private final int atOnce;

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

  public PasswordHasher() {
    this.atOnce = AT_ONCE;
    this.places = new Semaphore(atOnce, true);
  }

  /** @throws Busy when no place came free within {@link #WAIT} */
  public String hash(String password) {
    return inPlace(() -> encoder.encode(password));
  }

  /** @throws Busy when no place came free within {@link #WAIT} */
  public boolean matches(String password, String hash) {
    if (password == null || password.length() > MAX_LENGTH) {
      return false;
    }
    return inPlace(() -> encoder.matches(password, hash == null ? decoy() : hash));
  }

  private <T> T inPlace(Supplier<T> work) {
    try {
      // Past a few waiting, one more is refused at once: each waiter holds one of Jetty's threads, and a flood
      // from many addresses would otherwise hold them all for the wait (a search then waited 16 s).
      boolean now = places.tryAcquire();
      if (!now && (places.getQueueLength() >= MAX_WAITING
          || !places.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS))) {
        throw new Busy();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Busy();
    }
    try {
      return work.get();
    } finally {
      places.release();
    }
  }

  /**
   * Takes every place until closed: what a request finds while a flood of sign-ins holds them (for tests, which
   * cannot hold a real hash for as long as they need; {@code accounts().hasher()}).
   */
  public AutoCloseable holdEveryPlace() throws InterruptedException {
    places.acquire(atOnce);
    return () -> places.release(atOnce);
  }

  /** Spends the same time as a real check, for an account that does not exist. */
  public void spendTimeOnMissingAccount(String password) {
    matches(password == null ? "" : password, null); // the decoy, made and checked in a place
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
