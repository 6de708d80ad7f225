package io.facetwire.web.ops;

import io.facetwire.FacetwireConfig;
import io.facetwire.account.Tokens;
import io.facetwire.web.http.Viewer;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;

/**
 * Who may read what only operators see (metrics, the cluster's figures on {@code /health}): a signed-in
 * admin, or a scraper with {@code Authorization: Bearer $FACETWIRE_METRICS_TOKEN}. A bearer token that is
 * not the metrics token is refused (401), never quietly taken for an anonymous visitor: a scraper with a
 * wrong token should hear so rather than read a thinner answer.
 */
final class OperatorAccess {

  private OperatorAccess() {}

  /** True for an operator; false for anyone without a token who is not an admin; 401 for a wrong token. */
  static boolean isOperator(Context ctx, FacetwireConfig config) {
    String authorization = ctx.header("Authorization");
    if (authorization == null) {
      return Viewer.of(ctx).admin();
    }
    String token = authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).strip() : null;
    if (config.metricsToken() == null || !Tokens.same(config.metricsToken(), token)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new UnauthorizedResponse("The metrics token is not valid.");
    }
    return true;
  }
}
