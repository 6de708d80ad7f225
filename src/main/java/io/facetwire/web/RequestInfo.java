package io.facetwire.web;

import io.facetwire.FacetwireConfig;
import io.javalin.http.Context;
import java.util.Locale;

/** Where a request came from and how, honouring X-Forwarded-* only when a proxy is trusted. */
final class RequestInfo {

  private RequestInfo() {}

  /** The client's address, for per-address rate limits. */
  static String clientAddress(Context ctx, FacetwireConfig config) {
    if (config.trustProxy()) {
      String forwarded = ctx.header("X-Forwarded-For");
      if (forwarded != null && !forwarded.isBlank()) {
        // The last entry is the one our proxy added; earlier ones are whatever the client claimed.
        String[] hops = forwarded.split(",");
        return hops[hops.length - 1].strip();
      }
    }
    return ctx.ip();
  }

  static boolean isHttps(Context ctx, FacetwireConfig config) {
    if (config.secureCookies() || "https".equalsIgnoreCase(ctx.scheme())) {
      return true;
    }
    String proto = ctx.header("X-Forwarded-Proto");
    return config.trustProxy() && proto != null && proto.strip().toLowerCase(Locale.ROOT).startsWith("https");
  }

  /** Scheme and host for absolute links (feeds): the configured public URL, else this request's. */
  static String baseUrl(Context ctx, FacetwireConfig config) {
    if (config.publicUrl() != null) {
      return config.publicUrl();
    }
    String scheme = isHttps(ctx, config) ? "https" : "http";
    String host = ctx.host();
    if (host == null || !host.matches("[A-Za-z0-9.\\-\\[\\]:]+")) {
      host = "localhost";
    }
    return scheme + "://" + host;
  }

  /** Only a same-site path is a place to go back to after signing in, never another site. */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
        || next.length() > 2000 || next.chars().anyMatch(c -> c < 0x20)) {
      return "/";
    }
    return next;
  }
}
