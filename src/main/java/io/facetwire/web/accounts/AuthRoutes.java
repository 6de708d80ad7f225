package io.facetwire.web.accounts;

import io.facetwire.FacetwireConfig;
import io.facetwire.TextChars;
import io.facetwire.account.Account;
import io.facetwire.account.Accounts;
import io.facetwire.account.SessionStore;
import io.facetwire.net.OutboundAddress;
import io.facetwire.web.http.RequestInfo;
import io.facetwire.web.http.Templates;
import io.facetwire.web.http.Viewer;
import io.facetwire.web.http.PageTitle;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;

/** Sign up, sign in, sign out, and the account page (password, webhook for alerts). */
public final class AuthRoutes {

  private final Accounts accounts;
  private final SessionStore sessions;
  private final SessionCookies cookies;
  private final FacetwireConfig config;
  private final Templates templates;

  public AuthRoutes(Accounts accounts, SessionStore sessions, SessionCookies cookies, FacetwireConfig config, Templates templates) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.cookies = cookies;
    this.config = config;
    this.templates = templates;
  }

  public void signInPage(Context ctx) {
    form(ctx, "signin", "Sign in", null, ctx.queryParam("email"), 200);
  }

  public void signUpPage(Context ctx) {
    form(ctx, "signup", "Create an account", null, null, 200);
  }

  public void signIn(Context ctx) {
    Accounts.Outcome outcome = accounts.signIn(ctx.formParam("email"), ctx.formParam("password"),
        RequestInfo.clientAddress(ctx, config));
    if (!outcome.succeeded()) {
      int status = statusFor(ctx, outcome.error(), 401);
      form(ctx, "signin", "Sign in", outcome.error(), TextChars.clean(ctx.formParam("email")), status);
      return;
    }
    if (!cookies.signIn(ctx, outcome.account(), () -> accounts.passwordUnchanged(outcome.account()))) {
      form(ctx, "signin", "Sign in", Accounts.SIGN_IN_FAILED, TextChars.clean(ctx.formParam("email")), 401);
      return;
    }
    ctx.redirect(RequestInfo.safeNext(ctx.formParam("next")), HttpStatus.SEE_OTHER);
  }

  public void signUp(Context ctx) {
    Accounts.Outcome outcome = accounts.signUp(ctx.formParam("email"), ctx.formParam("password"),
        ctx.formParam("password_confirm"), RequestInfo.clientAddress(ctx, config));
    if (!outcome.succeeded()) {
      int status = statusFor(ctx, outcome.error(), 400);
      form(ctx, "signup", "Create an account", outcome.error(), TextChars.clean(ctx.formParam("email")), status);
      return;
    }
    if (!cookies.signIn(ctx, outcome.account(), () -> accounts.passwordUnchanged(outcome.account()))) {
      form(ctx, "signup", "Create an account", Accounts.SIGN_UP_REFUSED, TextChars.clean(ctx.formParam("email")), 400);
      return;
    }
    ctx.redirect(RequestInfo.safeNext(ctx.formParam("next")), HttpStatus.SEE_OTHER);
  }

  public void signOut(Context ctx) {
    cookies.signOut(ctx);
    ctx.redirect("/", HttpStatus.SEE_OTHER);
  }

  public void accountPage(Context ctx) {
    accountPage(ctx, message(ctx.queryParam("done")), null, 200);
  }

  private void accountPage(Context ctx, String message, String error, int status) {
    Viewer viewer = Viewer.of(ctx);
    Account account = accounts.find(viewer.owner()).orElseThrow(() -> new io.javalin.http.NotFoundResponse(
        "This account no longer exists."));
    Map<String, Object> model = new HashMap<>();
    model.put("title", PageTitle.of("Your account"));
    model.put("account", account);
    model.put("webhookUrl", account.webhookUrl() == null ? "" : account.webhookUrl());
    model.put("message", message);
    model.put("error", error);
    ctx.status(status);
    templates.html(ctx, "account", model);
  }

  public void changePassword(Context ctx) {
    Viewer viewer = Viewer.of(ctx);
    String problem = accounts.changePassword(viewer.owner(), ctx.formParam("current_password"),
        ctx.formParam("new_password"), ctx.formParam("new_password_confirm"));
    if (problem != null) {
      accountPage(ctx, null, problem, statusFor(ctx, problem, 400));
      return;
    }
    // Anyone signed in elsewhere with the old password is signed out; this browser stays signed in.
    sessions.endOthers(viewer.owner(), SessionCookies.sessionToken(ctx));
    ctx.redirect("/account?done=password", HttpStatus.SEE_OTHER);
  }

  public void setWebhook(Context ctx) {
    Viewer viewer = Viewer.of(ctx);
    String url = ctx.formParam("webhook_url");
    boolean remove = url == null || url.isBlank();
    if (!remove) {
      OutboundAddress.Refusal refusal = OutboundAddress.check(url, config.webhookPrivateAddresses());
      if (refusal != null) {
        accountPage(ctx, null, refusal.forWebhook(), 400);
        return;
      }
    }
    String problem = accounts.setWebhook(viewer.owner(), remove ? null : url.strip());
    if (problem != null) {
      accountPage(ctx, null, problem, 409);
      return;
    }
    ctx.redirect(remove ? "/account?done=webhook-removed" : "/account?done=webhook", HttpStatus.SEE_OTHER);
  }

  /**
   * 429 past a rate limit; 503 with Retry-After when every place for a password hash was taken (a flood of
   * sign-ins, {@link io.facetwire.account.PasswordHasher}); else {@code otherwise}.
   */
  private static int statusFor(Context ctx, String error, int otherwise) {
    if (Accounts.TOO_MANY.equals(error)) {
      return 429;
    }
    if (Accounts.BUSY.equals(error)) {
      ctx.header("Retry-After", "5");
      return 503;
    }
    return otherwise;
  }

  private void form(Context ctx, String template, String title, String error, String email, int status) {
    Map<String, Object> model = new HashMap<>();
    model.put("title", PageTitle.of(title));
    model.put("error", error);
    model.put("email", email == null ? "" : email);
    model.put("next", RequestInfo.safeNext(ctx.formParam("next") != null ? ctx.formParam("next") : ctx.queryParam("next")));
    ctx.status(status);
    templates.html(ctx, template, model);
  }

  private static String message(String done) {
    if (done == null) {
      return null;
    }
    return switch (done) {
      case "password" -> "Password changed. Other browsers signed in to this account were signed out.";
      case "webhook" -> "Webhook saved. Saved searches with alerts on will post new matches to it.";
      case "webhook-removed" -> "Webhook removed.";
      default -> null;
    };
  }
}
