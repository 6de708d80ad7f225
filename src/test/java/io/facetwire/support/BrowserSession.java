package io.facetwire.support;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A test browser without a browser engine (see {@link Browser} for headless Chromium): keeps cookies like a real one and fills in forms from the page it got, hidden
 * fields (the CSRF token) included. Redirects are not followed, so tests see the 303s.
 */
public final class BrowserSession {

  private final CookieManager cookies;
  private final Http http;

  public BrowserSession(String base) {
    this(base, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
  }

  private BrowserSession(String base, CookieManager cookies) {
    this.cookies = cookies;
    this.http = new Http(() -> base, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .cookieHandler(cookies).build(), null);
  }

  /** The same browser (same cookies) talking to another server on this host. */
  public BrowserSession onServer(String base) {
    return new BrowserSession(base, cookies);
  }

  public Http http() {
    return http;
  }

  public Http.Response get(String path) {
    return http.get(path);
  }

  /** Fills in the form matched by {@code selector} on {@code page} as shown, changes {@code values}, and submits it. */
  public Http.Response submit(Document page, String selector, Map<String, String> values) {
    Element form = page.selectFirst(selector);
    if (form == null) {
      throw new AssertionError("No form " + selector + " on the page: " + page.title());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element input : form.select("input[name], textarea[name], select[name]")) {
      String value = switch (input.tagName()) {
        case "textarea" -> input.wholeText();
        case "select" -> {
          Element selected = input.selectFirst("option[selected]");
          yield selected == null ? "" : selected.attr("value");
        }
        default -> input.attr("value");
      };
      fields.put(input.attr("name"), value);
    }
    fields.putAll(values);
    return http.postForm(form.attr("action"), fields);
  }

  /** This browser's current CSRF token, as any page's forms carry it. */
  public String csrf() {
    Element field = http.get("/signin").html().selectFirst("input[name=csrf]");
    if (field == null) {
      throw new AssertionError("No CSRF field on the sign-in page");
    }
    return field.val();
  }

  /** POSTs a form the way a page would, with this browser's CSRF token added. */
  public Http.Response post(String path, Map<String, String> form) {
    Map<String, String> withToken = new LinkedHashMap<>(form);
    withToken.put("csrf", csrf());
    return http.postForm(path, withToken);
  }

  public Http.Response signUp(String email, String password) {
    Document page = http.get("/signup").html();
    return submit(page, "main form[action=/signup]",
        Map.of("email", email, "password", password, "password_confirm", password));
  }

  public Http.Response signIn(String email, String password) {
    Document page = http.get("/signin").html();
    return submit(page, "main form[action=/signin]", Map.of("email", email, "password", password));
  }

  public String cookie(String name) {
    return cookies.getCookieStore().get(URI.create(http.base())).stream()
        .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst().orElse(null);
  }

  /** Saves a search from its results page, exactly as the "Save search" form does; returns the saved page path. */
  public String save(String searchPath, String name) {
    Document results = http.get(searchPath).html();
    Http.Response r = submit(results, "form.save-form", name == null ? Map.of() : Map.of("name", name));
    if (r.status() != 303) {
      throw new AssertionError("Save failed: " + r.status() + " " + r.body());
    }
    String location = r.header("Location");
    return location.substring(0, location.indexOf('?'));
  }
}
