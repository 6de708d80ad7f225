package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.support.Http;
import io.facetwire.support.RawHttp;
import io.facetwire.support.ServerExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Session 13's sweep of the served jar as a repeatable table: every GET route a visitor can reach, each
 * hostile value in every parameter at once and as a repeated parameter, hostile path segments, hostile
 * JSON bodies. Each answer must be: not a 5xx, without a stack trace or a class name, and at all (the
 * raw client gives up after 30 s without a byte, well past what the server allows a request:
 * {@code FACETWIRE_SEARCH_TIMEOUT} 5 s plus {@code FACETWIRE_SEARCH_WAIT} 5 s; a hang fails the test by
 * that, it is not a measured time). The full cross product (17,073 requests, each parameter alone) was
 * run against the served jar; this is its standing form, sized for the suite.
 */
class HostileValuesSweepTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard().fixtures("fixtures/wikinews_2019.csv");

  static final List<String> ROUTES = List.of("/", "/search", "/search.json", "/search.atom", "/search.csv",
      "/search/map", "/api/search", "/api/suggest", "/api/facets/country", "/facets/person", "/api/articles/x",
      "/articles/x", "/country/Russia", "/person/x", "/topic/x", "/signin", "/signup", "/shared/x", "/feeds/x",
      "/saved", "/account", "/health", "/api/openapi.json");
  static final List<String> PARAMETERS = List.of("q", "page", "size", "sort", "from", "to", "country", "person",
      "topic", "source", "expand", "prefix", "bom", "next", "email");
  /** Already on the wire: percent-encoding errors, overlong UTF-8 and lone surrogates are sent as they are. */
  static final List<String> VALUES = List.of("%00", "%ED%A0%80", "%C0%AF", "%zz", "%", "%E2%80%AE", "%EF%BF%BF",
      "-1", "99999999999999999999", "1e309", "NaN", "-2147483649", "a".repeat(5000), "*", "%2A%3A%2A",
      "%2F.%2A%2F", "((((((((((", "%22", "_id:1", "..%2F..%2Fetc%2Fpasswd", "%0d%0aSet-Cookie:x=1",
      "%3Cscript%3E", "", "%FF%FE", "a*%7Cb*%7Cc*%7Cd*", "-999999999-01-01", "%C2%85", "%F0%9F%92%A9".repeat(300),
      // Session 18: query syntax as deep and as costly as the 500-character query allows.
      "%28".repeat(245) + "oil" + "%29".repeat(245), "oil~2%7C".repeat(70), "%2F.%2A%5Ba-z%5D%7B1%2C9%7D%2F~9");
  static final List<String> SEGMENTS = List.of("%00", "%ED%A0%80", "..%2f..%2fetc%2fpasswd", "%2e%2e",
      "a".repeat(5000), "%C0%AE%C0%AE", "x;jsessionid=1", "%5c..%5c", "%25%32%65",
      // Session 19: 500 zero-width spaces are 500 characters but 1,500 UTF-8 bytes (4.5 KB encoded): the article
      // pages asked Elasticsearch for that id and answered 503. And overlong, IIS-style and 10 KB segments.
      "%E2%80%8B".repeat(500), "%F0%80%80%AF", "%u0041", "%ED%A0%BD%ED%B2%A9", "a".repeat(10_240), "x%2Fy%2F..");
  static final List<String> SEGMENT_ROUTES = List.of("/country/", "/person/", "/articles/", "/api/articles/",
      "/api/facets/", "/facets/", "/shared/", "/feeds/", "/saved/", "/static/", "/admin/sources/");

  /** A stack frame, a qualified class name, or a Class.CONSTANT as Jackson's messages carry them. */
  static final Pattern LEAK = Pattern.compile("\\bat [a-z]+\\.[\\w.$]+\\(|\\b(?:java|javax|jakarta|io\\.javalin|"
      + "io\\.facetwire|org\\.eclipse|com\\.fasterxml|co\\.elastic|org\\.elasticsearch)\\.[a-z]|\\w+Exception\\b"
      + "|\\b[A-Z][a-z]+[A-Z]\\w*\\.[A-Z][A-Z_]{3,}");

  private static String problem(String request, Http.Response r) {
    request = request.length() > 160 ? request.substring(0, 160) + "… (" + request.length() + " characters)" : request;
    if (r.status() >= 500) {
      // What the page says (Jetty's reason for a request it refused itself, e.g. "Unknown Version"), so that a rare
      // failure names its cause in the test's report (session 19's one-off 505 did not).
      String said = org.jsoup.Jsoup.parse(r.body()).text();
      return request + " answered " + r.status() + ": " + said.substring(0, Math.min(300, said.length()));
    }
    Matcher leak = LEAK.matcher(r.body());
    return leak.find() ? request + " answered " + r.status() + " naming '" + leak.group() + "'" : null;
  }

  @Test
  void everyRouteAnswersHostileParametersWithoutA5xxOrAClassName() {
    List<String> problems = new ArrayList<>();
    String base = server.http().base();
    int sent = 0;
    for (String route : ROUTES) {
      for (String value : VALUES) {
        StringBuilder all = new StringBuilder();
        for (String parameter : PARAMETERS) {
          all.append(all.length() == 0 ? "?" : "&").append(parameter).append('=').append(value);
        }
        for (String target : List.of(route + all, route + "?q=a&q=" + value + "&page=2&page=" + value)) {
          String p = problem("GET " + target, RawHttp.get(base, target));
          sent++;
          if (p != null) {
            problems.add(p);
          }
        }
      }
    }
    for (String route : SEGMENT_ROUTES) {
      for (String segment : SEGMENTS) {
        String p = problem("GET " + route + segment, RawHttp.get(base, route + segment));
        sent++;
        if (p != null) {
          problems.add(p);
        }
      }
    }
    assertEquals(List.of(), problems, sent + " requests");
  }

  /**
   * Session 19: paging, sorting and dates at their extremes, alone and together with facets and exclusions, on
   * every route that lists articles or values (1,560 such requests to the served jar held: clamped with a note).
   * A guard: it passed before the session.
   */
  @Test
  void extremePagingSortingAndDatesOnEveryListingRouteAnswerWithoutA5xxOrAClassName() {
    List<String> routes = List.of("/search", "/api/search", "/search.json", "/search.csv", "/search.atom",
        "/search/map", "/facets/person", "/api/facets/country", "/country/Russia", "/topic/sanctions", "/");
    List<String> paging = List.of("page=1000000000", "page=0", "page=2147483648", "page=1.5", "page=%2B3",
        "size=0&page=10000", "size=-1&page=1000000000", "size=1000000&page=101", "size=7&page=1429",
        "size=1&page=10000", "size=2147483647", "vpage=2147483647&order=az&prefix=a", "vpage=-1");
    List<String> orders = List.of("sort=title", "sort=_score", "sort=date%3Adesc", "sort=OLDEST", "sort=-relevance");
    List<String> dates = List.of("from=0001-01-01&to=9999-12-31", "from=9999-12-31&to=0001-01-01",
        "from=2020-13-45", "from=2020-02-30&to=2020-02-31", "from=%2B10000-01-01", "from=2100-01-01&to=2200-01-01",
        "from=2019-06-01T00%3A00%3A00Z", "from=1970-01-01&to=1969-12-31");
    List<String> narrowing = List.of("", "&country=Russia&not_country=Russia",
        "&not_person=x&not_country=United+States&topic=sanctions", "&expand=person&expand=country");
    List<String> problems = new ArrayList<>();
    String base = server.http().base();
    int sent = 0;
    for (String route : routes) {
      List<String> queries = new ArrayList<>();
      paging.forEach(p -> queries.add("q=oil&" + p));
      orders.forEach(o -> queries.add(o + "&page=99&size=100"));
      for (String d : dates) {
        narrowing.forEach(n -> queries.add("q=the&" + d + n + "&sort=newest&page=2147483647&size=-1"));
      }
      for (String query : queries) {
        String p = problem("GET " + route + "?" + query, RawHttp.get(base, route + "?" + query));
        sent++;
        if (p != null) {
          problems.add(p);
        }
      }
    }
    assertEquals(List.of(), problems, sent + " requests");
  }

  @Test
  void everyMethodOnEveryRouteAnswersWithoutA5xxOrAClassName() {
    // Session 18: HEAD, OPTIONS and the methods no route takes, on every route, with and without a body.
    List<String> problems = new ArrayList<>();
    String base = server.http().base();
    List<String> paths = new ArrayList<>(ROUTES);
    SEGMENT_ROUTES.forEach(route -> paths.add(route + "x"));
    int sent = 0;
    for (String path : paths) {
      for (String method : List.of("HEAD", "OPTIONS", "PUT", "DELETE", "PATCH", "TRACE")) {
        String body = method.equals("HEAD") || method.equals("TRACE") ? "" : "{\"x\":1}";
        String request = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body;
        String p = problem(method + " " + path, RawHttp.send(base, request));
        sent++;
        if (p != null) {
          problems.add(p);
        }
      }
    }
    assertEquals(List.of(), problems, sent + " requests");
  }

  @Test
  void hostileJsonBodiesAreRefusedWithAReasonAndNoClassName() {
    // Before: an unclosed object was answered with Jackson's "(start marker at [Source: REDACTED
    // (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1])".
    List<String> refused = List.of("{", "[".repeat(100_000), "{\"title\":\"t\",\"body\":" + "[".repeat(70) + "]".repeat(70) + "}",
        "{\"title\":1e999999,\"body\":\"x\"}", "\"x\"", "null", "{\"title\":{\"$gt\":\"\"},\"body\":\"x\"}",
        "{\"body\":\"x\"} {\"body\":\"y\"}", "{\"body\":\"x\",\"body\":\"y\"}", "{\"title\":\"t\",\"body\":\"x\",]");
    List<String> problems = new ArrayList<>();
    for (String body : refused) {
      Http.Response r = server.http().post("/api/extract", "application/json", body);
      String what = body.substring(0, Math.min(40, body.length())) + ": " + r.body();
      String p = problem("POST /api/extract " + what, r);
      if (p != null) {
        problems.add(p);
      }
      assertEquals(400, r.status(), what);
      assertTrue(r.json().path("error").asText().length() > 10, what);
    }
    assertEquals(List.of(), problems);
    Http.Response unclosed = server.http().post("/api/extract", "application/json", "{\"title\":\"t\"");
    assertTrue(unclosed.json().path("error").asText().contains("line 1, column 1"), unclosed.body());
  }

  /**
   * Session 16: keys that share one hash in Jackson's table of field names ("Aa"/"BB" blocks for Java's string hash,
   * "Ab"/"BA" for the table's own multiplier 33), 2,048 of them in a 55 KB body: the anonymous {@code /api/extract}
   * answered 500 ({@code IllegalStateException} "Internal error on SymbolTable.rehash()") or 400 "suspect a DoS attack
   * based on hash collisions"; the import took the same path. Field names are no longer canonicalized
   * ({@code JsonLimits}): the body is read like any other. Sent several times, as the table's seed varies.
   */
  @Test
  void keysChosenToCollideInTheParsersNameTableAreReadLikeAnyOthers() {
    for (String[] halves : io.facetwire.support.CollidingKeys.KINDS) {
      String object = "{" + io.facetwire.support.CollidingKeys.members(halves);
      for (int round = 0; round < 4; round++) {
        String body = object + "\"title\":\"Talks\",\"body\":\"Vladimir Putin met Angela Merkel in Moscow.\"}";
        Http.Response r = server.http().post("/api/extract", "application/json", body);
        assertEquals(200, r.status(), halves[0] + "/" + halves[1] + ": " + r.body());
        assertTrue(r.json().path("persons").toString().contains("Vladimir Putin"), r.body());
        String article = object + "\"id\":\"collide-" + halves[0] + round + "\",\"title\":\"Talks\",\"body\":\"Putin.\"}";
        Http.Response imported = server.api().post("/api/articles", "application/json", article);
        assertEquals(200, imported.status(), imported.body());
        Http.Response lines = server.api().post("/api/articles", "application/x-ndjson", article + "\n");
        assertEquals(200, lines.status(), lines.body());
      }
    }
  }
}
