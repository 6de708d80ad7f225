package io.facetwire.web.http;

import io.javalin.http.Context;
import java.util.Map;

/** Headers that keep article and user text from ever running as script or being framed. */
public final class SecurityHeaders {

  /** Also sent by {@link JettyErrorPages}, for requests Jetty refuses before Javalin sees them. */
  static final Map<String, String> HEADERS = Map.of(
      "Content-Security-Policy",
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
      "X-Content-Type-Options", "nosniff",
      "Referrer-Policy", "same-origin");

  private SecurityHeaders() {}

  public static void apply(Context ctx) {
    HEADERS.forEach(ctx::header);
    // Every text we send is UTF-8, and says so in its Content-Type (Javalin 7 on Jetty 12 no longer
    // adds the charset to ctx.html()'s "text/html" by itself).
    ctx.res().setCharacterEncoding("UTF-8");
  }
}
