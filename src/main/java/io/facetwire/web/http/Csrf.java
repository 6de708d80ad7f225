package io.facetwire.web.http;

import io.facetwire.account.Tokens;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;

/**
 * Every state-changing request from a browser must carry the viewer's CSRF token: forms in the
 * hidden field {@value #FIELD} (added by the {@code fragments :: csrf} template fragment), scripts in
 * the {@value #HEADER} header. The only exceptions are API calls that bring their own credentials
 * (a bearer token, which a browser never sends by itself) or none at all.
 */
public final class Csrf {

  static final String FIELD = "csrf";
  static final String HEADER = "X-CSRF-Token";
  static final String REJECTED = "This form has expired or did not come from this site. "
      + "Go back, reload the page and try again.";

  private Csrf() {}

  public static void check(Context ctx) {
    if (!changesState(ctx.method())) {
      return;
    }
    Viewer viewer = Viewer.of(ctx);
    if (ctx.path().startsWith("/api/")) {
      // No cookie session means no ambient authority to abuse; a bearer token is not sent by browsers.
      if (!viewer.signedIn() || ctx.header("Authorization") != null) {
        return;
      }
      if (!Tokens.same(viewer.csrf(), ctx.header(HEADER))) {
        throw new ForbiddenResponse("Send the " + HEADER + " header with this session's token.");
      }
      return;
    }
    String sent = ctx.header(HEADER) != null ? ctx.header(HEADER) : ctx.formParam(FIELD);
    if (!Tokens.same(viewer.csrf(), sent)) {
      throw new ForbiddenResponse(REJECTED);
    }
  }

  private static boolean changesState(HandlerType method) {
    return HandlerType.POST.equals(method) || HandlerType.PUT.equals(method) || HandlerType.PATCH.equals(method)
        || HandlerType.DELETE.equals(method);
  }
}
