package io.facetwire.web.http;

import io.facetwire.FacetwireConfig;
import io.facetwire.account.Tokens;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;

/**
 * The ingest API is for admins: {@code Authorization: Bearer <FACETWIRE_API_TOKEN>} (scripts, other
 * systems) or a signed-in admin's session (with its CSRF header, checked by {@link Csrf}).
 */
public final class ApiAuth {

  private final FacetwireConfig config;
  private final String localToken;

  /**
   * @param localToken the token {@code serve} leaves in its data folder (owner-only file) for the
   *                   {@code import} command of the same user, or null
   */
  public ApiAuth(FacetwireConfig config, String localToken) {
    this.config = config;
    this.localToken = localToken;
  }

  public void requireAdmin(Context ctx) {
    String authorization = ctx.header("Authorization");
    if (authorization != null) {
      String token = authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).strip() : null;
      if (config.apiToken() != null && Tokens.same(config.apiToken(), token)
          || localToken != null && Tokens.same(localToken, token)) {
        return;
      }
      ctx.header("WWW-Authenticate", "Bearer");
      throw new UnauthorizedResponse("The API token is not valid.");
    }
    Viewer viewer = Viewer.of(ctx);
    if (!viewer.signedIn()) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new UnauthorizedResponse("Importing needs an admin: send Authorization: Bearer <FACETWIRE_API_TOKEN>.");
    }
    if (!viewer.admin()) {
      throw new ForbiddenResponse("Only an admin may import articles.");
    }
  }
}
