package io.facetwire.web.entities;

import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.search.EntityProfile;
import io.facetwire.search.EntityProfiles;
import io.facetwire.search.FacetValueSearch;
import io.facetwire.search.SearchResult;
import io.facetwire.search.SearchState;
import io.facetwire.web.http.Templates;
import io.facetwire.web.search.DateHistogramView;
import io.facetwire.web.view.ArticleLink;
import io.facetwire.web.view.PartialNote;
import io.facetwire.web.http.PageTitle;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Entity pages: {@code /country/{name}}, {@code /person/{name}}, {@code /topic/{name}}: articles over
 * time, the entities named most often with this one, the latest articles. Every number links to the
 * search it counts.
 */
public final class EntityRoutes {

  private final EntityProfiles profiles;
  private final Templates templates;
  private final FacetCatalog facets;
  private final FacetValueSearch values;
  private final BiFunction<Facet, String, Optional<String>> aliases;

  /**
   * @param aliases the canonical value another name stands for ("Burma" -> "Myanmar"), from the extractor
   */
  public EntityRoutes(EntityProfiles profiles, Templates templates, FacetCatalog facets, FacetValueSearch values,
      BiFunction<Facet, String, Optional<String>> aliases) {
    this.facets = facets;
    this.values = values;
    this.aliases = aliases;
    this.profiles = profiles;
    this.templates = templates;
  }

  /**
   * Where another name of a stored value should go: the stored spelling of this name in another case or
   * accents ("vladimir putin", "Jose Maria Aznar"), else the stored spelling of the value it is an alias of
   * ("Côte d'Ivoire", "Burma", "President Putin"); empty if the name is already the stored one or unknown.
   */
  private Optional<String> canonical(Facet facet, String name) {
    Optional<String> stored = values.storedSpelling(facet, name);
    if (stored.isPresent()) {
      return stored.filter(s -> !s.equals(name));
    }
    return aliases.apply(facet, name).flatMap(alias -> values.storedSpelling(facet, alias));
  }

  record Related(String legend, List<Item> items) {}

  record Item(String value, long count, String searchUrl, String entityUrl) {}

  public void page(Context ctx, Facet facet) {
    String asked = ctx.pathParam("name").strip();
    if (asked.isEmpty() || asked.length() > 200) {
      throw new NotFoundResponse("No such " + facet.noun() + ".");
    }
    // Values are stored composed (NFC), as the search's filters read them (SearchStateParser); a name linked or
    // typed decomposed ("Agne" + U+0300 + "s", as macOS writes file names) is the same value (session 17: 404).
    String name = java.text.Normalizer.normalize(asked, java.text.Normalizer.Form.NFC);
    Optional<String> canonical = canonical(facet, name);
    if (canonical.isPresent() || !name.equals(asked)) {
      ctx.redirect(facet.entityUrl(canonical.orElse(name)), HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    EntityProfile profile = profiles.profile(facet, name);
    // Cut by its time budget before it found any, the entity may still exist: the page says it is partial, no 404.
    if (profile.total() == 0 && !profile.partial()) {
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
    List<ArticleLink> latest = profile.latest().stream().map(ArticleLink::of).toList();
    Map<String, Object> model = new HashMap<>();
    model.put("title", PageTitle.naming(name));
    model.put("name", name);
    model.put("kind", facet.singular());
    model.put("total", profile.total());
    model.put("searchUrl", base.url());
    model.put("newestUrl", base.withSort(io.facetwire.search.Sort.NEWEST).url());
    model.put("related", related);
    model.put("histogramSvg", DateHistogramView.svg(profile.dates(),
        (start, end) -> base.withDates(start, end).url(), "Articles naming " + name + " over time"));
    model.put("latest", latest);
    model.put(PartialNote.KEY, PartialNote.of(profile.partial(), "These counts and articles"));
    templates.html(ctx, "entity", model);
  }
}
