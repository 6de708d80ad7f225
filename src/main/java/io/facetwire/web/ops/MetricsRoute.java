package io.facetwire.web.ops;

import io.facetwire.FacetwireConfig;
import io.facetwire.metrics.Meters;
import io.facetwire.web.http.Viewer;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;

/**
 * {@code GET /metrics}: the Prometheus text format, for a signed-in admin or a scraper with
 * {@code Authorization: Bearer $FACETWIRE_METRICS_TOKEN}. Metrics say what is searched how often
 * and how big the index is, so they are not public.
 */
public final class MetricsRoute {

  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final FacetwireConfig config;

  public MetricsRoute(FacetwireConfig config) {
    this.config = config;
  }

  public void handle(Context ctx) {
    if (ctx.header("Authorization") != null && !OperatorAccess.hasMetricsToken(ctx, config)) {
      // A scraper with a wrong token hears so, rather than being taken for a visitor.
      ctx.header("WWW-Authenticate", "Bearer");
      throw new UnauthorizedResponse("The metrics token is not valid.");
    }
    if (!OperatorAccess.isOperator(ctx, config)) {
      Viewer viewer = Viewer.of(ctx);
      if (!viewer.signedIn()) {
        ctx.header("WWW-Authenticate", "Bearer");
        throw new UnauthorizedResponse("Metrics need an admin: send Authorization: Bearer <FACETWIRE_METRICS_TOKEN>.");
      }
      throw new ForbiddenResponse("Only an admin may read the metrics.");
    }
    ctx.contentType(CONTENT_TYPE).result(Meters.registry().scrape());
  }
}
