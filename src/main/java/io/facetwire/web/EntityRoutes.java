package io.facetwire.web;

import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.search.EntityProfile;
import io.facetwire.search.EntityProfiles;
import io.facetwire.search.SearchResult;
import io.facetwire.search.SearchState;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Entity pages: {@code /country/{name}}, {@code /person/{name}}, {@code /topic/{name}}: articles over
 * time, the entities named most often with this one, the latest articles. Every number links to the
 * search it counts.
 */
final class EntityRoutes {

  private final EntityProfiles profiles;
  private final Templates templates;
  private final FacetCatalog facets;

  EntityRoutes(EntityProfiles profiles, Templates templates, FacetCatalog facets) {
    this.facets = facets;
    this.profiles = profiles;
    this.templates = templates;
  }

  record Related(String legend, List<Item> items) {}

  record Item(String value, long count, String searchUrl, String entityUrl) {}

  void page(Context ctx, Facet facet) {
    String name = ctx.pathParam("name").strip();
    if (name.isEmpty() || name.length() > 200) {
      throw new NotFoundResponse("No such " + facet.noun() + ".");
    }
    EntityProfile profile = profiles.profile(facet, name);
    if (profile.total() == 0) {
      throw new NotFoundResponse("No article names " + name + " as a " + facet.noun() + ".");
    }
    SearchState base = SearchState.empty(facets).withFilter(facet, name);
    List<Related> related = new ArrayList<>();
    for (Facet other : facets.all()) {
      List<Item> items = new ArrayList<>();
      for (SearchResult.FacetValue v : profile.cooccurring().get(other)) {
        items.add(new Item(v.value(), v.count(), base.withFilter(other, v.value()).url(),
            other.entityUrl(v.value())));
      }
      related.add(new Related(other.plural() + " in articles naming " + name, items));
    }
    List<SearchPageModel.Link> latest = new ArrayList<>();
    for (SearchResult.Hit h : profile.latest()) {
      String date = h.publishedAt() == null ? "" : " (" + SearchPageModel.DATE.format(h.publishedAt()) + ")";
      latest.add(new SearchPageModel.Link(h.title() + date, ArticleLinks.articleUrl(h.id())));
    }
    Map<String, Object> model = new HashMap<>();
    model.put("title", name + " – Facetwire");
    model.put("name", name);
    model.put("kind", facet.singular());
    model.put("total", profile.total());
    model.put("searchUrl", base.url());
    model.put("newestUrl", base.withSort(io.facetwire.search.Sort.NEWEST).url());
    model.put("related", related);
    model.put("histogramSvg", SearchPageModel.histogramSvg(profile.dates(),
        (start, end) -> base.withDates(start, end).url(), "Articles naming " + name + " over time"));
    model.put("latest", latest);
    ctx.html(templates.render("entity", model));
  }
}
