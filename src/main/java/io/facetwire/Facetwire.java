package io.facetwire;

import io.facetwire.account.AccountStore;
import io.facetwire.account.Accounts;
import io.facetwire.account.Housekeeping;
import io.facetwire.account.PasswordHasher;
import io.facetwire.account.RateLimiter;
import io.facetwire.account.SessionStore;
import io.facetwire.engine.ArticleDocuments;
import io.facetwire.engine.ArticleScanner;
import io.facetwire.engine.ArticleStore;
import io.facetwire.engine.ArticleWriter;
import io.facetwire.engine.BulkSender;
import io.facetwire.engine.ElasticsearchSettings;
import io.facetwire.engine.Engine;
import io.facetwire.engine.IndexBootstrap;
import io.facetwire.engine.IndexNames;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.ingest.ImportWarmUp;
import io.facetwire.ingest.Importer;
import io.facetwire.ingest.Reenricher;
import io.facetwire.saved.AlertScheduler;
import io.facetwire.saved.NewSinceCounter;
import io.facetwire.saved.SavedSearchHits;
import io.facetwire.saved.SavedSearchQuery;
import io.facetwire.saved.SavedSearchStore;
import io.facetwire.saved.SearchHistory;
import io.facetwire.saved.WebhookSender;
import io.facetwire.search.Autocomplete;
import io.facetwire.search.EntityProfiles;
import io.facetwire.search.FacetCombination;
import io.facetwire.search.FacetValueSearch;
import io.facetwire.search.MatchExport;
import io.facetwire.search.RelatedArticles;
import io.facetwire.search.SearchService;
import io.facetwire.sources.Sources;
import io.facetwire.sources.SourcesConfig;
import io.facetwire.topics.TopicAdmin;
import io.facetwire.topics.TopicsConfig;
import java.nio.file.Path;
import io.facetwire.jobs.Scheduler;
import java.time.Clock;
import java.time.Duration;

/**
 * The composition root: one Elasticsearch connection and every service built on it. The server,
 * the command line and the tests all start here, so they run the same wiring.
 */
public final class Facetwire implements AutoCloseable {

  private final Engine engine;
  private final IndexNames names;
  private final TopicAdmin topics;
  private final ArticleStore articles;
  private final SearchService search;
  private final FacetCombination facetCombination;
  private final SavedSearchStore savedSearches;
  private final Importer importer;
  private final FacetwireConfig config;
  private final Clock clock;
  private final Accounts accounts;
  private final SessionStore sessions;
  private final NewSinceCounter newSince;
  private final SavedSearchHits savedHits;
  private final SearchHistory history;
  private final AlertScheduler alerts;
  private final Reenricher reenricher;
  private final FacetValueSearch facetValues;
  private final EntityProfiles entities;
  private final RelatedArticles related;
  private final Autocomplete autocomplete;
  private final MatchExport export;
  private final Housekeeping housekeeping;
  private volatile Scheduler scheduler;
  private final FacetCatalog facets;
  private final ArticleDocuments documents;
  private final Sources sources;

  private Facetwire(Engine engine, IndexNames names, FacetExtractor extractor, Clock clock, FacetwireConfig config,
      SourcesConfig sourcesConfig) {
    this.engine = engine;
    this.names = names;
    this.config = config;
    this.clock = clock;
    this.facets = extractor.facets();
    this.documents = new ArticleDocuments(Json.mapper(), facets);
    this.articles = new ArticleStore(engine.client(), names.articles(), documents);
    this.facetCombination = andFacets(config.andFacets(), facets);
    this.search = new SearchService(engine.client(), names.articles(), facetCombination,
        config.limits().searchTimeout(), config.sampling());
    this.savedSearches = new SavedSearchStore(engine.client(), names.savedSearches(), clock);
    ArticleWriter writer = new ArticleWriter(engine.client(), BulkSender.on(engine), names.articles(), documents, clock);
    // The topics in use: the newest version an admin saved, else the definition file (issue 10 item 3).
    this.topics = TopicAdmin.open(engine.client(), names, documents, writer, articles, extractor, clock,
        TopicsConfig.from(Settings.system()), this::importsWithOther);
    this.importer = new Importer(writer, topics.live()::extractor, config.limits().articleChars());
    importer.onRunEnd(topics::runEnded);
    this.reenricher = new Reenricher(new ArticleScanner(engine.client(), names.articles(), documents, 1000),
        writer, articles, topics.live()::extractor);
    reenricher.onRunEnd(topics::runEnded);
    AccountStore accountStore = new AccountStore(engine.client(), names.users());
    this.accounts = new Accounts(accountStore, new RateLimiter(engine.client(), names.rateLimits(), clock),
        new PasswordHasher(), config, clock);
    this.housekeeping = new Housekeeping(engine.client(), names.sessions(), names.rateLimits(), clock);
    this.sessions = new SessionStore(engine.client(), names.sessions(), clock, config.sessionLifetime());
    SavedSearchQuery queries = new SavedSearchQuery(search.requests(), facets, search.stories());
    this.newSince = new NewSinceCounter(engine.client(), names.articles(), queries);
    this.savedHits = new SavedSearchHits(engine.client(), names.articles(), queries);
    this.history = new SearchHistory(engine.client(), names.searchHistory(), clock, config.historyCap());
    this.alerts = new AlertScheduler(savedSearches, accountStore, engine.client(), names.articles(), queries,
        new WebhookSender(config.webhookRetryDelays(), config.webhookTimeout(), config.webhookPrivateAddresses(),
            config.alertDeliveries().threads()),
        Json.mapper(), config.publicUrl(), clock, config.alertDeliveries());
    importer.onFinished(alerts::afterImport);
    this.facetValues = new FacetValueSearch(engine.client(), names.articles(), search.requests());
    this.entities = new EntityProfiles(engine.client(), names.articles(), search, facets);
    this.related = new RelatedArticles(engine.client(), names.articles(), facets, search.requests().timeout());
    this.autocomplete = new Autocomplete(engine.client(), names.articles(), facets, search.requests().timeout());
    this.export = new MatchExport(engine.client(), names.articles(), search.requests(),
        config.limits().exportTimeout());
    this.sources = new Sources(engine.client(), names, importer, sourcesConfig, clock);
  }

