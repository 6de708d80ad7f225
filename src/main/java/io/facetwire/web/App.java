package io.facetwire.web;

import io.facetwire.Facetwire;
import io.facetwire.FacetwireConfig;
import io.facetwire.Json;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.web.accounts.AuthRoutes;
import io.facetwire.web.accounts.HistoryRoutes;
import io.facetwire.web.accounts.SessionCookies;
import io.facetwire.web.admin.FileImportRoute;
import io.facetwire.web.admin.ImportRoutes;
import io.facetwire.web.admin.SourceRoutes;
import io.facetwire.web.admin.TopicRoutes;
import io.facetwire.web.article.ArticleRoutes;
import io.facetwire.web.entities.EntityRoutes;
import io.facetwire.web.export.ExportRoutes;
import io.facetwire.web.http.AccessRules;
import io.facetwire.web.http.ApiAuth;
import io.facetwire.web.http.BodyLimits;
import io.facetwire.web.http.CompressionSideChannels;
import io.facetwire.web.http.Csrf;
import io.facetwire.web.http.Errors;
import io.facetwire.web.http.ExpensiveWork;
import io.facetwire.web.http.ExportAdmission;
import io.facetwire.web.http.GracefulStop;
import io.facetwire.web.http.JettyErrorPages;
import io.facetwire.web.http.LargeBodies;
import io.facetwire.web.http.RequestEntry;
import io.facetwire.web.http.RequestLog;
import io.facetwire.web.http.SearchAdmission;
import io.facetwire.web.http.SecurityHeaders;
import io.facetwire.web.http.Templates;
import io.facetwire.web.http.WholeResponses;
import io.facetwire.web.ops.HealthRoute;
import io.facetwire.web.ops.MetricsRoute;
import io.facetwire.web.ops.OpenApiRoute;
import io.facetwire.web.saved.PublicSavedRoutes;
import io.facetwire.web.saved.SavedSearchPageRoutes;
import io.facetwire.web.saved.SavedSearchRoutes;
import io.facetwire.web.search.FacetRoutes;
import io.facetwire.web.search.MapRoutes;
import io.facetwire.web.search.SearchRoutes;
import io.facetwire.web.search.SuggestRoute;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The web application: one factory used by {@code serve} and by the tests, so both run the same routes.
 */
public final class App {

  private App() {}

  /** How long a stopping server lets requests in flight finish ({@link GracefulStop}) when none is configured. */
  public static final Duration DEFAULT_DRAIN = Duration.ofSeconds(30);

  /** The server's expensive places ({@code app.unsafe.appDataManager.get(EXPENSIVE_WORK)}: tests hold one with it). */
  public static final io.javalin.config.Key<ExpensiveWork> EXPENSIVE_WORK = new io.javalin.config.Key<>("expensive-work");
  /** The server's search places (tests hold one with it). */
  public static final io.javalin.config.Key<SearchAdmission> SEARCH_ADMISSION = new io.javalin.config.Key<>("search-admission");

  /** Stop it with {@link GracefulStop#stop} to let requests in flight finish. */
  public static Javalin create(Facetwire facetwire) {
    return create(facetwire, null);
  }

  /**
   * @param localImportToken a bearer token the import routes accept besides the API token: the one
   *                         {@code serve} leaves for the {@code import} command in its data folder
   */
  public static Javalin create(Facetwire facetwire, String localImportToken) {
    return create(facetwire, localImportToken, routes -> {});
  }

  /**
   * With {@code firstHandlers} registered before the application's own: Javalin 7 takes every
   * handler up front, so a test that must hold a request inside the server adds its handler here.
   */
  public static Javalin create(Facetwire facetwire, String localImportToken,
      Consumer<JavalinDefaultRoutingApi> firstHandlers) {
    // The registry (and its JVM meters) is made now, not by the first request's access log.
    io.facetwire.metrics.Meters.registry();
    Templates templates = new Templates();
    // One set of body limits: the per-address form reader in front of Javalin and the routes check the same.
    BodyLimits bodyLimits = new BodyLimits(facetwire.config().limits());
    // An account counts as one for the expensive places once it is an hour old (ExpensiveWork.ESTABLISHED).
    ExpensiveWork expensive = new ExpensiveWork(facetwire.config(), facetwire.clock(),
        email -> facetwire.accounts().find(email).map(io.facetwire.account.Account::createdAt).orElse(null));
    // Every search: a few at a time per address (else 429) and a bounded number overall (else a
    // short wait, then 503). Exports and wildcard searches: fewer still (issue 12).
    SearchAdmission admit = new SearchAdmission(facetwire.config());
    return Javalin.create(config -> {
      config.appData(EXPENSIVE_WORK, expensive);
      config.appData(SEARCH_ADMISSION, admit);
      config.startup.showJavalinBanner = false;
      config.jsonMapper(new JavalinJackson(Json.mapper(), false));
      config.router.ignoreTrailingSlashes = true;
      // Long pasted queries arrive in the URL: allow 64 kB instead of Jetty's 8 kB, so the search
      // page can shorten them with a note instead of the server answering 414.
      config.jetty.modifyHttpConfiguration(http -> {
        http.setRequestHeaderSize(64 * 1024);
        WholeResponses.configure(http);
      });
      config.jetty.modifyServer(server -> {
        GracefulStop.configure(server);
        RequestEntry.install(server, facetwire.config(), bodyLimits);
        server.setRequestLog(new RequestLog());
        server.setErrorHandler(new JettyErrorPages(templates));
      });
      config.requestLogger.http(RequestLog::remember);
      config.staticFiles.add(files -> {
        files.hostedPath = "/static";
        files.directory = "/public";
        files.location = Location.CLASSPATH;
      });
      // Javalin 7 takes every route and handler up front, in the configuration.
      firstHandlers.accept(config.routes);
      routes(config.routes, facetwire, templates, bodyLimits, localImportToken, expensive, admit);
    });
  }

