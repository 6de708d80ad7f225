package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.account.Account;
import io.facetwire.support.BrowserSession;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Session 11's probe of sign-up with addresses that look like another's: "admin@example.org" followed by
 * U+0000 or a zero-width space made a second account that every page showed exactly as the admin's, and
 * the full-width "ＡＤＭＩＮ@example.org" a second account for the same person.
 */
class AccountLookAlikesTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard();

  @Test
  void anAddressWithAnInvisibleCharacterIsRefusedWithTheReason() {
    assertEquals(303, server.browser().signUp("lookalike@example.org", "a long password").status());
    for (String hidden : new String[] {"lookalike@example.org\u0000", "lookalike@example.org\u200B",
        "look\u00ADalike@example.org", "look\u2060alike@example.org", "lookalike\u202E@example.org"}) {
      Http.Response r = server.browser().signUp(hidden, "another long password");
      assertEquals(400, r.status(), hidden);
      assertTrue(r.html().selectFirst("p.error").text().contains("invisible or control characters"), r.body());
    }
  }

  @Test
  void aFullWidthAddressIsTheSameAccountAndATurkishDottedCapitalIsNotAnAsciiI() {
    assertEquals(303, server.browser().signUp("wide@example.org", "the owner's password").status());
    BrowserSession wide = server.browser();
    assertEquals(303, wide.signIn("\uFF37\uFF29\uFF24\uFF25@example.org", "the owner's password").status(),
        "ＷＩＤＥ@example.org is wide@example.org");
    assertTrue(wide.get("/account").body().contains("wide@example.org"));
    assertNotEquals("admin@example.org", Account.normalizeEmail("ADM\u0130N@example.org"));
    assertEquals("admin@example.org", Account.normalizeEmail(" \uFF21DMIN@EXAMPLE.ORG "));
  }
}
