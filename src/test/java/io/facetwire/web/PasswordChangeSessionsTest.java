package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import io.facetwire.account.Session;
import io.facetwire.account.Tokens;
import io.facetwire.support.BrowserSession;
import io.facetwire.support.Http;
import io.facetwire.support.TestServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Session 29: "Password changed. Other browsers signed in to this account were signed out." Two ways it was not
 * so, each found by reading the code after probing the served jar's sessions, each sent here through the real
 * server on the real node.
 */
class PasswordChangeSessionsTest {

  /**
   * The change ended the other sessions through housekeeping's deleter, which stops after 20 pages of 1,000 and
   * leaves the rest for its next hourly run; a password change has no next run. A stolen password signs in every
   * few seconds within the limits (50 an account every 10 minutes: 21,600 sessions in three days, of a 14-day
   * life), and the sessions past the first 20,000 stayed signed in. Before: 501 of them were left.
   */
  @Test
  void aPasswordChangeEndsEveryOtherSessionHoweverManyThereAre() throws Exception {
    try (TestServer server = TestServer.start()) {
      BrowserSession owner = server.browser();
      assertEquals(303, owner.signUp("many@example.org", "first password").status());
      BrowserSession thief = server.browser();
      assertEquals(303, thief.signIn("many@example.org", "first password").status());
      // 20,500 more sessions of the account, as that many sign-ins would store them (written at once here).
      ElasticsearchClient client = server.facetwire().engine().client();
      String sessions = server.facetwire().names().sessions();
      Instant now = Instant.now();
      for (int batch = 0; batch < 5; batch++) {
        List<BulkOperation> ops = new ArrayList<>();
        for (int i = 0; i < 4_100; i++) {
          Session s = new Session("many@example.org", false, Tokens.random(), now, now.plus(Duration.ofDays(14)));
          String id = Tokens.digest(Tokens.random());
          ops.add(BulkOperation.of(b -> b.index(x -> x.index(sessions).id(id).document(s))));
        }
        assertEquals(false, client.bulk(b -> b.operations(ops).refresh(Refresh.True)).errors());
      }
      assertEquals(20_502, sessionsOf(client, sessions, "many@example.org"));

      Document account = owner.get("/account").html();
      Http.Response changed = owner.submit(account, "form[action=/account/password]", Map.of(
          "current_password", "first password", "new_password", "second password",
          "new_password_confirm", "second password"));
      assertEquals(303, changed.status(), changed.body());
      assertEquals(1, sessionsOf(client, sessions, "many@example.org"), "the changing browser's session alone is left");
      assertEquals(303, thief.get("/account").status(), "the other browser is signed out");
      assertEquals(200, owner.get("/account").status());
    }
  }

  /**
   * A sign-in checks the password, then stores its session; a change of password between the two ended the
   * sessions it found, and the new one was not yet among them. Before: the sign-in with the old password was
   * answered 303, and its browser stayed signed in after the change (200 on /account). The clock stands in for
   * the moment between the two steps: when the session store asks it the time, the owner changes the password.
   */
  @Test
  void aSignInThatCheckedThePasswordJustBeforeItChangedKeepsNoSession() {
    ChangingClock clock = new ChangingClock();
    try (TestServer server = TestServer.start(TestServer.testConfig(), clock)) {
      BrowserSession owner = server.browser();
      assertEquals(303, owner.signUp("race@example.org", "first password").status());
      Document account = owner.get("/account").html();
      BrowserSession thief = server.browser();
      Document signIn = thief.get("/signin").html();
      clock.whenASessionIsStored = () -> assertEquals(303, owner.submit(account, "form[action=/account/password]",
          Map.of("current_password", "first password", "new_password", "second password",
              "new_password_confirm", "second password")).status());

      Http.Response late = thief.submit(signIn, "main form[action=/signin]",
          Map.of("email", "race@example.org", "password", "first password"));
      assertEquals(null, clock.whenASessionIsStored, "the password changed between the check and the session");
      assertEquals(401, late.status(), late.body());
      assertEquals(303, thief.get("/account").status(), "no session with the old password");
      assertEquals(200, owner.get("/account").status());
      assertEquals(303, server.browser().signIn("race@example.org", "second password").status());
    }
  }

  private static long sessionsOf(ElasticsearchClient client, String alias, String user) throws Exception {
    client.indices().refresh(r -> r.index(alias));
    return client.count(c -> c.index(alias).query(q -> q.term(t -> t.field("user").value(user)))).count();
  }

  /** The real time, but once armed, runs its task (once) the moment the session store asks it the time. */
  private static final class ChangingClock extends Clock {
    volatile Runnable whenASessionIsStored;

    @Override
    public Instant instant() {
      Runnable task = whenASessionIsStored;
      if (task != null && StackWalker.getInstance().walk(frames -> frames.anyMatch(f ->
          f.getClassName().equals("io.facetwire.account.SessionStore") && f.getMethodName().equals("create")))) {
        whenASessionIsStored = null;
        task.run();
      }
      return Instant.now();
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
