package io.facetwire.web.http;

import io.facetwire.FacetwireConfig;
import io.facetwire.search.QueryString;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.util.List;

/**
 * Which pages need an account: saved searches and the account pages (settings, kept history) always; search and
 * articles only when public search is turned off. Pages send anonymous visitors to sign in (and
 * back afterwards); the JSON API answers 401.
 */
public final class AccessRules {

  private static final List<String> ALWAYS_PRIVATE = List.of("/saved", "/account", "/admin");
  /**
   * What stays open when search is not public: signing in, the health checks, static files, what a
   * secret token opens (share pages, feeds), the metrics (their own rule: admin or metrics token) and
   * the API's description. Everything else is closed by default, so a page added
   * later is private until someone decides otherwise.
   */
  private static final List<String> ALWAYS_OPEN = List.of("/signin", "/signup", "/health", "/static", "/shared",
      "/feeds", "/metrics", "/api/openapi.json");

  /** /search.json, /search.atom, /search.csv: programs, not people, so 401 rather than a sign-in page. */
  private static final java.util.regex.Pattern MACHINE_FORM = java.util.regex.Pattern.compile(".*\\.(json|atom|csv)");

  private final FacetwireConfig config;

  public AccessRules(FacetwireConfig config) {
    this.config = config;
  }

  public void check(Context ctx) {
    if (Viewer.of(ctx).signedIn() || !needsAccount(ctx)) {
      return;
    }
    if (ctx.path().startsWith("/api/") || MACHINE_FORM.matcher(ctx.path()).matches()) {
      throw new UnauthorizedResponse("Sign in first: this server's search is not public.");
    }
    String back = HandlerType.GET.equals(ctx.method()) ? QueryString.link(ctx.path(), ctx.queryString()) : "/";
    ctx.redirect(signInLink(back, ctx.path()), HttpStatus.SEE_OTHER);
    ctx.skipRemainingHandlers();
  }

  /**
   * The sign-in page with the way back. A request line may be 64 KB, and the way back goes into the
   * {@code Location} header percent-encoded again (up to three times as long): past Jetty's 8 KB for an
   * answer's headers that was a 500 (session 13's sweep, {@code /saved} with 3.6 KB values). Past the length
   * {@link RequestInfo#safeNext} accepts back, the way back is the path alone, else the home page.
   */
  static String signInLink(String back, String path) {
    for (String candidate : new String[] {back, path, "/"}) {
      String link = QueryString.empty().with("next", candidate).link("/signin");
      if (link.length() <= RequestInfo.MAX_NEXT) {
        return link;
      }
    }
    return "/signin";
  }

  private boolean needsAccount(Context ctx) {
    String path = ctx.path();
    if (under(path, ALWAYS_PRIVATE)) {
      return true;
    }
    if (config.publicSearch()) {
      return false;
    }
    // POST /api/articles has its own rule (admin or API token, see ApiAuth); other POSTs are forms
    // that need an account anyway, or the stateless /api/extract.
    boolean read = HandlerType.GET.equals(ctx.method()) || HandlerType.HEAD.equals(ctx.method());
    return read && !under(path, ALWAYS_OPEN);
  }

  private static boolean under(String path, List<String> prefixes) {
    return prefixes.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
  }
}
