package io.facetwire.web.http;

import io.facetwire.FacetwireConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * How many bytes a request body may have, per route: the ingest API takes batches, {@code /api/extract}
 * one article, every other route a form. A body announced larger is answered 413 before a byte of it is
 * read; a body without a length (chunked) is read through {@link #stream}, which stops at the limit.
 */
public final class BodyLimits {

  /** The request's body was larger than its route allows. */
  public static final class TooLarge extends IOException {
    TooLarge(String message) {
      super(message);
    }
  }

  private final FacetwireConfig.Limits limits;

  public BodyLimits(FacetwireConfig.Limits limits) {
    this.limits = limits;
  }

  /**
   * Said to a client that sends {@code multipart/form-data}: no page or API of Facetwire takes one, and
   * Jetty would otherwise write every file part of it to a temporary file while the form is read.
   */
  static final String NO_UPLOADS = "This server takes no file uploads (multipart/form-data): forms are sent as"
      + " application/x-www-form-urlencoded, articles as JSON or NDJSON.";

  static final String NO_CODINGS = "This server takes request bodies uncompressed: send them without a"
      + " Content-Encoding.";

  /**
   * Before every request: refuse a multipart body, and a declared length over the route's limit. A
   * multipart body was read whole, whatever its size, when the CSRF check asked for the form's token: an
   * anonymous client sending one without a length (chunked) to any form wrote 400 MB to the temporary
   * folder in one request, bounded only by the disk (found 2026-12-01 by a probe of the served jar).
   */
  public void check(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    long max = limitFor(ctx.path());
    String malformed = malformedCharset(ctx.req().getHeader("Content-Type"));
    if (malformed != null) {
      // Any method: Javalin reads the charset of every request's Content-Type to decode its query string.
      if (!"GET".equals(ctx.req().getMethod()) && declared >= 0 && declared <= Math.min(max, SWALLOW_AT_MOST)) {
        swallow(ctx);
      }
      throw new HttpResponseException(400, malformed, Map.of());
    }
    String coding = ctx.header("Content-Encoding");
    if (coding != null && !coding.isBlank() && !coding.strip().equalsIgnoreCase("identity")) {
      // Nothing here inflates a body, and nothing should: a gzip bomb of 200 KB is 200 MB of JSON. Said
      // at once (RFC 7694), before the parser's "illegal character (CTRL-CHAR, code 31)" tells it worse.
      ctx.header("Accept-Encoding", "identity");
      throw new HttpResponseException(415, NO_CODINGS, Map.of());
    }
    if (isMultipart(ctx.req().getContentType())) {
      if (declared >= 0 && declared <= Math.min(max, SWALLOW_AT_MOST)) {
        swallow(ctx);
      }
      throw new HttpResponseException(415, NO_UPLOADS, Map.of());
    }
    String charset = "GET".equals(ctx.req().getMethod()) ? null : otherBodyCharset(ctx.req().getContentType());
    if (charset != null) {
      if (declared >= 0 && declared <= Math.min(max, SWALLOW_AT_MOST)) {
        swallow(ctx);
      }
      throw new HttpResponseException(415, unreadableCharset(charset), Map.of());
    }
    if (declared > max) {
      if (declared <= SWALLOW_AT_MOST) {
        swallow(ctx);
      }
      throw new HttpResponseException(413, message(ctx.path(), max), Map.of());
    }
  }

  /**
   * How much of a refused body is read and thrown away so the client gets to read the 413: Jetty 12
   * closes a connection whose body was left unread, and a client still writing its body then sees a
   * broken pipe instead of the answer (Tomcat's {@code maxSwallowSize} does the same, at 2 MB). Bigger
   * bodies are cut off unread: reading them would be the very cost the limit exists to refuse.
   */
  static final long SWALLOW_AT_MOST = 8L * 1024 * 1024;

  /**
   * The charset a request body declares when it is not UTF-8 (or its ASCII subset), else null; a form is left to
   * Jetty, which decodes it by its charset. Every other body here is JSON or JSON Lines, read as UTF-8 (RFC 8259;
   * {@code JsonBodies}, {@code Utf8Lines}) whatever it is labelled, so before session 16 {@code charset=latin1} or
   * {@code utf-16} was read as UTF-8 in silence: 200 for ASCII text, "not valid UTF-8 at byte …" for the rest, and
   * never the reason. Only a charset Java did not know was refused (415).
   */
  static String otherBodyCharset(String contentType) {
    if (contentType == null) {
      return null;
    }
    // -1: "Content-Type: ;" splits to nothing at all with the default limit (an index error, a 500 in session 29).
    String[] parts = contentType.split(";", -1);
    if (parts[0].strip().equalsIgnoreCase("application/x-www-form-urlencoded")) {
      return null;
    }
    for (int i = 1; i < parts.length; i++) {
      String[] pair = parts[i].split("=", 2);
      if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
        String name = pair[1].strip().replaceAll("^\"|\"$", "");
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (!lower.equals("utf-8") && !lower.equals("utf8") && !lower.equals("us-ascii")) {
          return io.facetwire.TextChars.atMost(io.facetwire.TextChars.clean(name), 40);
        }
      }
    }
    return null;
  }

  /**
   * Why a Content-Type's charset cannot be read, or null when it can (or names none). Javalin takes the charset of
   * every request, whatever its method, from the first part of the header that starts with "charset" and reads what
   * follows its "=" to decode the query string and forms; a part without one ({@code text/plain; charset}, a bare
   * {@code charset}, {@code charsetx}) made that an index error: a 500 with a stack trace in the log on every page,
   * the search and sign-in pages among them, for any client (found in session 29). So such a header is refused here,
   * before anything reads a parameter, with what is wrong in it.
   */
  static String malformedCharset(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";", -1)) {
      String p = part.strip();
      if (!p.regionMatches(true, 0, "charset", 0, "charset".length())) {
        continue;
      }
      int eq = p.indexOf('=');
      if (eq < 0 || !p.substring(0, eq).strip().equalsIgnoreCase("charset")) {
        return "The request's Content-Type header has a charset parameter this server cannot read (\""
            + io.facetwire.TextChars.atMost(io.facetwire.TextChars.clean(p), 40)
            + "\"): write it as charset=utf-8, or leave it out.";
      }
    }
    return null;
  }

  /**
   * The 415 sentence for a charset this server does not read, here and where the JDK refuses a name
   * ({@code Errors}); an empty name (or one that cleaning empties) is said so, not quoted as "".
   */
  static String unreadableCharset(String name) {
    return name == null || name.isBlank() ? "The request names an empty charset; send UTF-8."
        : "This server cannot read the charset \"" + name + "\" the request names; send UTF-8.";
  }

  static boolean isMultipart(String contentType) {
    return contentType != null
        && contentType.strip().regionMatches(true, 0, "multipart/", 0, "multipart/".length());
  }

  /**
   * Before any other refusal goes out (a 429, 401, 400 …), what the client sends of the request's body within
   * {@link #REFUSED_BODY_WAIT} is read and thrown away, as a 413's body is: a large extraction refused its place (429)
   * before its body was read, Jetty closed the connection with the body unread, and the client, still writing it, read
   * no answer at all ("header parser received no bytes": once in CI in session 37, 9 times in 200 in a loop). Only
   * bodies that declare at most {@link #SWALLOW_AT_MOST}, or declare nothing, and never past it. Bounded in time, not
   * only by the body pace: a refused client that trickles its body would otherwise hold the thread for minutes, and
   * refusals are what a flood gets.
   */
  static void swallowUnread(Context ctx) {
    if (ctx.req().getContentLengthLong() > SWALLOW_AT_MOST) {
      return;
    }
    ctx.req().setAttribute(PacedBodies.READ_UNTIL, System.nanoTime() + REFUSED_BODY_WAIT.toNanos());
    swallow(ctx);
  }

  /** How long a refused request's body is waited for before the refusal goes out regardless. */
  static final java.time.Duration REFUSED_BODY_WAIT = java.time.Duration.ofSeconds(2);

  /** Reads the rest of the body, at most {@link #SWALLOW_AT_MOST}, and throws it away. */
  private static void swallow(Context ctx) {
    try (InputStream in = new Capped(ctx.req().getInputStream(), SWALLOW_AT_MOST, "")) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException | RuntimeException e) {
      // Past the limit, gone, stalled past the idle timeout or the wait, or read as characters already: the
      // refusal is all the client gets.
    }
  }

  /** The body, stopping with {@link TooLarge} past the route's limit (for bodies sent without a length). */
  public InputStream stream(Context ctx) throws IOException {
    return new Capped(ctx.bodyInputStream(), limitFor(ctx.path()), message(ctx.path(), limitFor(ctx.path())));
  }

  /** A body any route takes without question: the forms' limit ({@code FACETWIRE_MAX_BODY}). */
  long small() {
    return limits.otherBody();
  }

  /** What a client whose body to {@code path} is over its limit is told. */
  String tooLarge(String path) {
    return message(path, limitFor(path));
  }

  long limitFor(String path) {
    return switch (path) {
      case "/api/articles" -> limits.importBody();
      // Whole input files streamed by the import command (admins and the local token only): any size,
      // read record by record; each record's own limits (body cut, JSON limits) still apply.
      case "/api/import/files" -> Long.MAX_VALUE;
      case "/api/extract" -> limits.extractBody();
      default -> limits.otherBody();
    };
  }

  private static String message(String path, long max) {
    String setting = switch (path) {
      case "/api/articles" -> "FACETWIRE_MAX_IMPORT_BODY";
      case "/api/extract" -> "FACETWIRE_MAX_EXTRACT_BODY";
      default -> "FACETWIRE_MAX_BODY";
    };
    return "The request body is larger than " + size(max) + ", the most " + path + " accepts (" + setting
        + ")." + (path.equals("/api/articles") ? " Send the articles in several requests." : "");
  }

  static String size(long bytes) {
    if (bytes % (1L << 20) == 0) {
      return (bytes >> 20) + " MB";
    }
    return bytes % 1024 == 0 ? (bytes >> 10) + " KB" : bytes + " bytes";
  }

  private static final class Capped extends FilterInputStream {
    private final long max;
    private final String message;
    private long count;

    Capped(InputStream in, long max, String message) {
      super(in);
      this.max = max;
      this.message = message;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    private void counted(int n) throws TooLarge {
      count += n;
      if (count > max) {
        throw new TooLarge(message);
      }
    }
  }
}
