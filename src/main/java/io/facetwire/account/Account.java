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

  /**
   * Emails compare without case, width and surrounding spaces: "Ann@X.org ", "ann@x.org" and the full-width
   * "ａｎｎ@ｘ.ｏｒｇ" are one account (Unicode's compatibility form NFKC, then lower case in no locale's
   * rules, so a Turkish "İ" never becomes an ASCII "i" and "ADMİN" stays apart from "admin"). The domain is
   * written one way: see {@link #mailDomain}.
   */
  public static String normalizeEmail(String email) {
    if (email == null) {
      return "";
    }
    String e = java.text.Normalizer.normalize(email.strip(), java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
    int at = e.lastIndexOf('@');
    return at < 0 ? e : e.substring(0, at + 1) + mailDomain(e.substring(at + 1));
  }

  /**
   * A mail domain in its one spelling: IDNA's ASCII form, without the root's trailing dot. "exämple.org",
   * "xn--exmple-cua.org" and "example.org." each made an account of its own for one mailbox (session 14's
   * probe), and "examрle.org" with a Cyrillic "р" showed exactly as "example.org"; now the first two are
   * one account, the third is "example.org", and the look-alike shows as what it is, "xn--examle-…", as
   * browsers show such names. A domain with a hidden character is left as it is, for the sign-up to refuse
   * by name (IDNA would silently drop a zero-width space); one IDNA cannot write (a label over 63 letters)
   * is left as it is too.
   */
  static String mailDomain(String domain) {
    // IDNA's other label dots (the ideographic full stop and its halfwidth form; NFKC already folded the fullwidth
    // one) are dots: "example.org。" was a second account for "example.org" (session 31's attack).
    domain = domain.replace('\u3002', '.').replace('\uFF61', '.');
    String d = domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
    if (hasHiddenCharacters(d)) {
      return domain;
    }
    try {
      return java.net.IDN.toASCII(d, java.net.IDN.ALLOW_UNASSIGNED).toLowerCase(java.util.Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return d;
    }
  }

  /** A host name's label (RFC 1123): letters, digits, inner hyphens; 1 to 63 of them. */
  private static final java.util.regex.Pattern LABEL =
      java.util.regex.Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  /**
   * Whether a mail domain, in {@link #mailDomain}'s spelling, names a host mail can reach: two or more labels
   * between single dots, each a host name's label, the top level not all digits. Session 31: "example..org" and
   * ".example.org" were accounts (addresses no mail could reach, one mailbox written two ways).
   */
  static boolean isHostName(String domain) {
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2 || domain.length() > 253) {
      return false;
    }
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return !labels[labels.length - 1].chars().allMatch(Character::isDigit);
  }

  /** Whether an address normalised by {@link #normalizeEmail} has a domain mail can reach. */
  static boolean hasHostName(String email) {
    int at = email.lastIndexOf('@');
    return at > 0 && isHostName(email.substring(at + 1));
  }

  /**
   * Whether {@code email} holds a character that shows as nothing or is no character at all: controls
   * (U+0000 ...), format characters (zero-width space, soft hyphen, bidi marks), other invisible fillers,
   * unassigned code points, private use and lone surrogates. "admin@example.org" followed by U+0000 or
   * U+200B was a second account that every page showed exactly as the admin's address.
   */
  public static boolean hasHiddenCharacters(String email) {
    return email.codePoints().anyMatch(io.facetwire.TextChars::drawsNothing);
  }
}
