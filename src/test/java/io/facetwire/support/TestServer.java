package io.facetwire.support;

import io.facetwire.Facetwire;
import io.facetwire.FacetwireConfig;
import io.facetwire.article.ArticleReaders;
import io.facetwire.article.ReadOptions;
import io.facetwire.engine.IndexNames;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.ingest.ImportSummary;
import io.facetwire.ingest.Importer;
import io.facetwire.web.App;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The real HTTP server on a free port, on the shared test node, with its own indices.
 * Fixtures are imported through the same pipeline as production imports.
 */
public final class TestServer implements AutoCloseable {

  private static FacetExtractor extractor;

  private final Facetwire facetwire;
  private final Javalin app;
  private final Http http;
  /** Whether this server made its indices (not {@link #startBeside} another's), so gives them back at close. */
  private final boolean ownsIndices;

  private TestServer(Facetwire facetwire, Javalin app, boolean ownsIndices) {
    this.facetwire = facetwire;
    this.app = app;
    this.http = new Http("http://127.0.0.1:" + app.port());
    this.ownsIndices = ownsIndices;
  }

  public static synchronized FacetExtractor extractor() {
    if (extractor == null) {
      extractor = FacetExtractor.loadDefault();
    }
    return extractor;
  }

  /** The API token every test server accepts for the ingest API. */
  public static final String API_TOKEN = "test-api-token-0123456789abcdef";

  /**
   * What tests run with: the API token set, webhooks allowed to reach the local test receiver, short
   * retry delays, and sign-in limits high enough that only the tests about limits meet them.
   */
  public static FacetwireConfig testConfig() {
    return FacetwireConfig.defaults().withApiToken(API_TOKEN)
        .withWebhooks(true, List.of(Duration.ofMillis(50), Duration.ofMillis(100)))
        .withSignInLimits(new FacetwireConfig.RateLimit(1000, Duration.ofMinutes(1)),
            new FacetwireConfig.RateLimit(1000, Duration.ofMinutes(1)));
  }

  public static TestServer start() {
    return start(testConfig(), Clock.systemUTC());
  }

  public static TestServer start(FacetwireConfig config, Clock clock) {
    return start(config, clock, extractor());
  }

  /** A server whose facets are those of {@code extractor} (a test may add one with {@link FacetExtractor#with}). */
  public static TestServer start(FacetwireConfig config, Clock clock, FacetExtractor extractor) {
    return start(config, clock, extractor, io.facetwire.sources.SourcesConfig.defaults());
  }

  /** With live-sources settings (tests allow the loopback fixture site and use short timeouts). */
  public static TestServer start(FacetwireConfig config, Clock clock, io.facetwire.sources.SourcesConfig sources) {
    return start(config, clock, extractor(), sources);
  }

  static TestServer start(FacetwireConfig config, Clock clock, FacetExtractor extractor,
      io.facetwire.sources.SourcesConfig sources) {
    return start(config, clock, extractor, sources, new IndexNames(TestEngine.uniquePrefix()), true);
  }

  /** A second server on the same indices as {@code first}: two servers of one installation (a cluster). */
  public static TestServer startBeside(TestServer first) {
    return startBeside(first, extractor());
  }

  /** As {@link #startBeside(TestServer)}, started with other definitions (a server after an upgrade). */
  public static TestServer startBeside(TestServer first, FacetExtractor extractor) {
    return start(first.facetwire.config(), first.facetwire.clock(), extractor,
        io.facetwire.sources.SourcesConfig.defaults(), first.facetwire.names(), false);
  }

  private static TestServer start(FacetwireConfig config, Clock clock, FacetExtractor extractor,
      io.facetwire.sources.SourcesConfig sources, IndexNames names, boolean ownsIndices) {
    Facetwire facetwire = Facetwire.onEngine(TestEngine.get(), names, extractor, clock, config, sources);
    // As serve does: alert checks run on the scheduler (housekeeping's first run is an hour away).
    facetwire.startBackgroundJobs(io.facetwire.account.Housekeeping.EVERY);
    Javalin app = App.create(facetwire).start("127.0.0.1", 0);
    return new TestServer(facetwire, app, ownsIndices);
  }

  /** A cookie-keeping browser on this server. */
  public BrowserSession browser() {
    return new BrowserSession(http.base());
  }

  /** The HTTP client with the API token, for imports. */
  public Http api() {
    return http.withBearer(API_TOKEN);
  }

  /**
   * A server with the test settings, the real clock and the default extractor, holding the articles of one
   * NDJSON batch sent through the API (as a user's import); fails if the API refuses any of them.
   */
  public static TestServer startWithArticles(String ndjson) {
    TestServer server = start(testConfig(), Clock.systemUTC(), extractor());
    try {
      postArticles(server, ndjson);
    } catch (IllegalStateException e) {
      server.close();
      throw e;
    }
    return server;
  }

  /** Sends one NDJSON batch through the import API; fails if the API refuses any of the articles. */
  static void postArticles(TestServer server, String ndjson) {
    Http.Response r = server.api().post("/api/articles", "application/x-ndjson", ndjson);
    if (r.status() != 200) {
      throw new IllegalStateException("the test articles were refused: " + r.status() + " " + r.body());
    }
  }

  /** Imports classpath fixtures (e.g. "fixtures/wikinews_2019.csv") and waits until searchable. */
  public ImportSummary importFixtures(String... resources) {
    return importFixtures(facetwire.importer(), ReadOptions.NONE, resources);
  }

  public static ImportSummary importFixtures(Importer importer, ReadOptions options, String... resources) {
    Importer.Run run = importer.start();
    for (String resource : resources) {
      try (InputStream in = TestServer.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalArgumentException("No test resource " + resource);
        }
        ArticleReaders.forFile(resource).read(in, resource, options, run.forFile(resource));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return run.finish();
  }

  public Facetwire facetwire() {
    return facetwire;
  }

  public Http http() {
    return http;
  }

  /** The Javalin instance, for tests that look at its routes. */
  public Javalin app() {
    return app;
  }

  @Override
  public void close() {
    app.stop();
    facetwire.stopBackgroundJobs();
    // The engine is shared by all test classes: do not close it here. Its indices are given back: the node of a test
    // JVM holds at most 1,000 shards (Elasticsearch's cluster.max_shards_per_node), an installation's indices take 16,
    // and every server class's stayed open until the JVM ended (session 38: a branch with eight more such classes
    // failed its last classes with "this cluster currently has [999]/[1000] maximum normal shards open").
    if (ownsIndices) {
      try {
        TestEngine.deleteIndices(facetwire.names().prefix());
      } catch (RuntimeException e) {
        // A node that is already going away: nothing left to give back.
      }
    }
  }
}
