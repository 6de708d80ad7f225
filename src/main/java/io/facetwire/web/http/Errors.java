package io.facetwire.web.http;

import io.facetwire.engine.EngineUnavailableException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure becomes a page (or JSON under {@code /api/}) that says what happened in plain words:
 * 400/404 for what the user sent, 503 while Elasticsearch is away, and a generic 500 that never shows
 * a stack trace.
 */
public final class Errors {

  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

  private Errors() {}

  public static void register(JavalinDefaultRoutingApi app, Templates templates) {
    app.exception(EngineUnavailableException.class, (e, ctx) -> {
      LOG.warn("Elasticsearch unavailable on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
      if (io.facetwire.engine.DiskFull.is(e)) {
        // Elasticsearch answers; it only refuses to write. Saying "cannot reach" sends people the wrong way.
        respond(ctx, templates, 503, "Cannot save changes",
            "Facetwire cannot save this: " + io.facetwire.engine.DiskFull.MESSAGE + ".");
        return;
      }
      respond(ctx, templates, 503, "Search is unavailable",
          "Facetwire cannot reach Elasticsearch right now. Please try again in a moment.");
    });
    app.exception(HttpResponseException.class, (e, ctx) ->
        respond(ctx, templates, e.getStatus(), titleFor(e.getStatus()), e.getMessage()));
    app.exception(BodyLimits.TooLarge.class, (e, ctx) ->
        respond(ctx, templates, 413, "Too large", e.getMessage()));
    app.exception(PacedBodies.TooSlow.class, (e, ctx) -> {
      LOG.info("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
      respond(ctx, templates, 408, "Too slow", e.getMessage());
    });
    // A charset nobody reads ("application/json; charset=ebcdic"): its message was the bare name.
    app.exception(java.nio.charset.UnsupportedCharsetException.class, (e, ctx) ->
        respond(ctx, templates, 415, "Unsupported type", BodyLimits.unreadableCharset(e.getCharsetName())));
    app.exception(java.nio.charset.IllegalCharsetNameException.class, (e, ctx) ->
        respond(ctx, templates, 415, "Unsupported type", "The request names a charset that does not exist;"
            + " send UTF-8."));
    // A saved search that another server (or the alert job) kept changing under this change: nothing was made.
    app.exception(io.facetwire.saved.ChangedMeanwhile.class, (e, ctx) ->
        respond(ctx, templates, 409, titleFor(409), e.getMessage()));
    app.exception(IllegalArgumentException.class, (e, ctx) ->
        respond(ctx, templates, 400, "Bad request", e.getMessage()));
    // Elasticsearch refused the search itself (the search page shows this inline; other pages here).
    app.exception(io.facetwire.search.SearchQueryException.class, (e, ctx) ->
        respond(ctx, templates, 400, "This search cannot be run", e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      if (PacedAnswers.endedBy(e)) {
        // The client read its answer too slowly and its connection is closed: nothing more can be sent,
        // and it is the client's doing, so one line, no stack trace.
        LOG.info("{} {}: {}", ctx.method(), ctx.path(), PacedAnswers.TooSlow.class.getSimpleName());
        return;
      }
      if (ClientGone.is(e)) {
        // The client stopped sending its body (closed the connection, or stalled past the idle timeout):
        // its fault, not the server's, so no 500, no stack trace, and nothing for a flood to fill the log with.
        LOG.info("{} {}: {}", ctx.method(), ctx.path(), ClientGone.MESSAGE);
        respond(ctx, templates, 400, "Bad request", ClientGone.MESSAGE);
        return;
      }
      LOG.error("Unexpected error on {} {}", ctx.method(), ctx.path(), e);
      respond(ctx, templates, 500, "Something went wrong",
          "The server could not complete this request. It has been logged.");
    });
    app.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty() || "Endpoint GET /".equals(ctx.result())) {
        respond(ctx, templates, 404, "Not found", "There is no page at this address.");
      }
    });
    app.error(405, ctx -> respond(ctx, templates, 405, "Method not allowed",
        "This address does not accept " + ctx.method() + " requests."));
  }

  private static String titleFor(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 401 -> "Sign in needed";
      case 403 -> "Not allowed";
      case 409 -> "Changed meanwhile";
      case 429 -> "Too many requests";
      case 404 -> "Not found";
      case 413 -> "Too large";
      case 415 -> "Unsupported type";
      case 503 -> "Busy";
      default -> "Error " + status;
    };
  }

  static void respond(Context ctx, Templates templates, int status, String title, String message) {
    if (status != 408 && status != 413) {
      // A body too slow or too large is cut off unread on purpose; any other refused body is read first.
      BodyLimits.swallowUnread(ctx);
    }
    ctx.status(status);
    if (ctx.path().startsWith("/api/") || ctx.path().equals("/health") || ctx.path().startsWith("/health/")
        || ctx.path().equals("/metrics")) {
      ctx.json(Map.of("error", message == null ? title : message));
      return;
    }
    Map<String, Object> model = new HashMap<>();
    model.put("title", PageTitle.of(title));
    model.put("heading", title);
    model.put("message", message);
    model.put("status", status);
    templates.html(ctx, "error", model);
  }

}
