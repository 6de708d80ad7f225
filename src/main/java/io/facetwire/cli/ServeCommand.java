package io.facetwire.cli;

import io.facetwire.Facetwire;
import io.facetwire.Settings;
import io.facetwire.account.Housekeeping;
import io.facetwire.ingest.DemoCorpus;
import io.facetwire.ingest.ImportSummary;
import io.facetwire.web.App;
import io.javalin.Javalin;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Run the web server.",
        "Without ELASTICSEARCH_URL an embedded Elasticsearch node starts with its data in the data folder;",
        "on first start, when the index is empty, the demo articles are loaded.",
        "SIGTERM (or Ctrl+C) stops it gracefully: requests in flight finish, then the node stops."})
final class ServeCommand implements Callable<Integer> {

  @Mixin
  DataDirOptions data;

  @Option(names = "--host", paramLabel = "ADDRESS",
      description = "Address to listen on (default: $FACETWIRE_HOST or 0.0.0.0, every interface).")
  String host;

  @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: $FACETWIRE_PORT or 8080).")
  Integer port;

  @Option(names = "--shutdown-timeout", paramLabel = "DURATION",
      description = "How long a stop waits for requests in flight (default: $FACETWIRE_SHUTDOWN_TIMEOUT or 30s).")
  String shutdownTimeout;

  @Option(names = "--no-demo", description = "Do not load the demo articles into an empty index.")
  boolean noDemo;

  @Option(names = "--import-warm-up", paramLabel = "N",
      description = {"Articles of the demo corpus run through the import path into a scratch index once the server "
          + "has answered its first request, so that a first import meets compiled code (default: $"
          + IMPORT_WARM_UP + ", else 0: none; 3000 is a good count). About 20 s of CPU, and slower pages meanwhile."})
  Long importWarmUp;

  static final String IMPORT_WARM_UP = "FACETWIRE_IMPORT_WARM_UP";
  private static final Duration WARM_UP_AT_LATEST = Duration.ofSeconds(30);

  private static long checkedWarmUp(long articles) {
    if (articles < 0) {
      throw new io.facetwire.InvalidSetting("--import-warm-up must be a whole number of at least 0, got " + articles);
    }
    return articles;
  }

  @Override
  public Integer call() throws Exception {
    Settings env = Settings.system();
    String bindHost = host != null ? host.strip() : env.string("FACETWIRE_HOST", "0.0.0.0");
    int httpPort = env.port("FACETWIRE_PORT", port, 8080);
    Duration drain = shutdownTimeout != null ? Settings.parseDuration("--shutdown-timeout", shutdownTimeout)
        : env.duration("FACETWIRE_SHUTDOWN_TIMEOUT", App.DEFAULT_DRAIN);
    // Before the node's seconds of start-up: a port in use is one line, not a stack trace at the end.
    PortCheck.ensureFree(bindHost, httpPort, port != null ? "--port" : "FACETWIRE_PORT",
        host != null ? "--host" : "FACETWIRE_HOST");
    long warmUpArticles = importWarmUp != null ? checkedWarmUp(importWarmUp)
        : env.count(IMPORT_WARM_UP, 0, 0);
    Logger log = LoggerFactory.getLogger(ServeCommand.class);

    // The data folder has one owner: a second server on it refuses to start (one line, exit 2).
    Facetwire facetwire = data.openOwn();
    // The first search's cold work (global ordinals, index files) while the web side starts.
    FirstSearchWarmUp.start(facetwire);
    // The import command of the same user finds this server (and its node) through its data folder.
    String importToken = io.facetwire.account.Tokens.random();
    RunningFacetwire.Published published = new RunningFacetwire.Published(
        facetwire.engine().isEmbedded() ? facetwire.engine().urls().get(0) : null, null, importToken);
    RunningFacetwire.publish(data.dataDir(), published);
    if (!noDemo && facetwire.articles().count() == 0) {
      log.info("Empty index: loading the demo articles");
      ImportSummary demo = DemoCorpus.load(facetwire.importer());
      log.info("Demo articles: {}", demo.oneLine());
    }
    facetwire.startBackgroundJobs(Housekeeping.EVERY);
    CountDownLatch firstAnswer = new CountDownLatch(1);
    Javalin app;
    try {
      // The import warm-up begins once the server has answered its first request (see below).
      app = App.create(facetwire, importToken, routes -> routes.after(ctx -> firstAnswer.countDown()))
          .start(bindHost, httpPort);
      // Live sources are polled by servers only, never by the other commands that open the same wiring.
      facetwire.startSourcePolling();
    } catch (RuntimeException e) {
      facetwire.close();
      RunningFacetwire.withdraw(data.dataDir(), published);
      throw e;
    }
    String localHost = "0.0.0.0".equals(bindHost) || "::".equals(bindHost) ? "127.0.0.1" : bindHost;
    RunningFacetwire.Published listening = published.listening("http://" + localHost + ":" + app.port());
    RunningFacetwire.publish(data.dataDir(), listening);
    if (warmUpArticles > 0) {
      // After the first answer (or half a minute of none): the first page never shares the cores with it.
      // An import that begins meanwhile makes it give way.
      facetwire.importWarmUp(warmUpArticles).startAfter(firstAnswer, WARM_UP_AT_LATEST);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      // From now on import no longer hands files to this server; its node is still there until it stops.
      RunningFacetwire.stopListening(data.dataDir(), published);
      ServerShutdown.run(app, facetwire, data.dataDir(), published, drain);
      stopped.countDown();
    }, "facetwire-shutdown"));
    // Said once running: a setting or folder error before it stays the one line it is.
    log.info("Java heap: up to {} MiB ({})", Runtime.getRuntime().maxMemory() >> 20,
        env.string(ServerRelaunch.CHILD) != null ? "-Xmx" + env.string(ServerRelaunch.CHILD) + ", set by serve: "
            + ServerHeap.SETTING + " or -Xmx changes it" : "as the java command set it");
    String shown = "0.0.0.0".equals(bindHost) || "::".equals(bindHost) ? "localhost" : bindHost;
    log.info("Facetwire is running at http://{}:{}/  (Ctrl+C or SIGTERM to stop)", shown, app.port());
    stopped.await();
    return 0;
  }
}
