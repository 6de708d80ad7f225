package io.facetwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@code import} finds the server running on its data folder even when the server is slow to answer (a
 * busy machine): it must not fall back to importing in its own JVM beside a server that is there.
 */
class RunningServerFinderTest {

  @Test
  void aServerThatAnswersItsHealthCheckLateIsStillFound() throws Exception {
    Path data = Files.createTempDirectory("facetwire-finder");
    HttpServer slow = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    AtomicInteger checks = new AtomicInteger();
    slow.createContext("/health/live", exchange -> {
      checks.incrementAndGet();
      try {
        // A server busy for longer than the 5-second read timeout the finder used to allow.
        Thread.sleep(7000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    slow.start();
    try {
      String url = "http://127.0.0.1:" + slow.getAddress().getPort();
      RunningFacetwire.publish(data, new RunningFacetwire.Published(null, url, "token-1"));
      var found = RunningFacetwire.findServer(data);
      assertTrue(found.isPresent(), "the slow server is used");
      assertEquals(url, found.get().url());
      assertEquals(1, checks.get(), "one health check");
    } finally {
      slow.stop(0);
    }
  }

  @Test
  void aServerThatIsGoneIsNotFound() throws Exception {
    Path data = Files.createTempDirectory("facetwire-finder");
    int port = CliProcesses.freePort();
    RunningFacetwire.publish(data, new RunningFacetwire.Published(null, "http://127.0.0.1:" + port, "token-2"));
    assertTrue(RunningFacetwire.findServer(data).isEmpty());
  }
}
