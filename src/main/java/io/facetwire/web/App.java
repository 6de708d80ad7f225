package io.facetwire.web;

import io.facetwire.Facetwire;
import io.facetwire.Json;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;

/**
 * The web application: one factory used by {@code serve} and by the tests, so both run the same routes.
 */
public final class App {

  private App() {}

  public static Javalin create(Facetwire facetwire) {
    Templates templates = new Templates();
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.jsonMapper(new JavalinJackson(Json.mapper(), false));
      config.router.ignoreTrailingSlashes = true;
      // Long pasted queries arrive in the URL: allow 64 kB instead of Jetty's 8 kB, so the search
      // page can shorten them with a note instead of the server answering 414.
      config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(64 * 1024));
      config.staticFiles.add(files -> {
        files.hostedPath = "/static";
        files.directory = "/public";
        files.location = Location.CLASSPATH;
      });
    });
    app.before(SecurityHeaders::apply);
    Errors.register(app, templates);

    SearchRoutes search = new SearchRoutes(facetwire.search(), templates, Json.mapper(),
        facetwire.facetCombination());
    app.get("/", search::page);
    app.get("/search", search::page);
    app.get("/api/search", search::api);
    app.get("/search.json", search::api);
    app.post("/history/clear", search::clearHistory);

    ExportRoutes exports = new ExportRoutes(facetwire.export(), blankToNull(System.getenv("FACETWIRE_BASE_URL")));
    app.get("/search.atom", exports::atom);
    app.get("/search.csv", exports::csv);

    FacetRoutes facets = new FacetRoutes(facetwire.facetValues(), templates, Json.mapper());
    app.get("/api/facets/{facet}", facets::api);
    app.get("/facets/{facet}", facets::page);
    app.get("/api/suggest", new SuggestRoute(facetwire.autocomplete(), Json.mapper())::handle);

    EntityRoutes entities = new EntityRoutes(facetwire.entities(), templates);
    app.get("/country/{name}", ctx -> entities.page(ctx, io.facetwire.search.Facet.COUNTRY));
    app.get("/person/{name}", ctx -> entities.page(ctx, io.facetwire.search.Facet.PERSON));
    app.get("/topic/{name}", ctx -> entities.page(ctx, io.facetwire.search.Facet.TOPIC));

    ArticleRoutes articles = new ArticleRoutes(facetwire.articles(), facetwire.related(), templates);
    app.get("/articles/{id}", articles::page);
    app.get("/api/articles/{id}", articles::api);

    ImportRoutes imports = new ImportRoutes(facetwire.importer(), facetwire.extractor(), Json.mapper());
    app.post("/api/articles", imports::importArticles);
    app.post("/api/extract", imports::extract);

    SavedSearchRoutes saved = new SavedSearchRoutes(facetwire.savedSearches(), templates);
    app.get("/saved", saved::list);
    app.post("/saved", saved::create);
    app.get("/saved/{id}", saved::run);
    app.post("/saved/{id}/rename", saved::rename);
    app.post("/saved/{id}/delete", saved::delete);

    app.get("/health", new HealthRoute(facetwire.engine().client())::handle);
    return app;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip().replaceAll("/+$", "");
  }
}
