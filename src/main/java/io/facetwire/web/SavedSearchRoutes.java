package io.facetwire.web;

import io.facetwire.saved.SavedSearch;
import io.facetwire.saved.SavedSearchStore;
import io.facetwire.search.SearchState;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Saved searches: save the current search, list, run, rename, delete. Plain forms and redirects
 * (POST, then 303 to the list), so all of it works without JavaScript.
 */
final class SavedSearchRoutes {

  private final SavedSearchStore store;
  private final Templates templates;

  SavedSearchRoutes(SavedSearchStore store, Templates templates) {
    this.store = store;
    this.templates = templates;
  }

  /** Until accounts exist, everyone shares one owner; the owner never comes from the request. */
  private static String owner(Context ctx) {
    return SavedSearch.ANONYMOUS_OWNER;
  }

  record Row(String id, String name, String description, String runUrl, String searchUrl,
      String renameUrl, String deleteUrl, String lastRun) {}

  void list(Context ctx) {
    List<Row> rows = new ArrayList<>();
    for (SavedSearch s : store.list(owner(ctx))) {
      SearchState state = SearchState.fromQuery(QueryStrings.parse(s.queryString()));
      String base = "/saved/" + s.id();
      rows.add(new Row(s.id(), s.name(), state.describe(), base, s.searchUrl(), base + "/rename",
          base + "/delete", s.lastRunAt() == null ? "never" : SearchPageModel.DATE.format(s.lastRunAt())));
    }
    Map<String, Object> model = new HashMap<>();
    model.put("title", "Saved searches – Facetwire");
    model.put("rows", rows);
    model.put("message", message(ctx.queryParam("done")));
    ctx.html(templates.render("saved", model));
  }

  void create(Context ctx) {
    // The search is re-parsed and printed canonically: only a valid search state is ever stored.
    SearchState state = SearchState.fromQuery(QueryStrings.parse(ctx.formParam("query"))).withPage(1);
    String name = ctx.formParam("name");
    if (name == null || name.isBlank()) {
      name = state.describe();
    }
    store.create(owner(ctx), name, state.toQueryString());
    ctx.redirect("/saved?done=saved", HttpStatus.SEE_OTHER);
  }

  void run(Context ctx) {
    SavedSearch saved = store.markRun(owner(ctx), ctx.pathParam("id")).orElseThrow(SavedSearchRoutes::notFound);
    ctx.redirect(saved.searchUrl(), HttpStatus.SEE_OTHER);
  }

  void rename(Context ctx) {
    String name = ctx.formParam("name");
    if (name == null || name.isBlank()) {
      throw new BadRequestResponse("A saved search needs a name.");
    }
    store.rename(owner(ctx), ctx.pathParam("id"), name).orElseThrow(SavedSearchRoutes::notFound);
    ctx.redirect("/saved?done=renamed", HttpStatus.SEE_OTHER);
  }

  void delete(Context ctx) {
    if (!store.delete(owner(ctx), ctx.pathParam("id"))) {
      throw notFound();
    }
    ctx.redirect("/saved?done=deleted", HttpStatus.SEE_OTHER);
  }

  private static NotFoundResponse notFound() {
    return new NotFoundResponse("No saved search with this id.");
  }

  private static String message(String done) {
    if (done == null) {
      return null;
    }
    return switch (done) {
      case "saved" -> "Search saved.";
      case "renamed" -> "Saved search renamed.";
      case "deleted" -> "Saved search deleted.";
      default -> null;
    };
  }
}
