package io.facetwire.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 over a plain socket, for what Java's clients refuse to send: request lines with a malformed
 * percent-escape ({@link #get}), and the hostile or broken clients of the limit tests — half bodies,
 * trickled bytes, chunked bodies that never end ({@link #open}, {@link #head}, {@link #chunk},
 * {@link #answerHead}, {@link #oneMoreByte}).
 */
public final class RawHttp {

  private RawHttp() {}

  public static Http.Response get(String base, String rawPath) {
    return send(base, "GET " + rawPath + " HTTP/1.1\r\nHost: " + URI.create(base).getHost()
        + "\r\nConnection: close\r\n\r\n");
  }

  /** Sends {@code request} as it is (ISO-8859-1 bytes) and reads the answer until the server closes. */
  public static Http.Response send(String base, String request) {
    return send(base, request, null);
  }

  /**
   * The same from the local address {@code from} (another loopback address, e.g. 127.0.0.2: another client to the
   * server's per-address limits without a proxy header); null: any.
   */
  public static Http.Response send(String base, String request, String from) {
    URI uri = URI.create(base);
    try (Socket socket = new Socket()) {
      if (from != null) {
        socket.bind(new java.net.InetSocketAddress(java.net.InetAddress.getByName(from), 0));
      }
      socket.connect(new java.net.InetSocketAddress(uri.getHost(), uri.getPort()));
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      byte[] all = socket.getInputStream().readAllBytes();
      String text = new String(all, StandardCharsets.ISO_8859_1);
      int end = text.indexOf("\r\n\r\n");
      String[] lines = text.substring(0, end).split("\r\n");
      int status = Integer.parseInt(lines[0].split(" ")[1]);
      Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers.computeIfAbsent(lines[i].substring(0, colon).trim(), k -> new ArrayList<>())
            .add(lines[i].substring(colon + 1).trim());
      }
      byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
      String charset = String.join(";", headers.getOrDefault("Content-Type", List.of(""))).toLowerCase()
          .contains("utf-8") ? "UTF-8" : "ISO-8859-1";
      return new Http.Response(status, new String(body, charset), HttpHeaders.of(headers, (a, b) -> true));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A connection to the test server; the read timeout is a safety net only: answers are expected at once. */
  public static Socket open(TestServer on) throws IOException {
    Socket s = new Socket("127.0.0.1", on.app().port());
    s.setSoTimeout(60_000);
    return s;
  }

  /** A connection to a test class's server. */
  public static Socket open(ServerExtension on) throws IOException {
    return open(on.server());
  }

  /** A request's head from {@code address} (sent as X-Forwarded-For), the blank line included. */
  public static String head(String method, String path, String address, String... headers) {
    StringBuilder h = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "X-Forwarded-For: " + address + "\r\n");
    for (String header : headers) {
      h.append(header).append("\r\n");
    }
    return h.append("\r\n").toString();
  }

  /** One chunk of a chunked body, flushed. */
  public static void chunk(OutputStream out, byte[] bytes) throws IOException {
    out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(bytes);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** The status line and headers of the answer, read up to the blank line. */
  public static String answerHead(InputStream in) throws IOException {
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0) {
      got.write(b);
      if (got.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
        break;
      }
    }
    return got.toString(StandardCharsets.ISO_8859_1);
  }

  /** Sends one more body byte; a connection the server (or the test's end) closed takes nothing more. */
  public static void oneMoreByte(Socket s, char c) {
    try {
      s.getOutputStream().write(c);
      s.getOutputStream().flush();
    } catch (IOException e) {
      // closed: nothing more to send
    }
  }
}
