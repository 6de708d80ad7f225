package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.support.ServerExtension;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Session 31's attack on the served jar: a 60 KB Host header on any route is answered 400, and Jetty wrote a WARN line
 * with the whole header for each request; one anonymous client grew the log by 498 MB in 10 s. With the shipped
 * logging configuration (log4j2.xml), these requests write no line, and Jetty's warnings are held to a burst.
 */
class JettyWarningFloodTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard();

  @Test
  void aFloodOfRequestsWithAHugeBadHostWritesNoLogLines() throws Exception {
    List<LogEvent> events = new CopyOnWriteArrayList<>();
    AbstractAppender appender = new AbstractAppender("flood-capture", null, null, true, Property.EMPTY_ARRAY) {
      @Override
      public void append(LogEvent event) {
        events.add(event.toImmutable());
      }
    };
    appender.start();
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    context.getConfiguration().getRootLogger().addAppender(appender, Level.ALL, null);
    context.updateLoggers();
    try {
      int port = java.net.URI.create(server.http().base()).getPort();
      String host = "a".repeat(6000) + "@x";
      for (int i = 0; i < 100; i++) {
        try (Socket s = new Socket("127.0.0.1", port)) {
          OutputStream out = s.getOutputStream();
          out.write(("GET /health/live HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
          out.flush();
          InputStream in = s.getInputStream();
          String status = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
          assertEquals("HTTP/1.1 400", status);
          in.readAllBytes();
        }
      }
      long withTheHeader = events.stream().filter(e -> e.getMessage().getFormattedMessage().contains("aaaaaaaaaa"))
          .count();
      long jettyWarnings = events.stream().filter(e -> e.getLoggerName().startsWith("org.eclipse.jetty")).count();
      assertEquals(0, withTheHeader, "log lines carrying the header");
      assertTrue(jettyWarnings <= 20, "Jetty's lines for 100 bad requests: " + jettyWarnings);
    } finally {
      context.getConfiguration().getRootLogger().removeAppender("flood-capture");
      context.updateLoggers();
      appender.stop();
    }
  }
}
