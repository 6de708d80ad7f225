package io.facetwire.account;

import java.time.Instant;

/**
 * A user as stored in the users index, one document per email ({@code user:<email>}), so two sign-ups
 * with the same email cannot both succeed ({@code op_type=create}).
 *
 * @param failedLogins wrong passwords in a row since the last successful sign-in
 * @param lockedUntil  sign-in refused until then (after too many wrong passwords); null: not locked
 * @param webhookUrl   where alerts for this user's saved searches are POSTed; null: none
 */
public record Account(
    String email,
    String passwordHash,
    boolean admin,
    Instant createdAt,
    int failedLogins,
    Instant lockedUntil,
    String webhookUrl,
    Instant passwordChangedAt) {

  public static final int MAX_EMAIL_LENGTH = 254;

  /** What saved searches, sessions and history name as their owner. */
  public String id() {
    return email;
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  Account withFailure(int failures, Instant lockUntil) {
    return new Account(email, passwordHash, admin, createdAt, failures, lockUntil, webhookUrl, passwordChangedAt);
  }

  Account withPassword(String hash, Instant now) {
    return new Account(email, hash, admin, createdAt, 0, null, webhookUrl, now);
  }

  Account withWebhook(String url) {
    return new Account(email, passwordHash, admin, createdAt, failedLogins, lockedUntil, url, passwordChangedAt);
  }

  /** Emails compare without case and surrounding spaces; "Ann@X.org " and "ann@x.org" are one account. */
  public static String normalizeEmail(String email) {
    return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