  /** An import of this process still runs with other topics than {@code current} (the re-tag waits for it). */
  private boolean importsWithOther(FacetExtractor current) {
    return importer != null && importer.runningWithOtherThan(current);
  }

  /** {@code FACETWIRE_AND_FACETS} against the facets there are; an unknown one is a setting error naming it. */
  static FacetCombination andFacets(String raw, FacetCatalog facets) {
    try {
      return FacetCombination.parse(raw, facets);
    } catch (IllegalArgumentException e) {
      throw new InvalidSetting("FACETWIRE_AND_FACETS: " + e.getMessage());
    }
  }

  /** Starts (or connects to) Elasticsearch and makes sure every index exists. */
  public static Facetwire open(ElasticsearchSettings settings, Path dataDir, IndexNames names,
      FacetExtractor extractor, FacetwireConfig config) {
    return open(settings, dataDir, names, extractor, config, SourcesConfig.defaults());
  }

  public static Facetwire open(ElasticsearchSettings settings, Path dataDir, IndexNames names,
      FacetExtractor extractor, FacetwireConfig config, SourcesConfig sourcesConfig) {
    return open(settings, dataDir, names, () -> extractor, config, sourcesConfig);
  }

  /**
   * Like {@link #open(ElasticsearchSettings, Path, IndexNames, FacetExtractor, FacetwireConfig, SourcesConfig)},
   * with the extractor loaded on its own thread while the node starts (each takes seconds; one after
   * the other they were most of a server's start-up). Says in the log how long each part took.
   */
  public static Facetwire open(ElasticsearchSettings settings, Path dataDir, IndexNames names,
      java.util.function.Supplier<FacetExtractor> extractor, FacetwireConfig config, SourcesConfig sourcesConfig) {
    long start = System.nanoTime();
    BackgroundLoad<FacetExtractor> loading = BackgroundLoad.start("facetwire-extractor-load", () -> {
      FacetExtractor loaded = extractor.get();
      STARTUP.info("Start-up: extractor loaded in {} ms", millisSince(start));
      return loaded;
    });
    Engine engine = Engine.start(settings, dataDir, Json.mapper());
    STARTUP.info("Start-up: Elasticsearch ready in {} ms", millisSince(start));
    try {
      Facetwire facetwire = onEngine(engine, names, loading.join(), Clock.systemUTC(), config, sourcesConfig);
      STARTUP.info("Start-up: indices and services ready in {} ms", millisSince(start));
      return facetwire;
    } catch (RuntimeException | Error e) {
      engine.close();
      throw e;
    }
  }

  private static final org.slf4j.Logger STARTUP = org.slf4j.LoggerFactory.getLogger(Facetwire.class);

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  /** Builds the services on an engine someone else owns (tests share one node between classes). */
  public static Facetwire onEngine(Engine engine, IndexNames names, FacetExtractor extractor, Clock clock,
      FacetwireConfig config) {
    return onEngine(engine, names, extractor, clock, config, SourcesConfig.defaults());
  }

