package io.facetwire.web.admin;

import io.facetwire.sources.Sources;
import io.facetwire.sources.store.Source;
import io.facetwire.sources.store.SourceActivity;
import io.facetwire.web.http.AccessRules;
import io.facetwire.web.http.Templates;
import io.facetwire.web.http.Viewer;
import io.facetwire.web.view.DisplayDates;
import io.facetwire.web.http.PageTitle;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/sources}: the admin's live sources, with each one's status, and the forms to add,
 * pause, resume, poll now and remove. Admins only (anonymous visitors are sent to sign in by
 * {@link AccessRules}; other accounts get 403). Every form carries the CSRF token.
 */
public final class SourceRoutes {

  /** One row of the table, every value already in words. */
  record SourceView(String id, String name, String url, int interval, boolean paused, String format,
      String lastFetch, String lastSuccess, String nextPoll, long lastDay, long lastWeek, String error,
      boolean failing, int lastNew) {}

  private static final Map<String, String> DONE = Map.of("added", "Source added: its first poll is due now.",
      "paused", "Source paused.", "resumed", "Source resumed: it is polled again now.",
      "poll", "The source will be polled within a minute.", "removed", "Source removed; its articles stay searchable.");

  private final Sources sources;
  private final Templates templates;

  public SourceRoutes(Sources sources, Templates templates) {
    this.sources = sources;
    this.templates = templates;
  }

  public void page(Context ctx) {
    requireAdmin(ctx);
    String done = ctx.queryParam("done");
    render(ctx, 200, done == null ? null : DONE.get(done), null, Map.of());
  }

  public void add(Context ctx) {
    requireAdmin(ctx);
    String name = ctx.formParam("name");
    String url = ctx.formParam("url");
    String intervalText = ctx.formParam("interval");
    int interval;
    try {
      interval = intervalText == null || intervalText.isBlank() ? Source.DEFAULT_INTERVAL_MINUTES
          : Integer.parseInt(intervalText.strip());
    } catch (NumberFormatException e) {
      render(ctx, 400, null, "The poll interval must be a whole number of minutes.", form(name, url, intervalText));
      return;
    }
    try {
      sources.add(name, url, interval, Viewer.of(ctx).email());
    } catch (Sources.InvalidSource e) {
      render(ctx, 400, null, e.getMessage(), form(name, url, intervalText));
      return;
    }
    ctx.redirect("/admin/sources?done=added", HttpStatus.SEE_OTHER);
  }

  public void pause(Context ctx) {
    act(ctx, "paused", id -> sources.store().setPaused(id, true));
  }

  public void resume(Context ctx) {
    act(ctx, "resumed", id -> sources.store().setPaused(id, false));
  }

  public void pollNow(Context ctx) {
    act(ctx, "poll", id -> sources.store().pollSoon(id));
  }

  public void remove(Context ctx) {
    act(ctx, "removed", id -> sources.store().remove(id));
  }

  private void act(Context ctx, String done, java.util.function.Predicate<String> action) {
    requireAdmin(ctx);
    if (!action.test(ctx.pathParam("id"))) {
      throw new NotFoundResponse("There is no such source.");
    }
    ctx.redirect("/admin/sources?done=" + done, HttpStatus.SEE_OTHER);
  }

  private void render(Context ctx, int status, String message, String error, Map<String, String> form) {
    List<Source> all = sources.store().list();
    Map<String, SourceActivity.Counts> counts = sources.activity().byName(all.stream().map(Source::name).toList());
    List<SourceView> rows = all.stream().map(s -> {
      SourceActivity.Counts c = counts.getOrDefault(s.name(), SourceActivity.Counts.NONE);
      return new SourceView(s.id(), s.name(), s.url(), s.intervalMinutes(), s.paused(), s.format(),
          DisplayDates.when(s.lastFetchAt()), DisplayDates.when(s.lastSuccessAt()),
          s.paused() ? "paused" : DisplayDates.when(s.nextPollAt()), c.lastDay(), c.lastWeek(), s.lastError(),
          s.failing(), s.lastNew());
    }).toList();
    Map<String, Object> model = new HashMap<>();
    model.put("title", PageTitle.of("Sources"));
    model.put("sources", rows);
    model.put("message", message);
    model.put("error", error);
    model.put("form", form);
    model.put("defaultInterval", Source.DEFAULT_INTERVAL_MINUTES);
    ctx.status(status);
    templates.html(ctx, "admin-sources", model);
  }

  private static Map<String, String> form(String name, String url, String interval) {
    Map<String, String> f = new HashMap<>();
    f.put("name", name == null ? "" : name);
    f.put("url", url == null ? "" : url);
    // Shown again in an <input type=number>: anything but digits would make the page invalid HTML
    // (the error message names the problem; the box falls back to the default).
    f.put("interval", interval == null || !interval.strip().matches("[0-9]{1,9}") ? "" : interval.strip());
    return f;
  }

  private static void requireAdmin(Context ctx) {
    if (!Viewer.of(ctx).admin()) {
      throw new ForbiddenResponse("Only an admin may manage sources.");
    }
  }
}
