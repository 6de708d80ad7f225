package io.facetwire.cli;

import io.facetwire.Facetwire;
import io.facetwire.ingest.DemoCorpus;
import io.facetwire.ingest.ImportSummary;
import io.facetwire.web.App;
import io.javalin.Javalin;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Run the web server.",
        "Without ELASTICSEARCH_URL an embedded Elasticsearch node starts with its data in the data folder;",
        "on first start, when the index is empty, the demo articles are loaded."})
final class ServeCommand implements Callable<Integer> {

  @Mixin
  DataDirOptions data;

  @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: $FACETWIRE_PORT or 8080).")
  Integer port;

  @Option(names = "--no-demo", description = "Do not load the demo articles into an empty index.")
  boolean noDemo;

  @Override
  public Integer call() throws Exception {
    int httpPort = port != null ? port : Integer.parseInt(envOr("FACETWIRE_PORT", "8080"));
    // The data folder has one owner: a second server on it refuses to start (one line, exit 2).
    Facetwire facetwire = data.openOwn();
    String published = facetwire.engine().isEmbedded() ? facetwire.engine().urls().get(0) : null;
    if (published != null) {
      RunningNode.publish(data.dataDir(), published);
    }
    if (!noDemo && facetwire.articles().count() == 0) {
      System.out.println("Empty index: loading the demo articles…");
      ImportSummary demo = DemoCorpus.load(facetwire.importer());
      System.out.println("Demo articles: " + demo.oneLine());
    }
    Javalin app = App.create(facetwire).start("0.0.0.0", httpPort);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      if (published != null) {
        RunningNode.withdraw(data.dataDir(), published);
      }
      facetwire.close();
      stopped.countDown();
    }));
    System.out.println("Facetwire is running at http://localhost:" + app.port() + "/  (Ctrl+C to stop)");
    stopped.await();
    return 0;
  }

  private static String envOr(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
