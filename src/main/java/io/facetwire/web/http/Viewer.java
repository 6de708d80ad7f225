package io.facetwire.web.http;

import io.javalin.http.Context;

/**
 * Who is asking: signed in (with email and admin flag) or anonymous, and the CSRF token their forms
 * must carry. Made once per request by {@code accounts.SessionCookies#load}; templates see it as {@code viewer}.
 */
public record Viewer(boolean signedIn, String email, boolean admin, String csrf) {

  public static final String ATTRIBUTE = "facetwire.viewer";
  static final Viewer NOBODY = new Viewer(false, null, false, null);

  /** The viewer of this request (anonymous when none was loaded, e.g. on a static file). */
  public static Viewer of(Context ctx) {
    Viewer v = ctx.attribute(ATTRIBUTE);
    return v == null ? NOBODY : v;
  }

  /** The owner id for saved searches and history: the account's id, never anything from the request. */
  public String owner() {
    return email;
  }

  /** The CSRF token as a form carries it: masked afresh for every use ({@link Csrf#masked}), null without one. */
  public String maskedCsrf() {
    return csrf == null ? null : Csrf.masked(csrf);
  }

  /** Templates run on the request's thread; this lets every page's header know the viewer. */
  public static final ThreadLocal<Viewer> CURRENT = new ThreadLocal<>();
}
