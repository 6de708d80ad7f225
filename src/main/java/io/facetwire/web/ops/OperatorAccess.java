package io.facetwire.web.ops;

import io.facetwire.FacetwireConfig;
import io.facetwire.account.Tokens;
import io.facetwire.web.http.Viewer;
import io.javalin.http.Context;

/**
 * Who may read what only operators see (metrics, the cluster's figures on {@code /health}): a signed-in
 * admin, or a scraper with {@code Authorization: Bearer $FACETWIRE_METRICS_TOKEN}.
 */
final class OperatorAccess {

  private OperatorAccess() {}

  /** An admin's session or the metrics token. */
  static boolean isOperator(Context ctx, FacetwireConfig config) {
    return hasMetricsToken(ctx, config) || Viewer.of(ctx).admin();
  }

  /** The request carries the metrics token (a bearer, scheme in any case). */
  static boolean hasMetricsToken(Context ctx, FacetwireConfig config) {
    String authorization = ctx.header("Authorization");
    if (authorization == null || config.metricsToken() == null) {
      return false;
    }
    String token = authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).strip() : null;
    return Tokens.same(config.metricsToken(), token);
  }
}
