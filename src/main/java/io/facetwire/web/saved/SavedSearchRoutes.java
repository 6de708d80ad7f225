package io.facetwire.web.saved;

import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.saved.NewSinceCounter;
import io.facetwire.saved.SavedSearch;
import io.facetwire.saved.SavedSearchQuery;
import io.facetwire.saved.SavedSearchStore;
import io.facetwire.search.SearchState;
import io.facetwire.web.http.ExpensiveWork;
import io.facetwire.web.http.Templates;
import io.facetwire.web.http.Viewer;
import io.facetwire.web.view.DisplayDates;
import io.facetwire.web.http.PageTitle;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A user's saved searches: save the current search, list them with their new-article counts, rename,
 * edit, delete. Plain forms and redirects (POST, then 303), so all of it works without JavaScript.
 * The owner is always the signed-in viewer, never a form field; someone else's id is "not found".
 */
public final class SavedSearchRoutes {

  private final SavedSearchStore store;
  private final NewSinceCounter newSince;
  private final Templates templates;
  private final FacetCatalog facets;
  /**
   * The list counts the new matches of every saved search at once (up to 500 in one _msearch): with wildcards among
   * them it is expensive work, as a wildcard search is (session 26: an account of 500 searches of three wildcards
   * each cost 1–2.6 s of server CPU per view of its list, four views at a time per address).
   */
  private final ExpensiveWork expensive;

  public SavedSearchRoutes(SavedSearchStore store, NewSinceCounter newSince, Templates templates, FacetCatalog facets,
      ExpensiveWork expensive) {
    this.expensive = expensive;
    this.facets = facets;
    this.store = store;
    this.newSince = newSince;
    this.templates = templates;
  }

  public void list(Context ctx) throws Exception {
    List<SavedSearch> searches = store.list(Viewer.of(ctx).owner());
    boolean wildcards = searches.stream().anyMatch(s -> SavedSearchQuery.state(s, facets).isExpensive());
    expensive.run(ctx, wildcards, c -> list(c, searches));
  }

  private void list(Context ctx, List<SavedSearch> searches) {
    Map<String, Long> counts = newSince.counts(searches);
    List<SavedSearchViews.Row> rows = new ArrayList<>();
    for (SavedSearch s : searches) {
      String base = "/saved/" + s.id();
      Long n = counts.get(s.id());
      rows.add(new SavedSearchViews.Row(s.id(), s.name(), SavedSearchQuery.state(s, facets).describeShown(), base,
          s.searchUrl(), base + "/rename", base + "/delete", n == null ? "?" : n.toString(), n != null && n > 0,
          DisplayDates.when(s.lastSeenAt()), s.alerts()));
    }
    Map<String, Object> model = new HashMap<>();
    model.put("title", PageTitle.of("Saved searches"));
    model.put("rows", rows);
    model.put("message", message(ctx.queryParam("done")));
    templates.html(ctx, "saved", model);
  }

  public void create(Context ctx) {
    // The search is re-parsed and printed canonically: only a valid search state is ever stored.
    SearchState state = SearchState.parse(ctx.formParam("query"), facets).canonical();
    String name = SavedSearch.name(ctx.formParam("name"));
    if (name == null) {
      name = state.describe();
    }
    SavedSearchStore.Saved saved;
    try {
      saved = store.create(Viewer.of(ctx).owner(), name, state.toQueryString(), ctx.formParam("once"));
    } catch (SavedSearchStore.LimitReached e) {
      throw new BadRequestResponse(e.getMessage());
    }
    ctx.redirect("/saved/" + saved.search().id() + (saved.already() ? "?done=already" : "?done=saved"),
        HttpStatus.SEE_OTHER);
  }

  public void rename(Context ctx) {
    String name = SavedSearch.name(ctx.formParam("name"));
    if (name == null) {
      throw new BadRequestResponse("A saved search needs a name.");
    }
    if (!store.rename(Viewer.of(ctx).owner(), ctx.pathParam("id"), name)) {
      throw notFound();
    }
    ctx.redirect("/saved?done=renamed", HttpStatus.SEE_OTHER);
  }

  /** The edit form on a saved search's page: name, words, one facet value per line, dates, sort. */
  public void edit(Context ctx) {
    String owner = Viewer.of(ctx).owner();
    String id = ctx.pathParam("id");
    store.get(owner, id).orElseThrow(SavedSearchRoutes::notFound);
    SearchState parsed = SearchState.fromQuery(editedParameters(ctx), facets);
    if (!parsed.notes().isEmpty()) {
      throw new BadRequestResponse("Not saved: " + String.join(" ", parsed.notes()));
    }
    SearchState state = parsed.canonical();
    String name = SavedSearch.name(ctx.formParam("name"));
    if (name == null) {
      throw new BadRequestResponse("A saved search needs a name.");
    }
    if (!store.edit(owner, id, name, state.toQueryString())) {
      throw notFound();
    }
    ctx.redirect("/saved/" + id + "?done=edited", HttpStatus.SEE_OTHER);
  }

  Map<String, List<String>> editedParameters(Context ctx) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    put(params, "q", ctx.formParam("q"));
    for (Facet facet : facets.all()) {
      for (String name : List.of(facet.param(), facet.excludeParam())) {
        String lines = ctx.formParam(name);
        if (lines != null) {
          lines.lines().map(String::strip).filter(v -> !v.isEmpty()).distinct()
              .forEach(v -> params.computeIfAbsent(name, k -> new ArrayList<>()).add(v));
        }
      }
    }
    put(params, "from", ctx.formParam("from"));
    put(params, "to", ctx.formParam("to"));
    put(params, "sort", ctx.formParam("sort"));
    put(params, "size", ctx.formParam("size"));
    return params;
  }

  private static void put(Map<String, List<String>> params, String name, String value) {
    if (value != null && !value.isBlank()) {
      params.put(name, List.of(value.strip()));
    }
  }

  public void delete(Context ctx) {
    if (!store.delete(Viewer.of(ctx).owner(), ctx.pathParam("id"))) {
      throw notFound();
    }
    ctx.redirect("/saved?done=deleted", HttpStatus.SEE_OTHER);
  }

  static NotFoundResponse notFound() {
    return new NotFoundResponse("No saved search with this id.");
  }

  private static String message(String done) {
    if (done == null) {
      return null;
    }
    return switch (done) {
      case "renamed" -> "Saved search renamed.";
      case "deleted" -> "Saved search deleted.";
      default -> null;
    };
  }
}
