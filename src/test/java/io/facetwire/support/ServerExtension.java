package io.facetwire.support;

import io.facetwire.Facetwire;
import io.facetwire.FacetwireConfig;
import io.facetwire.article.ReadOptions;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.ingest.ImportSummary;
import io.facetwire.sources.SourcesConfig;
import io.javalin.Javalin;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link TestServer} for a whole test class: started before the class's {@code @BeforeAll} methods, closed
 * after its {@code @AfterAll} methods, so a class says only what differs from the test settings —
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ServerExtension server = ServerExtension.with(config -> config.withProxy(true))
 *     .fixtures("fixtures/wikinews_2019.csv");
 * }</pre>
 *
 * and its tests use {@code server} as they would the {@link TestServer} ({@link #http}, {@link #api},
 * {@link #browser}, {@link #facetwire}, …). Each class gets its own indices, as before; what a class sets up
 * beyond the server (accounts, posted articles) stays in its own {@code @BeforeAll}, which runs after this.
 */
public final class ServerExtension implements BeforeAllCallback, AfterAllCallback {

  private final UnaryOperator<FacetwireConfig> config;
  private Clock clock = Clock.systemUTC();
  private Supplier<FacetExtractor> extractor = TestServer::extractor;
  private SourcesConfig sources = SourcesConfig.defaults();
  /** Fixture imports, in order, each with its read options. */
  private final List<Consumer<TestServer>> fixtures = new ArrayList<>();
  private TestServer server;
  /** Clients bound to the server when they send, so a class may keep them in static final fields. */
  private final Http http = new Http(() -> server().http().base());
  private final Http api = http.withBearer(TestServer.API_TOKEN);

  private ServerExtension(UnaryOperator<FacetwireConfig> config) {
    this.config = config;
  }

  /** A server with {@link TestServer#testConfig()}, the real clock and the default extractor. */
  public static ServerExtension standard() {
    return new ServerExtension(UnaryOperator.identity());
  }

  /** A server whose settings are {@code config} applied to {@link TestServer#testConfig()}. */
  public static ServerExtension with(UnaryOperator<FacetwireConfig> config) {
    return new ServerExtension(config);
  }

  /** With this clock (a {@link MutableClock} for tests of time). */
  public ServerExtension clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  /** With another extractor, made when the server starts (e.g. the default one plus a test facet). */
  public ServerExtension extractor(Supplier<FacetExtractor> extractor) {
    this.extractor = extractor;
    return this;
  }

  /** With live-sources settings (tests allow the loopback fixture site and use short timeouts). */
  public ServerExtension sources(SourcesConfig sources) {
    this.sources = sources;
    return this;
  }

  /** Imports these classpath fixtures through the production pipeline once the server runs. */
  public ServerExtension fixtures(String... resources) {
    fixtures.add(s -> s.importFixtures(resources));
    return this;
  }

  /** As {@link #fixtures(String...)}, read with these options (a source and a date for plain text). */
  public ServerExtension fixtures(ReadOptions options, String... resources) {
    fixtures.add(s -> TestServer.importFixtures(s.facetwire().importer(), options, resources));
    return this;
  }

  /** Sends one NDJSON batch through the import API once the server runs; fails if any article is refused. */
  public ServerExtension articles(String ndjson) {
    fixtures.add(s -> TestServer.postArticles(s, ndjson));
    return this;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server = TestServer.start(config.apply(TestServer.testConfig()), clock, extractor.get(), sources);
    try {
      fixtures.forEach(f -> f.accept(server));
    } catch (RuntimeException | Error e) {
      server.close();
      server = null;
      throw e;
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  /** The running server, for what takes a {@link TestServer}. */
  public TestServer server() {
    if (server == null) {
      throw new IllegalStateException("the server runs only between the class's first and last test");
    }
    return server;
  }

  /**
   * The HTTP client of this class's server; it may be taken before the server starts (in a static field), as
   * it finds the server's address when it sends.
   */
  public Http http() {
    return http;
  }

  /** As {@link #http()}, with the API token every test server accepts for the ingest API. */
  public Http api() {
    return api;
  }

  public BrowserSession browser() {
    return server().browser();
  }

  public Facetwire facetwire() {
    return server().facetwire();
  }

  public Javalin app() {
    return server().app();
  }

  public ImportSummary importFixtures(String... resources) {
    return server().importFixtures(resources);
  }
}
