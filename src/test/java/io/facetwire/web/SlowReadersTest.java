package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.Facetwire;
import io.facetwire.FacetwireConfig;
import io.facetwire.engine.IndexNames;
import io.facetwire.support.Http;
import io.facetwire.support.TestEngine;
import io.facetwire.support.TestServer;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client that reads its answer slowly (session 12). The kernel takes a whole page into its send buffer,
 * so what a slow reader could hold is a long answer being written, a CSV export: its thread and its
 * export place, for as long as the client kept taking a few kilobytes before each idle timeout. Here a
 * route of the test's own writes an answer far longer than any buffer, and the client reads it at 4 KB a
 * second, well below the pace this server asks (64 KB a second, one second's grace) but often enough that
 * Jetty's idle timeout never ends it. Before: the route went on writing for as long as the client read.
 */
class SlowReadersTest {

  static Javalin app;
  static Facetwire facetwire;
  static final CompletableFuture<Throwable> writeFailure = new CompletableFuture<>();

  @BeforeAll
  static void start() {
    FacetwireConfig config = TestServer.testConfig()
        .withLimits(FacetwireConfig.Limits.defaults().withBodyPace(64 * 1024, Duration.ofSeconds(1)));
    facetwire = Facetwire.onEngine(TestEngine.get(), new IndexNames(TestEngine.uniquePrefix()), TestServer.extractor(),
        Clock.systemUTC(), config);
    app = App.create(facetwire, null, routes -> routes.get("/test/long-answer", ctx -> {
      ctx.contentType("text/plain");
      OutputStream out = ctx.res().getOutputStream();
      byte[] piece = new byte[64 * 1024];
      java.util.Arrays.fill(piece, (byte) 'x');
      try {
        for (int i = 0; i < 16 * 1024; i++) { // 1 GB: no buffer on the way takes it all
          out.write(piece);
        }
        writeFailure.complete(null);
      } catch (IOException e) {
        writeFailure.complete(e);
        throw e;
      }
    })).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  @Test
  void aClientReadingBelowThePaceLosesItsConnectionAndFreesTheWritingThread() throws Exception {
    try (Socket s = new Socket()) {
      s.setReceiveBufferSize(4096);
      s.connect(new InetSocketAddress("127.0.0.1", app.port()));
      s.setSoTimeout(1000);
      s.getOutputStream().write("GET /test/long-answer HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII));
      s.getOutputStream().flush();
      InputStream in = s.getInputStream();
      byte[] buffer = new byte[2048];
      long read = 0;
      boolean closed = false;
      // 2 KB every half second: progress far more often than the idle timeout (30 s) asks.
      for (int i = 0; i < 240 && !writeFailure.isDone(); i++) {
        Thread.sleep(500);
        try {
          int n = in.read(buffer);
          if (n < 0) {
            closed = true;
            break;
          }
          read += n;
        } catch (java.net.SocketTimeoutException e) {
          // nothing this time
        } catch (IOException e) {
          closed = true; // reset by the server
          break;
        }
      }
      Throwable failure = writeFailure.get(30, TimeUnit.SECONDS);
      assertNotNull(failure, "the whole answer was written");
      // Ended by the pace, not by Jetty's idle timeout (which the reading kept away).
      assertTrue(String.valueOf(failure.getMessage()).contains("more slowly than 64 KB a second"), failure.toString());
      assertTrue(read > 0, "the client read part of the answer");
      // The connection is gone: what was left in the buffers drains, then the end.
      while (!closed) {
        try {
          closed = in.read(buffer) < 0;
        } catch (java.net.SocketTimeoutException e) {
          // still draining
        } catch (IOException e) {
          closed = true;
        }
      }
    }
    // And the server answers everyone else as before.
    Http.Response health = new Http("http://127.0.0.1:" + app.port()).get("/health/live");
    assertEquals(200, health.status());
  }
}
