package io.facetwire.web;

import io.facetwire.FacetwireConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Which pages need an account: saved searches and the account pages (settings, kept history) always; search and
 * articles only when public search is turned off. Pages send anonymous visitors to sign in (and
 * back afterwards); the JSON API answers 401.
 */
final class AccessRules {

  private static final List<String> ALWAYS_PRIVATE = List.of("/saved", "/account");
  private static final List<String> SEARCH = List.of("/search", "/articles", "/api/search", "/api/articles");

  private final FacetwireConfig config;

  AccessRules(FacetwireConfig config) {
    this.config = config;
  }

  void check(Context ctx) {
    if (Viewer.of(ctx).signedIn() || !needsAccount(ctx)) {
      return;
    }
    if (ctx.path().startsWith("/api/")) {
      throw new UnauthorizedResponse("Sign in first: this server's search is not public.");
    }
    String back = ctx.method() == HandlerType.GET ? ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString())
        : "/";
    ctx.redirect("/signin?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
    ctx.skipRemainingHandlers();
  }

  private boolean needsAccount(Context ctx) {
    String path = ctx.path();
    if (under(path, ALWAYS_PRIVATE)) {
      return true;
    }
    if (config.publicSearch()) {
      return false;
    }
    // POST /api/articles has its own rule (admin or API token): see ApiAuth.
    boolean read = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
    return read && (path.equals("/") || under(path, SEARCH));
  }

  private static boolean under(String path, List<String> prefixes) {
    return prefixes.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
  }
}
