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
  }

  @Test
  void aDomainWithALetterFromAnotherScriptShowsAsWhatItIs() {
    BrowserSession lookAlike = server.browser();
    assertEquals(303, lookAlike.signUp("carol@exam\u0440le.org", "a long password here").status());
    String page = lookAlike.get("/account").body();
    assertTrue(page.contains("carol@xn--examle-"), page);
    assertFalse(page.contains("carol@exam\u0440le.org"), "shown as the Latin look-alike");
  }
}
