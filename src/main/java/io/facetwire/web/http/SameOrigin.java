package io.facetwire.web.http;

import io.facetwire.FacetwireConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.util.Locale;

/**
 * Whether a browser says a request came from a page of another origin, the way Go's {@code CrossOriginProtection}
 * and the Fetch Metadata proposal read it. A browser of the last years sends {@code Sec-Fetch-Site} with every
 * request and no page can forge it: {@code same-origin} is this site's own page, {@code none} the visitor's own act
 * (a bookmark, the address bar); {@code same-site} (a sibling subdomain) and {@code cross-site} are refused. An older
 * browser sends only {@code Origin} on a form post: it must name this server, as its {@code Host} header or the
 * configured public URL ({@code FACETWIRE_BASE_URL}, which a proxy that rewrites {@code Host} needs) gives it. A
 * request with neither header (a script, {@code curl}, a browser from before both) is left to the token, as is
 * {@code Origin: null} (a page that sends no referrer): the header says nothing there.
 */
final class SameOrigin {

  private final String publicAuthority;

  SameOrigin(FacetwireConfig config) {
    this.publicAuthority = config.publicUrl() == null ? null : authority(config.publicUrl());
  }

  boolean refuses(Context ctx) {
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null) {
      String s = site.strip().toLowerCase(Locale.ROOT);
      return !(s.equals("same-origin") || s.equals("none"));
    }
    String origin = ctx.header("Origin");
    if (origin == null || origin.isBlank() || origin.strip().equals("null")) {
      return false;
    }
    String from = authority(origin.strip());
    if (from == null) {
      return true;
    }
    String host = ctx.header("Host");
    return !(from.equals(publicAuthority) || (host != null && from.equals(host.strip().toLowerCase(Locale.ROOT))));
  }

  /** {@code host[:port]} of an origin in lower case, the port left out where the scheme's own; null if unreadable. */
  static String authority(String origin) {
    try {
      URI uri = new URI(origin);
      String scheme = uri.getScheme();
      String host = uri.getRawAuthority();
      if (scheme == null || host == null || host.contains("@")) {
        return null;
      }
      String a = host.toLowerCase(Locale.ROOT);
      if ((scheme.equalsIgnoreCase("http") && a.endsWith(":80")) || (scheme.equalsIgnoreCase("https") && a.endsWith(":443"))) {
        a = a.substring(0, a.lastIndexOf(':'));
      }
      return a;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }
}
