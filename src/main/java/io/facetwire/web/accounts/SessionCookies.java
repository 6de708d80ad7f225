package io.facetwire.web.accounts;

import io.facetwire.FacetwireConfig;
import io.facetwire.account.Account;
import io.facetwire.account.Session;
import io.facetwire.account.SessionStore;
import io.facetwire.account.Tokens;
import io.facetwire.web.http.RequestInfo;
import io.facetwire.web.http.Viewer;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;

/**
 * The two cookies: {@code fw_session} (a signed-in browser; the session itself lives in Elasticsearch,
 * so every server sharing the cluster knows it) and {@code fw_csrf} (the CSRF token of an anonymous
 * visitor's forms, sign-in and sign-up, checked against the form field: double submit). Both are
 * HttpOnly and SameSite=Lax, and Secure on HTTPS or when configured.
 */
public final class SessionCookies {

  static final String SESSION = "fw_session";
  static final String ANONYMOUS_CSRF = "fw_csrf";
  private static final String SESSION_TOKEN_ATTRIBUTE = "facetwire.sessionToken";

  private final SessionStore sessions;
  private final FacetwireConfig config;

  public SessionCookies(SessionStore sessions, FacetwireConfig config) {
    this.sessions = sessions;
    this.config = config;
  }

  /** Before every request but static files: find the viewer and make it available to routes and templates. */
  public void load(Context ctx) {
    Viewer.CURRENT.remove();
    if (ctx.path().startsWith("/static/") || ctx.path().equals("/health")
        || ctx.path().startsWith("/health/")) {
      return;
    }
    Viewer viewer = null;
    String token = ctx.cookie(SESSION);
    if (token != null) {
      Optional<Session> session = sessions.find(token);
      if (session.isPresent()) {
        Session s = session.get();
        viewer = new Viewer(true, s.user(), s.admin(), s.csrfToken());
        ctx.attribute(SESSION_TOKEN_ATTRIBUTE, token);
        // Pages for a signed-in user carry their CSRF token and private data: no shared cache keeps them.
        ctx.header("Cache-Control", "private, no-store");
      } else {
        clear(ctx, SESSION);
      }
    }
    if (viewer == null) {
      String csrf = ctx.cookie(ANONYMOUS_CSRF);
      boolean hasForms = hasForms(ctx.path());
      if (!Tokens.looksValid(csrf) && !hasForms) {
        csrf = null; // feed readers and API clients get no cookie: they fill in no forms
      } else if (!Tokens.looksValid(csrf)) {
        csrf = Tokens.random();
        set(ctx, ANONYMOUS_CSRF, csrf, null);
      }
      viewer = new Viewer(false, null, false, csrf);
    }
    ctx.attribute(Viewer.ATTRIBUTE, viewer);
    Viewer.CURRENT.set(viewer);
  }

  /** Pages people fill forms on; not the API, feeds, machine formats (.json, .atom, .csv) or files. */
  static boolean hasForms(String path) {
    return !path.startsWith("/api/") && !path.startsWith("/feeds/") && !path.startsWith("/static/")
        && !path.startsWith("/health") && !path.equals("/favicon.ico") && !MACHINE_FORMAT.matcher(path).matches();
  }

  private static final java.util.regex.Pattern MACHINE_FORMAT = java.util.regex.Pattern.compile(".*\\.(json|atom|csv)");

  /** After every request: the thread goes back to Jetty's pool without this request's viewer. */
  public static void unload(Context ctx) {
    Viewer.CURRENT.remove();
  }

  /**
   * Signs the browser in: a new session (new token, new CSRF token), so no earlier cookie carries over. False, and
   * no session kept, when {@code stillCurrent} (asked once the session is stored) says the password this sign-in
   * checked is no longer the account's: a change of password ends the other sessions it finds, and a sign-in that
   * checked the old password just before the change and stored its session just after was not among them (session
   * 29). Stored first, then asked: a change that the question does not see yet ends this session itself.
   */
  boolean signIn(Context ctx, Account account, java.util.function.BooleanSupplier stillCurrent) {
    String previous = ctx.cookie(SESSION);
    if (previous != null) {
      sessions.delete(previous);
    }
    SessionStore.Created created = sessions.create(account);
    if (!stillCurrent.getAsBoolean()) {
      sessions.delete(created.token());
      return false;
    }
    set(ctx, SESSION, created.token(), sessions.lifetime());
    return true;
  }

  void signOut(Context ctx) {
    String token = ctx.attribute(SESSION_TOKEN_ATTRIBUTE);
    if (token != null) {
      sessions.delete(token);
    }
    clear(ctx, SESSION);
  }

  /** The current session's cookie value, to keep it when other sessions are ended. */
  static String sessionToken(Context ctx) {
    return ctx.attribute(SESSION_TOKEN_ATTRIBUTE);
  }

  private void set(Context ctx, String name, String value, Duration maxAge) {
    StringBuilder cookie = new StringBuilder(name).append('=').append(value)
        .append("; Path=/; HttpOnly; SameSite=Lax");
    if (maxAge != null) {
      cookie.append("; Max-Age=").append(maxAge.toSeconds());
    }
    if (RequestInfo.isHttps(ctx, config)) {
      cookie.append("; Secure");
    }
    ctx.res().addHeader("Set-Cookie", cookie.toString());
  }

  private void clear(Context ctx, String name) {
    StringBuilder cookie = new StringBuilder(name).append("=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0");
    if (RequestInfo.isHttps(ctx, config)) {
      cookie.append("; Secure");
    }
    ctx.res().addHeader("Set-Cookie", cookie.toString());
  }
}
