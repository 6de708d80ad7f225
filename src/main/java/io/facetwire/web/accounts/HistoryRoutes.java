package io.facetwire.web.accounts;

import io.facetwire.facet.FacetCatalog;
import io.facetwire.saved.SearchHistory;
import io.facetwire.search.SearchState;
import io.facetwire.web.http.Templates;
import io.facetwire.web.http.Viewer;
import io.facetwire.web.view.DisplayDates;
import io.facetwire.web.http.PageTitle;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search history of signed-in users: recorded after each search page they open (in the background,
 * so the page never waits for it), listed newest first, cleared on request.
 */
public final class HistoryRoutes {

  private static final Logger LOG = LoggerFactory.getLogger(HistoryRoutes.class);

  private final SearchHistory history;
  private final Templates templates;
  private final FacetCatalog facets;
  /** One writer thread; when it falls far behind, entries are dropped rather than piling up. */
  private final ThreadPoolExecutor writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
      new ArrayBlockingQueue<>(1000), r -> {
        Thread t = new Thread(r, "facetwire-history");
        t.setDaemon(true);
        return t;
      }, new ThreadPoolExecutor.DiscardPolicy());

  record EntryView(String description, String url, String when) {}

  public HistoryRoutes(SearchHistory history, Templates templates, FacetCatalog facets) {
    this.facets = facets;
    this.history = history;
    this.templates = templates;
  }

  /** After-handler on the search page: remember what a signed-in user searched for. */
  public void record(Context ctx) {
    Viewer viewer = Viewer.of(ctx);
    if (!viewer.signedIn() || ctx.status().getCode() != 200 || !openedHere(ctx)) {
      return;
    }
    SearchState state = SearchState.fromQuery(ctx.queryParamMap(), facets).withPage(1);
    if (state.isBlank()) {
      return;
    }
    String owner = viewer.owner();
    String query = state.toQueryString();
    String description = state.describeShown();
    writer.execute(() -> {
      try {
        history.record(owner, query, description);
      } catch (RuntimeException e) {
        LOG.warn("Could not record a search in the history: {}", e.getMessage());
      }
    });
  }

  /**
   * Whether the visitor opened the search from this site or by hand (typed, a bookmark): the browser's
   * {@code Sec-Fetch-Site} is {@code same-origin} or {@code none}, or, from a browser that does not send it, the
   * {@code Referer} is absent or this host. Another site's link or script navigation to {@code /search?q=...} carries
   * the session cookie ({@code SameSite=Lax} lets it go with a top-level GET) and would write its search into the
   * account's history, which the history page then offers to run (session 30; docs/limits.md).
   */
  static boolean openedHere(Context ctx) {
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null) {
      return "same-origin".equals(site) || "none".equals(site);
    }
    String referer = ctx.header("Referer");
    if (referer == null || referer.isEmpty()) {
      return true;
    }
    try {
      java.net.URI from = java.net.URI.create(referer.strip());
      String host = ctx.host();
      return host != null && from.getRawAuthority() != null && from.getRawAuthority().equalsIgnoreCase(host);
    } catch (IllegalArgumentException e) {
      return false; // a referer no browser sends: not this site's page
    }
  }

  public void page(Context ctx) {
    List<EntryView> entries = history.list(Viewer.of(ctx).owner()).stream()
        .map(e -> new EntryView(e.description(), e.searchUrl(), DisplayDates.when(e.at()))).toList();
    Map<String, Object> model = new HashMap<>();
    model.put("title", PageTitle.of("Search history"));
    model.put("entries", entries);
    model.put("cap", history.cap());
    model.put("message", "cleared".equals(ctx.queryParam("done")) ? "History cleared." : null);
    templates.html(ctx, "history", model);
  }

  public void clear(Context ctx) {
    history.clear(Viewer.of(ctx).owner());
    ctx.redirect("/account/history?done=cleared", HttpStatus.SEE_OTHER);
  }
}
