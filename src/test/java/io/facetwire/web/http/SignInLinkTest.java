package io.facetwire.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The way back a sign-in redirect carries stays short enough for an answer's headers, whatever was asked. */
class SignInLinkTest {

  @Test
  void aShortWayBackIsKeptWhole() {
    assertEquals("/signin?next=%2Fsaved%3Fq%3Dabc", AccessRules.signInLink("/saved?q=abc", "/saved"));
  }

  @Test
  void aLongOneFallsBackToThePathThenToTheHomePage() {
    // Before session 13: the whole URL, percent-encoded again, into Location: 54 KB of emoji made a 500.
    String query = "q=" + "%F0%9F%92%A9".repeat(300);
    assertEquals("/signin?next=%2Fsaved", AccessRules.signInLink("/saved?" + query, "/saved"));
    String longPath = "/country/" + "a".repeat(5000);
    assertEquals("/signin?next=%2F", AccessRules.signInLink(longPath + "?" + query, longPath));
    assertTrue(RequestInfo.MAX_NEXT <= 2000, "well inside Jetty's 8 KB of answer headers");
  }
}
