package io.facetwire.account;

import io.facetwire.FacetwireConfig;
import io.facetwire.engine.Versioned;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sign-up, sign-in and password changes, with the rules that keep accounts safe: rate limits per
 * address and per account, a lock after too many wrong passwords in a row (kept in the account
 * document, so every server sees it), and one message for every sign-in failure, so the answer never
 * tells whether an account exists.
 */
public final class Accounts {

  /** Every failed sign-in says this, whatever the reason: no account, wrong password or locked. */
  public static final String SIGN_IN_FAILED = "That email and password did not work. After many wrong "
      + "passwords an account is locked for a while; try again later or check what you typed.";
  public static final String TOO_MANY = "Too many attempts. Wait a few minutes, then try again.";
  /** Every place for a password hash was taken ({@link PasswordHasher.Busy}): nothing was checked or changed. */
  public static final String BUSY = "Too many people are signing in at this moment. Wait a few seconds, then try"
      + " again.";
  /**
   * A sign-up that made no account for a well-formed email and password: the one message for it, which
   * names no state of the email (the old one said the email was taken).
   */
  public static final String SIGN_UP_REFUSED = "That sign-up did not work. If you already have an account, "
      + "sign in; otherwise check the email address and try again.";

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

  /** The outcome of sign-up or sign-in: the account, or the message to show. */
  public record Outcome(Account account, String error) {
    static Outcome ok(Account a) {
      return new Outcome(a, null);
    }

    static Outcome refused(String message) {
      return new Outcome(null, message);
    }

    public boolean succeeded() {
      return account != null;
    }
  }

  private final AccountStore store;
  private final RateLimiter limiter;
  private final PasswordHasher hasher;
  private final FacetwireConfig config;
  private final Clock clock;

  public Accounts(AccountStore store, RateLimiter limiter, PasswordHasher hasher, FacetwireConfig config, Clock clock) {
    this.store = store;
    this.limiter = limiter;
    this.hasher = hasher;
    this.config = config;
    this.clock = clock;
  }

  public AccountStore store() {
    return store;
  }

  /** The password hashes and their places ({@link PasswordHasher#holdEveryPlace}, for tests). */
  public PasswordHasher hasher() {
    return hasher;
  }

  public Optional<Account> find(String id) {
    return store.find(id).map(Versioned::value);
  }

  public Outcome signUp(String rawEmail, String password, String confirmation, String address) {
    try {
      return signUpInPlace(rawEmail, password, confirmation, address);
    } catch (PasswordHasher.Busy e) {
      return Outcome.refused(BUSY);
    }
  }

  private Outcome signUpInPlace(String rawEmail, String password, String confirmation, String address) {
    if (!limiter.tryAcquire("signup-address", address, config.signInPerAddress())) {
      return Outcome.refused(TOO_MANY);
    }
    String email = Account.normalizeEmail(rawEmail);
    if (email.length() > Account.MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches()) {
      return Outcome.refused("Enter an email address like name@example.org.");
    }
    if (Account.hasHiddenCharacters(email)) {
      return Outcome.refused("An email address cannot hold invisible or control characters (a zero-width space,"
          + " a soft hyphen, U+0000, ...): enter it as it is written.");
    }
    if (!Account.hasHostName(email)) {
      return Outcome.refused("Enter an email address like name@example.org.");
    }
    String lookAlike = LookAlikeMailboxes.problemWith(email.substring(0, email.lastIndexOf('@')));
    if (lookAlike != null) {
      return Outcome.refused(lookAlike);
    }
    String problem = PasswordHasher.problemWith(password, confirmation);
    if (problem != null) {
      return Outcome.refused(problem);
    }
    Instant now = clock.instant();
    // The operator's ADMIN_EMAIL is written by hand: compared in the same normal form as a typed address.
    boolean admin = config.adminEmail() != null && email.equals(Account.normalizeEmail(config.adminEmail()));
    Account account = new Account(email, hasher.hash(password), admin, now, 0, null, null, now);
    if (!store.create(account)) {
      // The email has an account. Its owner, giving its password, is simply signed in (through
      // signIn, so its limits and lock-out apply), which looks like any successful sign-up; anyone
      // else learns only that this sign-up did not work. Without a mail step a refused sign-up is
      // itself a hint that the address is taken: the per-address limit above keeps that slow.
      Outcome asSignIn = signIn(rawEmail, password, address);
      if (asSignIn.succeeded() || TOO_MANY.equals(asSignIn.error()) || BUSY.equals(asSignIn.error())) {
        return asSignIn;
      }
      return Outcome.refused(SIGN_UP_REFUSED);
    }
    if (config.adminEmail() == null && store.claimFirstAdmin(email, now)) {
      account = promote(email);
    }
    return Outcome.ok(account);
  }

  private Account promote(String email) {
    for (int i = 0; i < 5; i++) {
      Versioned<Account> read = store.find(email).orElseThrow();
      Account a = read.value();
      Account admin = new Account(a.email(), a.passwordHash(), true, a.createdAt(), a.failedLogins(),
          a.lockedUntil(), a.webhookUrl(), a.passwordChangedAt());
      if (store.replace(read, admin)) {
        return admin;
      }
    }
    throw new IllegalStateException("Could not record the first account as admin: too many concurrent changes");
  }

