package io.facetwire.web.saved;

import io.facetwire.FacetwireConfig;
import io.facetwire.account.Accounts;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.saved.SavedSearch;
import io.facetwire.saved.SavedSearchHits;
import io.facetwire.saved.SavedSearchQuery;
import io.facetwire.saved.SavedSearchStore;
import io.facetwire.search.SearchState;
import io.facetwire.search.Sort;
import io.facetwire.web.http.ExpensiveWork;
import io.facetwire.web.http.RequestInfo;
import io.facetwire.web.http.Templates;
import io.facetwire.web.http.Viewer;
import io.facetwire.web.view.DisplayDates;
import io.facetwire.web.view.PartialNote;
import io.facetwire.web.http.PageTitle;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A saved search's own page, for its owner: its newest matches with those that are new since the last
 * visit marked (opening it marks it seen), the edit form, the share link, the feed URL and alerts.
 */
public final class SavedSearchPageRoutes {

  static final int HITS_SHOWN = 50;

  private final SavedSearchStore store;
  private final SavedSearchHits hits;
  private final Accounts accounts;
  private final FacetwireConfig config;
  private final Templates templates;
  private final FacetCatalog facets;
  /** Places for a saved search with a wildcard, as every other route's wildcard search takes (session 26). */
  private final ExpensiveWork expensive;

  public SavedSearchPageRoutes(SavedSearchStore store, SavedSearchHits hits, Accounts accounts,
      FacetwireConfig config, Templates templates, FacetCatalog facets, ExpensiveWork expensive) {
    this.expensive = expensive;
    this.facets = facets;
    this.store = store;
    this.hits = hits;
    this.accounts = accounts;
    this.config = config;
    this.templates = templates;
  }

  record Option(String value, String label, boolean selected) {}

  /** One textarea of the edit form: a facet's chosen (or left-out) values, one per line. */
  record FacetField(String name, String label, String lines) {}

  public void page(Context ctx) throws Exception {
    String owner = Viewer.of(ctx).owner();
    String id = ctx.pathParam("id");
    String done = ctx.queryParam("done");
    // Whether it is expensive work is known from the search; it is marked seen only once it has a place, so a
    // visit refused for want of one leaves its new matches new.
    SavedSearch search = store.get(owner, id).orElseThrow(SavedSearchRoutes::notFound);
    expensive.run(ctx, SavedSearchQuery.state(search, facets).isExpensive(), c -> page(c, owner, id, done));
  }

  private void page(Context ctx, String owner, String id, String done) {
    // A plain visit marks the search seen; the redirect after a change on this page does not, so
    // the new hits stay marked while the owner works on the search.
    Optional<SavedSearch> found = done == null ? store.markSeen(owner, id) : store.get(owner, id);
    SavedSearch saved = found.orElseThrow(SavedSearchRoutes::notFound);
    Instant seenUntil = saved.seenUntil();
    SavedSearchHits.Page page = hits.newestFirst(saved, HITS_SHOWN, seenUntil);
    if (page.partial() && done == null) {
      // Cut by its time budget, the page may not show every new match: they stay new for the next visit.
      store.unmarkSeen(saved);
    }
    SearchState state = SavedSearchQuery.state(saved, facets);

    Map<String, Object> model = new HashMap<>();
    model.put("title", PageTitle.naming("", saved.name(), " – Saved search"));
    model.put("saved", saved);
    model.put("base", "/saved/" + saved.id());
    model.put("description", state.describeShown());
    model.put("total", page.total());
    model.put("unit", page.unit());
    model.put("hits", SavedSearchViews.hits(page));
    model.put("newCount", page.newCount());
    model.put("seenSince", DisplayDates.when(seenUntil));
    model.put("firstVisit", saved.lastSeenAt() == null);
    String baseUrl = RequestInfo.baseUrl(ctx, config);
    model.put("shareUrl", saved.shareToken() == null ? null : baseUrl + "/shared/" + saved.shareToken());
    model.put("feedUrl", saved.feedToken() == null ? null : baseUrl + "/feeds/" + saved.feedToken());
    model.put("alertStatus", SavedSearchViews.alertStatus(saved));
    model.put("alertFailed", SavedSearchViews.alertFailed(saved));
    model.put("webhookSet", accounts.find(owner).map(a -> a.webhookUrl() != null).orElse(false));
    model.put("message", message(done));
    model.put(PartialNote.KEY, PartialNote.of(page.partial(), "These matches and the new ones"
        + " (still new on your next visit)"));
    editForm(state, model);
    templates.html(ctx, "saved-search", model);
  }

  private static void editForm(SearchState state, Map<String, Object> model) {
    model.put("q", state.query());
    List<FacetField> fields = new ArrayList<>();
    for (Facet facet : state.facets().all()) {
      fields.add(new FacetField(facet.param(), facet.singular() + " (one per line)",
          String.join("\n", state.values(facet))));
    }
    for (Facet facet : state.facets().all()) {
      fields.add(new FacetField(facet.excludeParam(), "Leave out " + facet.noun()
          + " (one per line)", String.join("\n", state.excluded(facet))));
    }
    model.put("facetFields", fields);
    // The form has inputs for everything but the page size, which rides along unchanged.
    model.put("hidden", state.formFields(EnumSet.of(SearchState.Part.SIZE)));
    model.put("from", state.from() == null ? "" : state.from().toString());
    model.put("to", state.to() == null ? "" : state.to().toString());
    List<Option> sorts = new ArrayList<>();
    for (Sort s : Sort.values()) {
      sorts.add(new Option(s.param(), s.label(), s == state.sort()));
    }
    model.put("sorts", sorts);
  }

  public void share(Context ctx) {
    change(ctx, (owner, id) -> store.setShared(owner, id, true), "shared");
  }

  public void unshare(Context ctx) {
    change(ctx, (owner, id) -> store.setShared(owner, id, false), "unshared");
  }

  public void resetFeed(Context ctx) {
    change(ctx, (owner, id) -> store.setFeed(owner, id, true), "feed-reset");
  }

  public void revokeFeed(Context ctx) {
    change(ctx, (owner, id) -> store.setFeed(owner, id, false), "feed-off");
  }

  public void alerts(Context ctx) {
    boolean on = "on".equals(ctx.formParam("alerts"));
    change(ctx, (owner, id) -> store.setAlerts(owner, id, on), on ? "alerts-on" : "alerts-off");
  }

  private interface Change {
    /** False when the owner has no saved search with this id. */
    boolean apply(String owner, String id);
  }

  private void change(Context ctx, Change change, String done) {
    String id = ctx.pathParam("id");
    if (!change.apply(Viewer.of(ctx).owner(), id)) {
      throw SavedSearchRoutes.notFound();
    }
    ctx.redirect("/saved/" + id + "?done=" + done, HttpStatus.SEE_OTHER);
  }

  private static final Map<String, String> MESSAGES = Map.of(
      "saved", "Search saved. It counts new articles from now on.",
      "already", "This form was already sent: the search was saved once, here.",
      "edited", "Saved search changed.",
      "shared", "Share link made. Anyone with it can see this search's results, read-only.",
      "unshared", "Share link revoked: it no longer works.",
      "feed-reset", "New feed URL made; the old one no longer works.",
      "feed-off", "Feed turned off; its URL no longer works.",
      "alerts-on", "Alerts on: new matches go to your webhook after each import.",
      "alerts-off", "Alerts off.");

  private static String message(String done) {
    return done == null ? null : MESSAGES.get(done);
  }

}
