package io.facetwire.cli;

import io.facetwire.Facetwire;
import io.facetwire.web.http.GracefulStop;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.logging.log4j.LogManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What SIGTERM does to a server, in the order that loses nothing: stop accepting and let requests in
 * flight finish (bounded by the drain time; an import request answers only when its articles are
 * written, so the bulk writer is flushed by then), stop the background jobs (a queued alert check
 * still runs), close the Elasticsearch connection and the embedded node (which flushes its
 * translog), and last the logging, so every step above is logged.
 */
final class ServerShutdown {

  private static final Logger LOG = LoggerFactory.getLogger(ServerShutdown.class);

  private ServerShutdown() {}

  static void run(Javalin app, Facetwire facetwire, Path dataDir, RunningFacetwire.Published published,
      Duration drain) {
    long start = System.nanoTime();
    try {
      LOG.info("Stopping: no new connections; requests in flight have up to {} s to finish", drain.toSeconds());
      int cut = GracefulStop.stop(app, drain);
      if (cut > 0) {
        LOG.warn("{} requests were still running after {} s and were cut", cut, drain.toSeconds());
      }
      LOG.info("HTTP server stopped; stopping background jobs and Elasticsearch");
      RunningFacetwire.withdraw(dataDir, published); // only the file this server wrote
      facetwire.close();
      LOG.info("Stopped in {} ms", (System.nanoTime() - start) / 1_000_000);
      if (ClassArchive.writingAtExit()) {
        // The JVM writes it after this line, silently: say why the process takes seconds more to end.
        LOG.info("Writing the class archive for faster starts ({} in the data folder; once per build, seconds;"
            + " {}=off skips it)", ClassArchive.FOLDER, ClassArchive.SETTING);
      }
    } catch (RuntimeException e) {
      LOG.error("Shutdown step failed: {}", e.toString());
    } finally {
      // log4j's own shutdown hook is off (log4j2.xml): it would stop logging before the lines above.
      LogManager.shutdown();
    }
  }
}