  private static void routes(JavalinDefaultRoutingApi app, Facetwire facetwire, Templates templates,
      BodyLimits bodyLimits, String localImportToken, ExpensiveWork expensive, SearchAdmission admit) {
    app.before(SecurityHeaders::apply);
    app.before(CompressionSideChannels::apply);
    Errors.register(app, templates);
    // --- limits (issue 12): what a request may send and cost ---
    app.before(bodyLimits::check);

    // --- accounts (issue 5): who is asking, CSRF on every state change, which pages need an account ---
    FacetwireConfig config = facetwire.config();
    FacetCatalog facetCatalog = facetwire.facets();
    SessionCookies cookies = new SessionCookies(facetwire.sessions(), config);
    app.before(cookies::load);
    app.before(new Csrf(config)::check);
    app.before(new AccessRules(config)::check);
    app.after(SessionCookies::unload);
    AuthRoutes auth = new AuthRoutes(facetwire.accounts(), facetwire.sessions(), cookies, config, templates);
    app.get("/signin", auth::signInPage);
    app.post("/signin", auth::signIn);
    app.get("/signup", auth::signUpPage);
    app.post("/signup", auth::signUp);
    app.post("/signout", auth::signOut);
    app.get("/account", auth::accountPage);
    app.post("/account/password", auth::changePassword);
    app.post("/account/webhook", auth::setWebhook);
    HistoryRoutes history = new HistoryRoutes(facetwire.history(), templates, facetCatalog);
    app.after("/search", history::record);
    app.get("/account/history", history::page);
    app.post("/account/history/clear", history::clear);
    // --- end accounts ---

    // The alert check after an import runs saved searches with wildcards in these places too (session 27).
    facetwire.alerts().takePlacesFrom(expensive::runInBackground);
    SearchRoutes search = new SearchRoutes(facetwire.search(), templates, Json.mapper(),
        facetwire.facetCombination(), facetCatalog);
    Predicate<Context> wildcard = ExpensiveWork.wildcardSearch(facetCatalog);
    app.get("/", admit.guard(expensive.guard(wildcard, search::page)));
    // Browsers and crawlers ask for /favicon.ico whatever the page links to.
    app.get("/favicon.ico", ctx -> ctx.redirect("/static/favicon.svg", io.javalin.http.HttpStatus.MOVED_PERMANENTLY));
    app.get("/search", admit.guard(expensive.guard(wildcard, search::page)));
    app.get("/api/search", admit.guard(expensive.guard(wildcard, search::api)));
    app.get("/search.json", admit.guard(expensive.guard(wildcard, search::api)));
    app.post("/history/clear", search::clearHistory);

    // An export takes its search and expensive places page by page, not for its reader's time (session 29).
    ExportAdmission exportPlaces = new ExportAdmission(config, expensive, admit);
    ExportRoutes exports = new ExportRoutes(facetwire.export(), exportPlaces, config, facetCatalog, facetwire.clock());
    app.get("/search.atom", admit.guard(expensive.guard(wildcard, exports::atom)));
    app.get("/search.csv", exportPlaces.guard(exports::csv));

    FacetRoutes facets = new FacetRoutes(facetwire.facetValues(), templates, Json.mapper(), facetCatalog);
    app.get("/api/facets/{facet}", admit.guard(expensive.guard(wildcard, facets::api)));
    app.get("/facets/{facet}", admit.guard(expensive.guard(wildcard, facets::page)));
    app.get("/search/map", admit.guard(expensive.guard(wildcard,
        new MapRoutes(facetwire.facetValues(), templates, facetCatalog)::page)));
    app.get("/api/suggest", admit.guard(new SuggestRoute(facetwire.autocomplete(), Json.mapper(), facetCatalog)::handle));

    EntityRoutes entities = new EntityRoutes(facetwire.entities(), templates, facetCatalog,
        facetwire.facetValues(), facetwire.extractor()::canonicalName);
    for (Facet facet : facetCatalog.all()) {
      app.get(facet.entityRoute(), admit.guard(ctx -> entities.page(ctx, facet)));
    }

    ArticleRoutes articles = new ArticleRoutes(facetwire.articles(), facetwire.related(), templates, facetCatalog,
        facetwire.documents(), facetwire::extractor, expensive);
    app.get("/articles/{id}", admit.guard(articles::page));
    app.get("/api/articles/{id}", admit.guard(articles::api));

    ImportRoutes imports = new ImportRoutes(facetwire.importer(), facetwire::extractor, Json.mapper(), bodyLimits,
        config.limits().articleChars());
    ApiAuth apiAuth = new ApiAuth(config, localImportToken);
    app.post("/api/articles", ctx -> {
      apiAuth.requireAdmin(ctx);
      imports.importArticles(ctx);
    });
    FileImportRoute fileImport = new FileImportRoute(facetwire.importer(), Json.mapper());
    app.post("/api/import/files", ctx -> {
      apiAuth.requireAdmin(ctx);
      fileImport.handle(ctx);
    });
    // Anonymous on purpose (it stores nothing): bounded by its body limit, large bodies a few at a time, and every
    // extraction takes a place as a search does (session 27: sixteen 63 KB extractions at once from one address, each
    // under the large-body bound, held every core; a search from elsewhere took 7 times as long).
    // A large body is read whole first, in a place of its own (LargeBodies, session 27): a slow one held the
    // visitors' expensive place for as long as it took to arrive.
    app.post("/api/extract", new LargeBodies(config, bodyLimits).readFirst(ExpensiveWork.LARGE_BODY,
        admit.guard(expensive.guard(ExpensiveWork.LARGE_BODY, imports::extract))));

    // --- saved searches (issue 5): private, new since last visit, share links, feeds, alerts ---
    SavedSearchRoutes saved = new SavedSearchRoutes(facetwire.savedSearches(), facetwire.newSince(), templates,
        facetCatalog, expensive);
    // The list counts every saved search's new matches and a saved search's page searches twice: they take the
    // search places as every other searching route does (session 26: they were the only ones that did not).
    app.get("/saved", admit.guard(saved::list));
    app.post("/saved", saved::create);
    app.post("/saved/{id}/rename", saved::rename);
    app.post("/saved/{id}/edit", saved::edit);
    app.post("/saved/{id}/delete", saved::delete);
    SavedSearchPageRoutes savedPage = new SavedSearchPageRoutes(facetwire.savedSearches(), facetwire.savedHits(),
        facetwire.accounts(), config, templates, facetCatalog, expensive);
    app.get("/saved/{id}", admit.guard(savedPage::page));
    app.post("/saved/{id}/share", savedPage::share);
    app.post("/saved/{id}/share/revoke", savedPage::unshare);
    app.post("/saved/{id}/feed/reset", savedPage::resetFeed);
    app.post("/saved/{id}/feed/revoke", savedPage::revokeFeed);
    app.post("/saved/{id}/alerts", savedPage::alerts);
    PublicSavedRoutes shared = new PublicSavedRoutes(facetwire.savedSearches(), facetwire.savedHits(), config, templates,
        facetCatalog, expensive);
    app.get("/shared/{token}", admit.guard(shared::shared));
    app.get("/feeds/{token}", admit.guard(shared::feed));
    // --- end saved searches ---

    // --- live sources (issue 13): admin only ---
    SourceRoutes sourceRoutes = new SourceRoutes(facetwire.sources(), templates);
    app.get("/admin/sources", sourceRoutes::page);
    app.post("/admin/sources", sourceRoutes::add);
    app.post("/admin/sources/{id}/pause", sourceRoutes::pause);
    app.post("/admin/sources/{id}/resume", sourceRoutes::resume);
    app.post("/admin/sources/{id}/poll", sourceRoutes::pollNow);
    app.post("/admin/sources/{id}/remove", sourceRoutes::remove);
    // --- end live sources ---

    // --- topics an admin edits (issue 10 item 3): admin only ---
    TopicRoutes topicRoutes = new TopicRoutes(facetwire.topics(), templates);
    app.get("/admin/topics", topicRoutes::page);
    app.get("/admin/topics/status", topicRoutes::status);
    app.get("/admin/topics/edit", topicRoutes::edit);
    app.post("/admin/topics/preview", expensive.guard(ExpensiveWork.ALWAYS, topicRoutes::preview));
    app.post("/admin/topics/save", topicRoutes::save); // checks the text only: no diff again
    app.post("/admin/topics/revert", topicRoutes::revert);
    app.post("/admin/topics/shipped", topicRoutes::shipped);
    // --- end topics ---

    // Judged on every index of this installation (articles, saved searches, accounts, sessions, ...).
    HealthRoute health = new HealthRoute(facetwire.engine().client(),
        io.facetwire.engine.IndexBootstrap.MAPPINGS.stream().map(facetwire.names()::alias).toList(), config);
    app.get("/health", health::handle);
    app.get("/health/ready", health::handle);
    app.get("/health/live", HealthRoute::live);
    app.get("/metrics", new MetricsRoute(config)::handle);
    app.get("/api/openapi.json", new OpenApiRoute(Json.mapper(), facetwire.facets())::handle);
  }
}
