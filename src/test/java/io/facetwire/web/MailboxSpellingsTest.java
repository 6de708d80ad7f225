package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.support.BrowserSession;
import io.facetwire.support.ServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Session 14's probe of sign-up: one mailbox written several ways made several accounts — the domain in
 * Unicode and in IDNA's ASCII form ("exämple.org" and "xn--exmple-cua.org"), or with the root's trailing dot
 * — and a domain with a letter from another script ("examрle.org", Cyrillic "р") showed as "example.org".
 */
class MailboxSpellingsTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard();

  @Test
  void oneMailboxIsOneAccountHoweverItsDomainIsWritten() {
    assertEquals(303, server.browser().signUp("ann@ex\u00e4mple.org", "ann's long password").status());
    // Before: 303, a second account for the same mailbox.
    assertEquals(400, server.browser().signUp("ann@xn--exmple-cua.org", "someone else's password").status());
    assertEquals(400, server.browser().signUp("ann@EX\u00c4MPLE.ORG.", "someone else's password").status());
    BrowserSession ann = server.browser();
    assertEquals(303, ann.signIn("ann@XN--EXMPLE-CUA.org.", "ann's long password").status());
    assertTrue(ann.get("/account").body().contains("ann@xn--exmple-cua.org"));

    assertEquals(303, server.browser().signUp("bob@example.org", "bob's long password").status());
    assertEquals(400, server.browser().signUp("bob@example.org.", "someone else's password").status());
    // Session 31: IDNA's ideographic full stop is a dot too (before: 303, a second account shown as "bob@example.org.").
    assertEquals(400, server.browser().signUp("bob@example.org\u3002", "someone else's password").status());
    assertEquals(400, server.browser().signUp("bob@example\u3002org", "someone else's password").status());
  }

  @Test
  void aDomainWithALetterFromAnotherScriptShowsAsWhatItIs() {
    BrowserSession lookAlike = server.browser();
    assertEquals(303, lookAlike.signUp("carol@exam\u0440le.org", "a long password here").status());
    String page = lookAlike.get("/account").body();
    assertTrue(page.contains("carol@xn--examle-"), page);
    assertFalse(page.contains("carol@exam\u0440le.org"), "shown as the Latin look-alike");
  }

  /**
   * Session 15: the mailbox name has no ASCII form to show, so a look-alike of another is refused at sign-up
   * (UTS #39's mixed-script and whole-script tests, {@code LookAlikeMailboxes}); names in one script, and Latin
   * beside the scripts Japanese, Chinese and Korean are written in, are accounts as before.
   */
  @Test
  void aMailboxNameThatReadsAsAnotherIsRefusedAtSignUp() {
    assertEquals(303, server.browser().signUp("dave@example.org", "dave's long password").status());
    // Before: 303, an account every page showed as dave's address.
    var mixed = server.browser().signUp("d\u0430ve@example.org", "someone else's password");
    assertEquals(400, mixed.status());
    assertTrue(mixed.body().contains("mixes letters of different scripts (Cyrillic and Latin)"), mixed.body());
    var whole = server.browser().signUp("\u0430\u0441\u0435@example.org", "someone else's password");
    assertEquals(400, whole.status());
    assertTrue(whole.body().contains("Cyrillic or Greek letters that look like Latin ones"), whole.body());
    assertEquals(400, server.browser().signUp("\u03bf\u03bd\u03b1@example.org", "someone else's password").status());

    assertEquals(303, server.browser().signUp("\u043f\u0430\u0432\u0435\u043b@example.org", "pavel's long password")
        .status(), "a Russian name in Cyrillic");
    assertEquals(303, server.browser().signUp("taro\u5c71\u7530\u305f\u308d\u30a6@example.jp", "taro's long password")
        .status(), "Latin with Han, Hiragana and Katakana");
    assertEquals(303, server.browser().signUp("\u00e9lodie.m\u00fcller-2@example.org", "elodie's long password")
        .status(), "accented Latin, digits and punctuation");
  }

  /**
   * Session 31's stranger: "example..org" and ".example.org" made accounts, addresses no mail could ever reach (and
   * the same mailbox could be written with and without the extra dot). A domain is now host names' letters, digits
   * and inner hyphens, in labels of 1 to 63 between single dots, with a top level that is not all digits.
   */
  @Test
  void aDomainNoMailCanReachIsRefusedAtSignUp() {
    for (String domain : new String[] {"example..org", ".example.org", "-example.org", "example-.org",
        "example.org-", "exa_mple.org", "example.123", "exa!mple.org", "example.o rg", "a".repeat(64) + ".org"}) {
      var refused = server.browser().signUp("erin@" + domain, "erin's long password");
      assertEquals(400, refused.status(), domain);
      assertTrue(refused.body().contains("Enter an email address like name@example.org."), domain);
    }
    for (String domain : new String[] {"mail.example.co.uk", "a-b.org", "1and1.de", "xn--p1ai.xn--p1ai", "\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444",
        "a".repeat(63) + ".org"}) {
      assertEquals(303, server.browser().signUp("erin@" + domain, "erin's long password").status(), domain);
    }
  }
}
