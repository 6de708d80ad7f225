package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.support.HtmlChecker;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An article detected as German says so on its text (WCAG 2.1 SC 3.1.2), on its own page and on its line in the
 * results (title and snippet); an English one does not.
 */
class ArticleLanguageTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard();

  private static final String GERMAN = "Die Bundesregierung hat am Mittwoch in Berlin beschlossen, dass die "
      + "Steuern für kleine Unternehmen im kommenden Jahr gesenkt werden sollen. Der Finanzminister sagte, "
      + "die Wirtschaft brauche nach den schwierigen Monaten eine deutliche Entlastung, und die Opposition "
      + "kritisierte den Plan als zu spät und zu klein für die Betriebe im ganzen Land.";
  private static final String ENGLISH = "The government said on Wednesday in London that taxes for small "
      + "companies will be cut next year. The finance minister said the economy needed relief after the "
      + "difficult months, and the opposition criticised the plan as too late and too small for the firms.";

  private static Document page(String id, String title, String text) {
    Http.Response r = server.api().post("/api/articles", "application/json", "{\"id\":\"" + id
        + "\",\"title\":\"" + title + "\",\"text\":\"" + text + "\",\"source\":\"Probe\","
        + "\"published_at\":\"2020-05-01T10:00:00Z\"}");
    assertEquals(200, r.status(), r.body());
    String html = server.http().get("/articles/" + id).body();
    assertEquals(java.util.List.of(), HtmlChecker.errorsAndWarnings(html));
    return Jsoup.parse(html);
  }

  @Test
  void germanArticleTextIsMarkedGerman() {
    Document d = page("lang-de", "Regierung senkt die Steuern für kleine Unternehmen", GERMAN);
    assertEquals("de", d.selectFirst("h1").attr("lang"));
    assertEquals("de", d.selectFirst("div.body").attr("lang"));
  }

  @Test
  void aGermanResultLinesTitleAndSnippetAreMarkedGermanAndAnEnglishOnesAreNot() {
    page("lang-de-hit", "Regierung senkt die Steuern: Zorblattwerk", GERMAN + " Zorblattwerk.");
    page("lang-en-hit", "Government cuts taxes: Zorblattwerk", ENGLISH + " Zorblattwerk.");
    String html = server.http().get("/search?q=zorblattwerk").body();
    assertEquals(java.util.List.of(), HtmlChecker.errorsAndWarnings(html));
    Document d = Jsoup.parse(html);
    assertEquals(2, d.select("li.hit").size(), html);
    for (org.jsoup.nodes.Element hit : d.select("li.hit")) {
      boolean german = hit.selectFirst("h2 a").attr("href").endsWith("lang-de-hit");
      assertEquals(german ? "de" : "", hit.selectFirst("h2 a").attr("lang"), hit.outerHtml());
      assertEquals(german ? "de" : "", hit.selectFirst("p.snippet").attr("lang"), hit.outerHtml());
    }
  }

  private static final String YIDDISH = "די ייִדישע שפּראַך איז אַ גערמאַנישע שפּראַך וואָס ווערט גערעדט פֿון ייִדן איבער דער"
      + " גאָרער וועלט. זי האָט זיך אַנטוויקלט אין מיטל־אייראָפּע מיט טויזנט יאָר צוריק, און זי ווערט געשריבן מיט"
      + " העברעיִשע אותיות. היינט רעדן נאָך הונדערטער טויזנטער מענטשן ייִדיש, בפֿרט אין ניו־יאָרק און אין ירושלים.";

  /**
   * Session 28: a Yiddish article's title and body, and its line in the results, said lang="ji", the code withdrawn in
   * 1989, and the Nu Html Checker warned on each ("The language subtag ji is deprecated. Use yi instead").
   */
  @Test
  void aYiddishArticleIsMarkedWithTheCurrentCodeOnItsPageAndInTheResults() {
    Document d = page("lang-yi", "די ייִדישע שפּראַך אין ניו־יאָרק: Quorblatt", YIDDISH + " Quorblatt.");
    assertEquals("yi", d.selectFirst("h1").attr("lang"));
    assertEquals("yi", d.selectFirst("div.body").attr("lang"));
    String html = server.http().get("/search?q=quorblatt").body();
    assertEquals(java.util.List.of(), HtmlChecker.errorsAndWarnings(html));
    Document results = Jsoup.parse(html);
    assertEquals("yi", results.selectFirst("li.hit h2 a").attr("lang"), html);
    assertEquals("yi", results.selectFirst("li.hit p.snippet").attr("lang"), html);
  }

  /**
   * Session 28: a saved search's page and its public share page show the same result lines as the search page, and a
   * German line there had no lang: the saved-search hits were read without the language field (HitReader.FIELDS).
   */
  @Test
  void aSavedSearchsPageAndItsSharePageMarkAGermanLineAsTheSearchPageDoes() {
    page("lang-de-saved", "Regierung senkt die Steuern: Vexmoorlig", GERMAN + " Vexmoorlig.");
    io.facetwire.support.BrowserSession owner = server.browser();
    owner.signUp("lang-saved@example.org", "lang saved password");
    String saved = owner.save("/search?q=vexmoorlig", "Steuern");
    owner.post(saved + "/share", java.util.Map.of());
    String link = owner.get(saved).html().select("input").stream().map(e -> e.val())
        .filter(v -> v.contains("/shared/")).findFirst().orElseThrow();
    for (String html : java.util.List.of(owner.get(saved).body(),
        server.http().get(link.substring(link.indexOf("/shared/"))).body())) {
      assertEquals(java.util.List.of(), HtmlChecker.errorsAndWarnings(html));
      Document d = Jsoup.parse(html);
      assertEquals(1, d.select("li.hit").size(), html);
      assertEquals("de", d.selectFirst("li.hit h2 a").attr("lang"), html);
      assertEquals("de", d.selectFirst("li.hit p.snippet").attr("lang"), html);
    }
  }

  /**
   * Session 28: an article's "More like this" and an entity page's "Latest articles" list titles too, and a German
   * title there had no lang. On the entity page the date after the title is the page's English, so the lang is on
   * the title alone.
   */
  @Test
  void aGermanTitleInMoreLikeThisAndInAnEntitysLatestArticlesIsMarkedGerman() {
    Http.Response r = server.api().post("/api/articles", "application/json", "{\"id\":\"lang-de-related\","
        + "\"title\":\"Regierung senkt die Steuern: Plimbertal\",\"text\":\"" + GERMAN + " Plimbertal.\","
        + "\"source\":\"Plimbertaler Zeitung\",\"published_at\":\"2020-05-02T10:00:00Z\"}");
    assertEquals(200, r.status(), r.body());
    page("lang-de-related-2", "Regierung senkt die Steuern erneut: Plimbertal", GERMAN + " Plimbertal erneut.");
    Document article = Jsoup.parse(server.http().get("/articles/lang-de-related-2").body());
    org.jsoup.nodes.Element related = article.selectFirst("section.related a[href$=lang-de-related]");
    assertTrue(related != null, article.select("section.related").outerHtml());
    assertEquals("de", related.attr("lang"), related.outerHtml());

    String html = server.http().get("/source/Plimbertaler%20Zeitung").body();
    assertEquals(java.util.List.of(), HtmlChecker.errorsAndWarnings(html));
    org.jsoup.nodes.Element latest = Jsoup.parse(html).selectFirst("section.latest li a");
    assertEquals("de", latest.selectFirst("[lang]") == null ? "" : latest.selectFirst("[lang]").attr("lang"), latest.outerHtml());
    assertEquals("Regierung senkt die Steuern: Plimbertal", latest.selectFirst("[lang]").text());
    assertEquals("Regierung senkt die Steuern: Plimbertal (2 May 2020)", latest.text());
  }

  @Test
  void englishArticleTextHasNoOwnLanguage() {
    Document d = page("lang-en", "Government cuts taxes for small companies", ENGLISH);
    assertTrue(d.selectFirst("h1").attr("lang").isEmpty());
    assertTrue(d.selectFirst("div.body").attr("lang").isEmpty());
  }
}
