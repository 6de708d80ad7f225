package io.facetwire.web.http;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.NanoTime;
import org.eclipse.jetty.util.component.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a request Jetty refused while reading its first line was meant for the API. Jetty refuses a
 * request line over its limit (414) or with an unknown HTTP version (505) before there is a request:
 * the error page is then asked for a stand-in request whose path is {@code /badMessage}, so
 * {@link JettyErrorPages} could not tell {@code /api/…} from a page and answered the API with HTML
 * (session 12's open item). Each HTTP/1 connection's parser here keeps the first bytes of the request it
 * is reading; the error page reads them back: the first 80 bytes of each request, the start of its
 * request line, kept (and overwritten by the next request) in the connection's memory only.
 *
 * <p>The same parser times each request's head (session 19): from its first byte, the request line and headers must
 * have arrived within the body grace ({@code FACETWIRE_BODY_GRACE}, 10 s; a browser's head comes in one packet),
 * else the connection is closed. A head trickled a byte at a time held no thread (Jetty's selector reads heads) but
 * its connection and descriptor for as long as bytes came, the idle timeout never reached: up to 64 KB at one byte
 * per 29 s. Checked whenever bytes of the head arrive; a client that sends nothing meets the idle timeout.
 *
 * <p>Built on Jetty's {@code HttpConnection} (an internal class, as public as its factory) through its
 * two protected factory methods; {@code RequestEntryTest} fails if a Jetty upgrade changes them.
 */
final class RequestLineStarts {

  private static final int KEPT = 80;
  // Origin form "/api/…" or absolute form "http://host/api/…", after the method.
  private static final Pattern API = Pattern.compile("^[\\r\\n]*[!-~]+ +(?:[A-Za-z][A-Za-z0-9+.-]*://[^/ ]*)?/api/.*", Pattern.DOTALL);

  private static final Logger LOG = LoggerFactory.getLogger(RequestLineStarts.class);

  private RequestLineStarts() {}

  /**
   * Replaces every connector's HTTP/1.1 factory by one whose parsers keep the line's start and end a connection whose
   * request head takes longer than {@code headTime} to arrive.
   */
  static void install(Server server, Duration headTime) {
    server.addEventListener(new LifeCycle.Listener() {
      @Override
      public void lifeCycleStarting(LifeCycle event) {
        for (Connector connector : server.getConnectors()) {
          HttpConnectionFactory old = connector.getConnectionFactory(HttpConnectionFactory.class);
          if (old != null && old.getClass() == HttpConnectionFactory.class
              && connector instanceof org.eclipse.jetty.server.AbstractConnector c) {
            Factory replacement = new Factory(old.getHttpConfiguration(), headTime.toNanos());
            replacement.setUseInputDirectByteBuffers(old.isUseInputDirectByteBuffers());
            replacement.setUseOutputDirectByteBuffers(old.isUseOutputDirectByteBuffers());
            replacement.setInputBufferSize(old.getInputBufferSize());
            c.removeConnectionFactory(old.getProtocol());
            c.addConnectionFactory(replacement);
          }
        }
      }
    });
  }

  /** True when the request (or the line Jetty refused before there was one) was for {@code /api/}. */
  static boolean wasApi(Request request) {
    Connection connection = request.getConnectionMetaData().getConnection();
    return connection instanceof HttpConnection http && http.getParser() instanceof KeepingParser kept
        && API.matcher(kept.start()).matches();
  }

  /**
   * The start of the request line the connection is reading (up to 80 bytes, the line only), printable ASCII only
   * (anything else as {@code \xNN}), for a log line about a request refused before it was read; empty when unknown.
   */
  static String startOf(Request request) {
    Connection connection = request.getConnectionMetaData().getConnection();
    if (!(connection instanceof HttpConnection http && http.getParser() instanceof KeepingParser kept)) {
      return "";
    }
    StringBuilder shown = new StringBuilder();
    for (char c : kept.start().toCharArray()) {
      if (c == '\r' || c == '\n') {
        break; // the line only: headers (a cookie, a token) stay out of the log
      }
      if (c >= ' ' && c <= '~') {
        shown.append(c);
      } else {
        shown.append(String.format("\\x%02X", (int) c));
      }
    }
    return shown.toString();
  }

  private static final class Factory extends HttpConnectionFactory {
    private final long headNanos;

    Factory(HttpConfiguration config, long headNanos) {
      super(config);
      this.headNanos = headNanos;
    }

    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
      KeepingConnection connection = new KeepingConnection(getHttpConfiguration(), connector, endPoint);
      connection.headNanos = headNanos;
      connection.setTransferEncodingChunkMaxLength(getTransferEncodingChunkMaxLength());
      return configure(connection, connector, endPoint);
    }
  }

  private static final class KeepingConnection extends HttpConnection {
    // Set from the superclass's constructor (newRequestHandler runs before newHttpParser): no initializer.
    private RequestHandler handler;
    // Set by the factory right after construction, read by the parser when bytes arrive.
    private volatile long headNanos;

    KeepingConnection(HttpConfiguration config, Connector connector, EndPoint endPoint) {
      super(config, connector, endPoint);
    }

    @Override
    protected RequestHandler newRequestHandler() {
      handler = super.newRequestHandler();
      return handler;
    }

    @Override
    protected HttpParser newHttpParser(HttpCompliance compliance) {
      HttpParser parser = new KeepingParser(this, handler, getHttpConfiguration().getRequestHeaderSize(), compliance);
      parser.setHeaderCacheSize(getHttpConfiguration().getHeaderCacheSize());
      parser.setHeaderCacheCaseSensitive(getHttpConfiguration().isHeaderCacheCaseSensitive());
      return parser;
    }
  }

  static final class KeepingParser extends HttpParser {
    private final KeepingConnection connection;
    private final byte[] start = new byte[KEPT];
    private int kept;
    private long headStarted;

    KeepingParser(KeepingConnection connection, RequestHandler handler, int maxHeaderBytes, HttpCompliance compliance) {
      super(handler, maxHeaderBytes, compliance);
      this.connection = connection;
    }

    @Override
    public boolean parseNext(ByteBuffer buffer) {
      if (isStart()) {
        kept = 0; // a new request on this connection
        headStarted = NanoTime.now();
      } else if (getState().ordinal() <= State.HEADER.ordinal() && buffer.hasRemaining()
          && NanoTime.since(headStarted) > connection.headNanos) {
        LOG.info("Closed a connection from {}: its request head took more than {} s to arrive",
            connection.getEndPoint().getRemoteSocketAddress(), connection.headNanos / 1_000_000_000L);
        buffer.position(buffer.limit());
        connection.getEndPoint().close(new TimeoutException("request head too slow"));
        return false;
      }
      // While the request line is read: the parser takes all it is given of the line at each call.
      if (kept < KEPT && getState().ordinal() <= State.REQUEST_VERSION.ordinal() && buffer.hasRemaining()) {
        ByteBuffer peek = buffer.duplicate();
        int n = Math.min(KEPT - kept, peek.remaining());
        peek.get(start, kept, n);
        kept += n;
      }
      return super.parseNext(buffer);
    }

    String start() {
      return new String(start, 0, kept, StandardCharsets.ISO_8859_1);
    }
  }
}