  public Outcome signIn(String rawEmail, String password, String address) {
    try {
      return signInInPlace(rawEmail, password, address);
    } catch (PasswordHasher.Busy e) {
      return Outcome.refused(BUSY);
    }
  }

  private Outcome signInInPlace(String rawEmail, String password, String address) {
    String email = Account.normalizeEmail(rawEmail);
    // Both counters are keyed whether or not the account exists, so their answers reveal nothing.
    if (!limiter.tryAcquire("signin-address", address, config.signInPerAddress())
        || !limiter.tryAcquire("signin-account", email, config.signInPerAccount())) {
      return Outcome.refused(TOO_MANY);
    }
    Optional<Versioned<Account>> found = store.find(email);
    if (found.isEmpty()) {
      hasher.spendTimeOnMissingAccount(password);
      return Outcome.refused(SIGN_IN_FAILED);
    }
    Account account = found.get().value();
    Instant now = clock.instant();
    if (account.isLocked(now)) {
      hasher.spendTimeOnMissingAccount(password);
      return Outcome.refused(SIGN_IN_FAILED);
    }
    if (!hasher.matches(password, account.passwordHash())) {
      recordFailure(found.get());
      return Outcome.refused(SIGN_IN_FAILED);
    }
    if (account.failedLogins() > 0 || account.lockedUntil() != null) {
      store.replace(found.get(), account.withFailure(0, null));
    }
    return Outcome.ok(account);
  }

  /** Whether {@code checked}'s password (as a sign-in read and checked it) is still the account's. */
  public boolean passwordUnchanged(Account checked) {
    return store.find(checked.email()).map(v -> v.value().passwordHash().equals(checked.passwordHash())).orElse(false);
  }

  /** Counts a wrong password; the {@code lockoutAfterFailures}-th in a row locks the account. */
  private void recordFailure(Versioned<Account> read) {
    Versioned<Account> current = read;
    for (int i = 0; i < 5; i++) {
      Account a = current.value();
      int failures = a.failedLogins() + 1;
      Account next = failures >= config.lockoutAfterFailures()
          ? a.withFailure(0, clock.instant().plus(config.lockoutDuration()))
          : a.withFailure(failures, a.lockedUntil());
      if (store.replace(current, next)) {
        return;
      }
      Optional<Versioned<Account>> reread = store.find(a.email());
      if (reread.isEmpty()) {
        return;
      }
      current = reread.get();
    }
  }

  /** Null on success, else the message to show. */
  public String changePassword(String email, String current, String next, String confirmation) {
    try {
      return changePasswordInPlace(email, current, next, confirmation);
    } catch (PasswordHasher.Busy e) {
      return BUSY;
    }
  }

  private String changePasswordInPlace(String email, String current, String next, String confirmation) {
    if (!limiter.tryAcquire("signin-account", email, config.signInPerAccount())) {
      return TOO_MANY;
    }
    Optional<Versioned<Account>> found = store.find(email);
    if (found.isEmpty() || !hasher.matches(current, found.get().value().passwordHash())) {
      found.ifPresent(this::recordFailure);
      return "The current password is not right.";
    }
    String problem = PasswordHasher.problemWith(next, confirmation);
    if (problem != null) {
      return problem;
    }
    if (!store.replace(found.get(), found.get().value().withPassword(hasher.hash(next), clock.instant()))) {
      return CHANGED_MEANWHILE;
    }
    return null;
  }

  /** Said when an account's document kept changing under a write (retried first). */
  public static final String CHANGED_MEANWHILE = "The account changed meanwhile; please try again.";

  /**
   * Writes to one account's settings from this server, one at a time (striped: a bounded number of locks,
   * whatever the accounts), so that two tabs or a script saving at once do not keep beating each other.
   */
  private static final com.google.common.util.concurrent.Striped<java.util.concurrent.locks.Lock> SETTINGS =
      com.google.common.util.concurrent.Striped.lock(256);

  /**
   * Sets (or with null, removes) the webhook URL; the caller has checked it. Null when written, else what to say:
   * the write is conditional on the version read, and a sign-in elsewhere (its count of wrong passwords) may
   * change the account meanwhile. Session 29: 30 saves of one account's webhook at once answered 58 of 150 with a
   * 500 and a stack trace (an IllegalStateException after five lost races).
   */
  public String setWebhook(String email, String url) {
    java.util.concurrent.locks.Lock lock = SETTINGS.get(email);
    lock.lock();
    try {
      for (int i = 0; i < 5; i++) {
        Optional<Versioned<Account>> read = store.find(email);
        if (read.isEmpty()) {
          return "This account no longer exists.";
        }
        if (store.replace(read.get(), read.get().value().withWebhook(url))) {
          return null;
        }
      }
      return CHANGED_MEANWHILE;
    } finally {
      lock.unlock();
    }
  }

}
