package io.facetwire.web.saved;

import io.facetwire.FacetwireConfig;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.feed.AtomWriter;
import io.facetwire.saved.SavedSearch;
import io.facetwire.saved.SavedSearchHits;
import io.facetwire.saved.SavedSearchQuery;
import io.facetwire.saved.SavedSearchStore;
import io.facetwire.web.export.FeedEntries;
import io.facetwire.web.view.PartialNote;
import io.facetwire.web.http.ExpensiveWork;
import io.facetwire.web.http.RequestInfo;
import io.facetwire.web.http.Templates;
import io.facetwire.web.http.PageTitle;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.Map;

/**
 * What a secret token opens without an account: the read-only share page and the Atom feed. A token
 * that is unknown, revoked or malformed gets the same 404 as any missing page.
 */
public final class PublicSavedRoutes {

  static final int FEED_ENTRIES = 50;

  private final SavedSearchStore store;
  private final SavedSearchHits hits;
  private final FacetwireConfig config;
  private final Templates templates;
  private final FacetCatalog facets;

  /**
   * Places for a saved search with a wildcard (session 26): its shared page and feed are anonymous, and ran its
   * wildcards outside the places every other route's wildcard search takes, four at a time per address.
   */
  private final ExpensiveWork expensive;

  public PublicSavedRoutes(SavedSearchStore store, SavedSearchHits hits, FacetwireConfig config, Templates templates,
      FacetCatalog facets, ExpensiveWork expensive) {
    this.expensive = expensive;
    this.facets = facets;
    this.store = store;
    this.hits = hits;
    this.config = config;
    this.templates = templates;
  }

  public void shared(Context ctx) throws Exception {
    SavedSearch saved = store.findByShareToken(ctx.pathParam("token")).orElseThrow(PublicSavedRoutes::gone);
    expensive.run(ctx, SavedSearchQuery.state(saved, facets).isExpensive(), c -> shared(c, saved));
  }

  private void shared(Context ctx, SavedSearch saved) {
    SavedSearchHits.Page page = hits.newestFirst(saved, SavedSearchPageRoutes.HITS_SHOWN);
    Map<String, Object> model = new HashMap<>();
    model.put("title", PageTitle.naming(saved.name()));
    model.put("name", saved.name());
    model.put("description", SavedSearchQuery.state(saved, facets).describeShown());
    model.put("searchUrl", saved.searchUrl());
    model.put("total", page.total());
    model.put("unit", page.unit());
    model.put("hits", SavedSearchViews.hits(page));
    model.put(PartialNote.KEY, PartialNote.of(page.partial(), "These matches"));
    // Not for search engines, and no referrer: the token is in this page's URL.
    ctx.header("X-Robots-Tag", "noindex");
    ctx.header("Referrer-Policy", "no-referrer");
    templates.html(ctx, "shared", model);
  }

  public void feed(Context ctx) throws Exception {
    String token = ctx.pathParam("token");
    SavedSearch saved = store.findByFeedToken(token).orElseThrow(PublicSavedRoutes::gone);
    expensive.run(ctx, SavedSearchQuery.state(saved, facets).isExpensive(), c -> feed(c, token, saved));
  }

  private void feed(Context ctx, String token, SavedSearch saved) {
    SavedSearchHits.FirstVersions entries = hits.firstVersions(saved, FEED_ENTRIES);
    String base = RequestInfo.baseUrl(ctx, config);
    // Without matches the feed last changed when the saved search did.
    java.time.Instant since = saved.updatedAt() != null ? saved.updatedAt()
        : saved.createdAt() != null ? saved.createdAt() : java.time.Instant.now();
    String xml = AtomWriter.render(new AtomWriter.FeedHead("urn:facetwire:saved-search:" + saved.id(),
            "Facetwire: " + saved.name(), base + "/feeds/" + token, base + saved.searchUrl(), since)
            .partial(entries.partial()),
        entries.hits().stream().map(hit -> FeedEntries.of(hit, base, facets)).toList());
    ctx.header("X-Robots-Tag", "noindex");
    ctx.header("Cache-Control", "private, max-age=60");
    ctx.contentType("application/atom+xml; charset=utf-8").result(xml);
  }

  private static NotFoundResponse gone() {
    return new NotFoundResponse("There is nothing at this address. The link may have been revoked.");
  }
}
