package io.facetwire.web.http;

import io.javalin.http.Context;

/**
 * No compressed answer to a request that carries a cookie (BREACH, 2013). Javalin gzips every answer over
 * 1,500 bytes; the search page for {@code q=…} reflects the words the attacker chose next to what is the
 * visitor's own: "Your recent searches" (the {@code fw_history} cookie, anonymous visitors too), a signed-in
 * visitor's address, saved searches and their feed and share links, and the CSRF token. An attacker who can
 * send the victim's browser to such pages (top-level navigations carry SameSite=Lax cookies) and see the
 * encrypted answers' lengths on the network learns those, a character at a time, from how much better the
 * page compresses when a guess matches. Found 2026-12-02: {@code /search?q=putin} 45,299 bytes, gzipped to
 * 7,615, cookies and all.
 *
 * <p>The rule is the request's cookies because they are the only way anything personal reaches an answer
 * here (API clients and feed readers send bearer tokens or nothing, and get no personal content); a
 * request without cookies gets a page whose only secret is a fresh CSRF token, different every time,
 * so it stays compressed, and so do static files, which are the same for everyone. The CSRF token is also
 * masked afresh on every page ({@link Csrf#masked}), which keeps it safe where a proxy in front compresses.
 */
public final class CompressionSideChannels {

  private CompressionSideChannels() {}

  /** Before every request: an answer to a request with cookies goes out uncompressed. */
  public static void apply(Context ctx) {
    if (ctx.req().getHeader("Cookie") != null && !ctx.path().startsWith("/static/")) {
      ctx.disableCompression();
    }
  }
}
