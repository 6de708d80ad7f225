package io.facetwire.support;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every kind of page the server renders, as a name and a path on the demo fixtures (the Wikinews CSVs and the
 * first article), for the checkers that must see them all: the Nu Html Checker ({@code HtmlValidityTest}) and
 * axe-core ({@code SearchPageBrowserTest}). A new page kind is added here, once, and every checker sees it;
 * a class adds only pages that need its own set-up (a share link, an article it posted).
 */
public final class PageKinds {

  private PageKinds() {}

  /** Pages anyone may open; {@code articleId}: an article of the fixtures (the one about Solovyov). */
  public static Map<String, String> anonymous(String articleId) {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("home", "/");
    pages.put("search without a query", "/search");
    pages.put("search", "/search?q=election");
    pages.put("search with one filter", "/search?q=election&country=United+States");
    pages.put("search with several filters of one facet", "/search?q=sanctions&country=Russia&country=Iran&topic=sanctions");
    pages.put("search with several filters", "/search?q=sanctions&country=Russia&country=Iran&not_person=Donald+Trump");
    pages.put("search with facets and filters", "/search?q=sanctions&country=Russia&not_person=Donald+Trump"
        + "&from=2017-01-01&to=2021-12-31&sort=newest");
    pages.put("search with expanded facet lists", "/search?q=the&expand=country&expand=person");
    pages.put("search with odd characters", "/search?q=" + Http.enc("<script>\"x\"</script> 'ö' & é\u202e \uD83D\uDE00 %00 \\ ] ["));
    pages.put("search with a wildcard", "/search?q=elect*");
    pages.put("search, page 2", "/search?q=the&page=2");
    pages.put("search, page 3", "/search?q=the&page=3");
    pages.put("search without results", "/search?q=zzzqqqxxyy");
    pages.put("search that cannot run", "/search?q=%22unclosed&from=not-a-date");
    pages.put("article", "/articles/" + Http.enc(articleId).replace("+", "%20"));
    pages.put("missing article", "/articles/no-such-article");
    pages.put("facet All page", "/facets/person?order=az");
    pages.put("facet value search", "/facets/person?prefix=put");
    pages.put("map", "/search/map?q=sanctions");
    pages.put("country", "/country/Russia");
    pages.put("person", "/person/Vladimir%20Putin");
    pages.put("organization", "/organization/European%20Union");
    pages.put("topic", "/topic/sanctions");
    pages.put("source", "/source/Wikinews");
    pages.put("language", "/language/English");
    pages.put("sign in", "/signin");
    pages.put("sign up", "/signup");
    pages.put("404", "/no/such/page");
    pages.put("bad request", "/person/%ZZ");
    return Collections.unmodifiableMap(pages);
  }

  /** Pages of a signed-in admin (the first account to sign up on a test server is its admin). */
  public static Map<String, String> signedInAdmin() {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("account", "/account");
    pages.put("history", "/account/history");
    pages.put("saved list", "/saved");
    pages.put("search signed in (save form)", "/search?q=election");
    pages.put("someone else's saved search (404)", "/saved/not-mine");
    pages.put("admin: sources", "/admin/sources");
    pages.put("admin: sources after an action", "/admin/sources?done=added");
    pages.put("admin: topics", "/admin/topics");
    pages.put("admin: topic editor", "/admin/topics/edit?topic=sanctions");
    pages.put("admin: topic editor, another topic", "/admin/topics/edit?topic=Syria");
    pages.put("signed-in 404", "/no/such/page");
    return Collections.unmodifiableMap(pages);
  }
}
