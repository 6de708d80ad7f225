package io.facetwire.sources;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * A web site on the loopback interface for the sources tests: serves what the test puts at each path,
 * with ETag/Last-Modified handling, gzip when asked, redirects, a 100 MB page streamed without
 * holding it, and a socket that accepts connections and never answers. Logs every request.
 */
public final class FixtureSite implements AutoCloseable {

  /** One request as received: path, and the headers that matter for politeness (and the Host it named). */
  public record Request(String path, String userAgent, String ifNoneMatch, String ifModifiedSince,
      String acceptEncoding, int concurrentAtStart, String host) {}

  private record Page(int status, String contentType, byte[] body, String etag, String lastModified,
      String location, boolean gzip) {}

  private final HttpServer server;
  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final List<Request> log = new CopyOnWriteArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final Map<String, Integer> delays = new ConcurrentHashMap<>();
  private final ServerSocket silent;
  private final List<Socket> held = new CopyOnWriteArrayList<>();
  private volatile int maxConcurrent;

  public FixtureSite() {
    this("127.0.0.1");
  }

  /** On another loopback address (127.0.0.2, ...): another host as far as per-host politeness goes. */
  public FixtureSite(String loopbackAddress) {
    try {
      server = HttpServer.create(new InetSocketAddress(loopbackAddress, 0), 50);
      silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newFixedThreadPool(8, r -> {
      Thread t = new Thread(r, "fixture-site");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", this::handle);
    server.start();
    Thread accepter = new Thread(() -> {
      while (!silent.isClosed()) {
        try {
          held.add(silent.accept()); // accepted, never read, never answered
        } catch (IOException e) {
          return;
        }
      }
    }, "fixture-silent");
    accepter.setDaemon(true);
    accepter.start();
  }

  public String base() {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
  }

  public String url(String path) {
    return base() + path;
  }

  /** An address that accepts the connection and never says a word. */
  public String silentUrl(String path) {
    return "http://127.0.0.1:" + silent.getLocalPort() + path;
  }

  public FixtureSite put(String path, String contentType, String body) {
    return put(path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  public FixtureSite put(String path, String contentType, byte[] body) {
    pages.put(path, new Page(200, contentType, body, null, null, null, false));
    return this;
  }

  public FixtureSite putText(String path, String contentType, String body, Charset charset) {
    return put(path, contentType, body.getBytes(charset));
  }

  /** Served with validators: a request with a matching If-None-Match gets 304. */
  public FixtureSite putWithEtag(String path, String contentType, String body, String etag, String lastModified) {
    pages.put(path, new Page(200, contentType, body.getBytes(StandardCharsets.UTF_8), etag, lastModified, null, false));
    return this;
  }

  /** Gzipped when the client accepts it. */
  public FixtureSite putGzip(String path, String contentType, String body) {
    pages.put(path, new Page(200, contentType, body.getBytes(StandardCharsets.UTF_8), null, null, null, true));
    return this;
  }

  public FixtureSite redirect(String path, String location) {
    pages.put(path, new Page(302, null, new byte[0], null, null, location, false));
    return this;
  }

  public FixtureSite status(String path, int status) {
    pages.put(path, new Page(status, "text/plain", ("status " + status).getBytes(StandardCharsets.UTF_8), null, null, null, false));
    return this;
  }

  /** A page of {@code megabytes} MB, streamed in chunks (without Content-Length) until the client hangs up. */
  public FixtureSite huge(String path, int megabytes) {
    pages.put(path, new Page(-megabytes, "text/html", null, null, null, null, false));
    return this;
  }

  /** Answers {@code path} only after {@code millis}: long enough for parallel requests to overlap. */
  public FixtureSite delay(String path, int millis) {
    delays.put(path, millis);
    return this;
  }

  public List<Request> requests() {
    return List.copyOf(log);
  }

  public List<Request> requests(String path) {
    return log.stream().filter(r -> r.path().equals(path)).toList();
  }

  /** Most requests this site ever had in progress at once. */
  public int maxConcurrent() {
    return maxConcurrent;
  }

  private void handle(HttpExchange ex) throws IOException {
    int now = inFlight.incrementAndGet();
    synchronized (this) {
      maxConcurrent = Math.max(maxConcurrent, now);
    }
    // A request stops being "in progress" just before its answer starts: once a client has the answer it may send
    // its next request, and that one must not find this one still counted (under load this thread can be paused
    // between sending and a decrement in the finally block, which made one-at-a-time clients look concurrent).
    java.util.concurrent.atomic.AtomicBoolean left = new java.util.concurrent.atomic.AtomicBoolean();
    Runnable leave = () -> {
      if (left.compareAndSet(false, true)) {
        inFlight.decrementAndGet();
      }
    };
    try {
      String path = ex.getRequestURI().getRawPath() + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
      var h = ex.getRequestHeaders();
      log.add(new Request(path, h.getFirst("User-Agent"), h.getFirst("If-None-Match"), h.getFirst("If-Modified-Since"),
          h.getFirst("Accept-Encoding"), now, h.getFirst("Host")));
      Integer delay = delays.get(path);
      if (delay != null) {
        try {
          Thread.sleep(delay);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      Page page = pages.get(path);
      if (page == null) {
        page = pages.get(ex.getRequestURI().getRawPath());
      }
      if (page == null) {
        leave.run();
        send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (page.status() < 0) {
        leave.run();
        streamHuge(ex, -page.status());
        return;
      }
      if (page.location() != null) {
        ex.getResponseHeaders().set("Location", page.location());
        leave.run();
        ex.sendResponseHeaders(page.status(), -1);
        return;
      }
      if (page.etag() != null) {
        ex.getResponseHeaders().set("ETag", page.etag());
        if (page.lastModified() != null) {
          ex.getResponseHeaders().set("Last-Modified", page.lastModified());
        }
        if (page.etag().equals(h.getFirst("If-None-Match"))) {
          leave.run();
          ex.sendResponseHeaders(304, -1);
          return;
        }
      }
      byte[] body = page.body();
      if (page.gzip() && h.getFirst("Accept-Encoding") != null && h.getFirst("Accept-Encoding").contains("gzip")) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
          gz.write(body);
        }
        body = out.toByteArray();
        ex.getResponseHeaders().set("Content-Encoding", "gzip");
      }
      leave.run();
      send(ex, page.status(), page.contentType(), body);
    } finally {
      leave.run();
      ex.close();
    }
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    if (type != null) {
      ex.getResponseHeaders().set("Content-Type", type);
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static void streamHuge(HttpExchange ex, int megabytes) {
    try {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      byte[] chunk = "<p>filler filler filler filler</p>\n".repeat(2048).getBytes(StandardCharsets.US_ASCII);
      long total = (long) megabytes * 1024 * 1024;
      try (OutputStream out = ex.getResponseBody()) {
        for (long sent = 0; sent < total; sent += chunk.length) {
          out.write(chunk);
        }
      }
    } catch (IOException e) {
      // The client hung up after its limit: what the test wants.
    }
  }

  @Override
  public void close() {
    server.stop(0);
    try {
      silent.close();
      for (Socket s : held) {
        s.close();
      }
    } catch (IOException e) {
      // closing anyway
    }
  }
}