  public static Facetwire onEngine(Engine engine, IndexNames names, FacetExtractor extractor, Clock clock,
      FacetwireConfig config, SourcesConfig sourcesConfig) {
    new IndexBootstrap(engine.client(), Json.mapper(), engine.layout()).ensureIndices(names);
    return new Facetwire(engine, names, extractor, clock, config, sourcesConfig);
  }

  public Engine engine() {
    return engine;
  }

  public IndexNames names() {
    return names;
  }

  /** The extractor in use now: its topics change when an admin saves a version ({@link #topics()}). */
  public FacetExtractor extractor() {
    return topics.live().extractor();
  }

  /** The topic editor: versions of the topic definitions, previews, the re-tag after a save. */
  public TopicAdmin topics() {
    return topics;
  }

  /** The facets of this application: those its extractor fills. */
  public FacetCatalog facets() {
    return facets;
  }

  /** Articles to and from their stored (and API) JSON. */
  public ArticleDocuments documents() {
    return documents;
  }

  public ArticleStore articles() {
    return articles;
  }

  public SearchService search() {
    return search;
  }

  public FacetCombination facetCombination() {
    return facetCombination;
  }

  public SavedSearchStore savedSearches() {
    return savedSearches;
  }

  /**
   * The import path's warm-up for a server that has just started ({@code serve}): {@code articles} of the
   * demo corpus through this server's import code into a scratch index beside the articles index.
   */
  public ImportWarmUp importWarmUp(long articles) {
    return new ImportWarmUp(engine.client(),
        new IndexBootstrap(engine.client(), Json.mapper(), engine.layout()).definition(IndexNames.ARTICLES),
        names.prefix() + "import-warm-up",
        index -> new ArticleWriter(engine.client(), BulkSender.on(engine), index, documents, clock),
        topics.live()::extractor, config.limits().articleChars(), importer::runsStarted, articles);
  }

  public Importer importer() {
    return importer;
  }

  /** Re-extracts the facets of the indexed articles with this instance's extractor (see {@code enrich}). */
  public Reenricher reenricher() {
    return reenricher;
  }

  public FacetwireConfig config() {
    return config;
  }

  public Clock clock() {
    return clock;
  }

  public Accounts accounts() {
    return accounts;
  }

  public SessionStore sessions() {
    return sessions;
  }

  public NewSinceCounter newSince() {
    return newSince;
  }

  public SavedSearchHits savedHits() {
    return savedHits;
  }

  public SearchHistory history() {
    return history;
  }

  public AlertScheduler alerts() {
    return alerts;
  }

  public FacetValueSearch facetValues() {
    return facetValues;
  }

  public EntityProfiles entities() {
    return entities;
  }

  public RelatedArticles related() {
    return related;
  }

  public Autocomplete autocomplete() {
    return autocomplete;
  }

  public MatchExport export() {
    return export;
  }

  /** Live sources: store, status, poller and the scheduler that {@code serve} starts. */
  public Sources sources() {
    return sources;
  }

  public Housekeeping housekeeping() {
    return housekeeping;
  }

  /**
   * Starts the background jobs of a server: housekeeping every {@code housekeepingEvery} (the first run
   * one period after start) and alert checks after imports. Only {@code serve} calls this; other
   * commands run what they need on their own thread and end.
   */
  public synchronized Scheduler startBackgroundJobs(Duration housekeepingEvery) {
    if (scheduler == null) {
      Scheduler jobs = new Scheduler();
      jobs.every("housekeeping", housekeepingEvery, housekeepingEvery, housekeeping::runAndLog);
      alerts.runChecksOn(jobs);
      topics.runOn(jobs);
      scheduler = jobs;
    }
    return scheduler;
  }

  /**
   * Live sources are polled by servers only: registers the sources' due-check on the running background
   * jobs ({@link #startBackgroundJobs} first). Tests that poll by hand leave it off.
   */
  public synchronized void startSourcePolling() {
    if (scheduler == null) {
      throw new IllegalStateException("Background jobs are not running: call startBackgroundJobs first");
    }
    sources.scheduler().runOn(scheduler, sources.config().tick());
  }

  /**
   * Stops in the order nothing is lost: background jobs (a queued alert check still runs, bounded),
   * alert deliveries, then the connection or the embedded node. Imports have finished before this:
   * every import waits for its writes to be acknowledged.
   */
  @Override
  public void close() {
    stopBackgroundJobs();
    sources.close();
    alerts.close();
    engine.close();
  }

  /** Stops the timers; a job already due (a queued alert check) still runs, for at most 30 s. */
  public synchronized void stopBackgroundJobs() {
    if (scheduler != null) {
      scheduler.stop(Duration.ofSeconds(30));
      scheduler = null;
    }
  }
}
