package io.facetwire.web.http;

import io.facetwire.FacetwireConfig;
import io.facetwire.account.Tokens;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Every state-changing request from a browser must carry the viewer's CSRF token: forms in the
 * hidden field {@value #FIELD} (added by the {@code fragments :: csrf} template fragment), scripts in
 * the {@value #HEADER} header. The only exceptions are API calls that bring their own credentials
 * (a bearer token, which a browser never sends by itself) or none at all.
 *
 * <p>A page never shows the token itself but a fresh mask of it ({@link #masked}: random bytes, then the
 * token XOR those bytes), as Rails and Django do: compression side channels (BREACH) find a secret that
 * stays the same in every answer next to text the attacker chose, by how much smaller the compressed answer
 * gets when the guess matches; a token that looks different in every answer gives nothing to match, even
 * when a proxy in front compresses pages. Either form is accepted back.
 *
 * <p>The token alone cannot tell this site's pages from a sibling host's: the anonymous token is a double-submit
 * cookie, and a host that may set cookies for this one (another subdomain, or anyone on the path of plain HTTP) can
 * set a token it knows and post a sign-in form with it, signing the visitor in to the attacker's account. So a
 * state change a browser says came from anywhere but this origin ({@link SameOrigin}) is refused first, whatever
 * token it carries.
 */
public final class Csrf {

  static final String FIELD = "csrf";
  static final String HEADER = "X-CSRF-Token";
  static final String REJECTED = "This form has expired or did not come from this site. "
      + "Go back, reload the page and try again.";

  static final String CROSS_ORIGIN = "This form was sent from another site, so nothing was changed. "
      + "Open this site's own page and send it from there.";

  private final SameOrigin sameOrigin;

  public Csrf(FacetwireConfig config) {
    this.sameOrigin = new SameOrigin(config);
  }

  public void check(Context ctx) {
    if (!changesState(ctx.method())) {
      return;
    }
    Viewer viewer = Viewer.of(ctx);
    if (ctx.path().startsWith("/api/")) {
      // No cookie session means no ambient authority to abuse; a bearer token is not sent by browsers.
      if (!viewer.signedIn() || ctx.header("Authorization") != null) {
        return;
      }
      if (sameOrigin.refuses(ctx)) {
        throw new ForbiddenResponse(CROSS_ORIGIN);
      }
      if (!matches(viewer.csrf(), ctx.header(HEADER))) {
        throw new ForbiddenResponse("Send the " + HEADER + " header with this session's token.");
      }
      return;
    }
    if (sameOrigin.refuses(ctx)) {
      throw new ForbiddenResponse(CROSS_ORIGIN);
    }
    String sent = ctx.header(HEADER) != null ? ctx.header(HEADER) : ctx.formParam(FIELD);
    if (!matches(viewer.csrf(), sent)) {
      throw new ForbiddenResponse(REJECTED);
    }
  }

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();

  /** The token as a page shows it: 32 random bytes, then the token's bytes XOR them (86 URL-safe characters). */
  public static String masked(String token) {
    byte[] secret = decode(token);
    if (secret == null) {
      return token;
    }
    byte[] out = new byte[secret.length * 2];
    byte[] pad = new byte[secret.length];
    RANDOM.nextBytes(pad);
    for (int i = 0; i < secret.length; i++) {
      out[i] = pad[i];
      out[secret.length + i] = (byte) (pad[i] ^ secret[i]);
    }
    return ENCODE.encodeToString(out);
  }

  /** Whether {@code sent} is {@code token}, as given or {@link #masked}; in time that does not depend on where they differ. */
  static boolean matches(String token, String sent) {
    if (token == null || sent == null) {
      return false;
    }
    if (Tokens.looksValid(sent)) {
      return Tokens.same(token, sent);
    }
    byte[] secret = decode(token);
    byte[] both = sent.length() == 86 ? decode(sent) : null;
    if (secret == null || both == null || both.length != secret.length * 2) {
      return false;
    }
    byte[] unmasked = new byte[secret.length];
    for (int i = 0; i < secret.length; i++) {
      unmasked[i] = (byte) (both[i] ^ both[secret.length + i]);
    }
    return MessageDigest.isEqual(secret, unmasked);
  }

  private static byte[] decode(String urlSafe) {
    try {
      return Base64.getUrlDecoder().decode(urlSafe);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean changesState(HandlerType method) {
    return HandlerType.POST.equals(method) || HandlerType.PUT.equals(method) || HandlerType.PATCH.equals(method)
        || HandlerType.DELETE.equals(method);
  }
}
