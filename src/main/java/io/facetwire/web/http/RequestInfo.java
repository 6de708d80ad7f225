package io.facetwire.web.http;

import io.facetwire.FacetwireConfig;
import io.javalin.http.Context;
import java.util.Locale;

/** Where a request came from and how, honouring X-Forwarded-* only when a proxy is trusted. */
public final class RequestInfo {

  private RequestInfo() {}

  /** The client, for per-address limits: its address, an IPv6 one by its /64 ({@link ClientAddresses}). */
  public static String clientAddress(Context ctx, FacetwireConfig config) {
    if (config.trustProxy()) {
      String forwarded = ctx.header("X-Forwarded-For");
      if (forwarded != null && !forwarded.isBlank()) {
        // The last entry is the one our proxy added; earlier ones are whatever the client claimed. A header of
        // commas alone ("X-Forwarded-For: ,") splits to nothing (an index error: a 500 on every sign-in, session 29):
        // then, as for no header, the connection's address.
        String[] hops = forwarded.split(",", -1);
        String last = hops[hops.length - 1].strip();
        if (!last.isEmpty()) {
          return ClientAddresses.key(last);
        }
      }
    }
    return ClientAddresses.key(ctx.ip());
  }

  public static boolean isHttps(Context ctx, FacetwireConfig config) {
    if (config.secureCookies() || "https".equalsIgnoreCase(ctx.scheme())) {
      return true;
    }
    String proto = ctx.header("X-Forwarded-Proto");
    return config.trustProxy() && proto != null && proto.strip().toLowerCase(Locale.ROOT).startsWith("https");
  }

  /**
   * Scheme and host for absolute links (feeds, share links): the configured public URL, else the
   * address this request reached. The Host header is taken only when it names that address or
   * loopback ({@code localhost:8080} stays readable); any other name a client sends (it is only a
   * claim) is replaced by the server's own address and port, so a forged Host never lands in a feed
   * that a cache or reader keeps. Behind a proxy or under a domain name, set FACETWIRE_BASE_URL.
   */
  public static String baseUrl(Context ctx, FacetwireConfig config) {
    if (config.publicUrl() != null) {
      return config.publicUrl();
    }
    String scheme = isHttps(ctx, config) ? "https" : "http";
    String local = ctx.req().getLocalAddr();
    String host = ctx.host();
    if (host != null && host.matches("[A-Za-z0-9.\\-\\[\\]:]+") && namesThisServer(hostName(host), local)) {
      return scheme + "://" + host;
    }
    String address = local.contains(":") ? "[" + local + "]" : local;
    return scheme + "://" + address + ":" + ctx.req().getLocalPort();
  }

  private static String hostName(String host) {
    if (host.startsWith("[")) {
      int close = host.indexOf(']');
      return close < 0 ? host : host.substring(1, close);
    }
    int colon = host.indexOf(':');
    return colon < 0 ? host : host.substring(0, colon);
  }

  private static boolean namesThisServer(String name, String localAddress) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.equals("localhost") || n.equals("127.0.0.1") || n.equals("::1") || n.equals(localAddress);
  }

  /** The longest way back a redirect carries: well inside Jetty's 8 KB for an answer's headers. */
  public static final int MAX_NEXT = 2000;

  /** Only a same-site path is a place to go back to after signing in, never another site. */
  public static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
        || next.length() > MAX_NEXT || next.chars().anyMatch(c -> c < 0x20)) {
      return "/";
    }
    return next;
  }
}
