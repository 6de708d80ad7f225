package io.facetwire.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.article.ReadOptions;
import io.facetwire.support.Browser;
import io.facetwire.support.Http;
import io.facetwire.support.PageKinds;
import io.facetwire.support.ServerExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page in a real headless Chromium: keyboard autocomplete, facets, exclusions, chips,
 * histogram, facet value search, phone width, JavaScript off, and axe-core accessibility checks.
 */
class SearchPageBrowserTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard()
      .fixtures("fixtures/wikinews_2019.csv", "fixtures/wikinews_2020.csv")
      .fixtures(new ReadOptions("RT", Instant.parse("2017-07-30T18:00:00Z")), "fixtures/us-embassy-staff-cut.txt");
  static String base;
  ChromeDriver driver;

  @BeforeAll
  static void start() {
    base = server.http().base();
  }

  @AfterEach
  void quit() {
    if (driver != null) {
      driver.quit();
    }
  }

  private ChromeDriver browser() {
    driver = Browser.start(true, 1280, 1000);
    return driver;
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  @Test
  void autocompleteWithTheKeyboardOnly() {
    browser().get(base + "/search");
    WebElement box = driver.findElement(By.id("q"));
    box.click();
    box.sendKeys("navaln");
    waiting().until(d -> !d.findElements(By.cssSelector("#q-suggestions li[role=option]")).isEmpty()
        && d.findElement(By.id("q-suggestions")).isDisplayed());
    assertEquals("true", box.getAttribute("aria-expanded"));
    box.sendKeys(Keys.ARROW_DOWN);
    WebElement first = driver.findElement(By.cssSelector("#q-suggestions li[role=option]"));
    assertEquals("true", first.getAttribute("aria-selected"));
    assertEquals(first.getAttribute("id"), box.getAttribute("aria-activedescendant"));
    String text = first.findElement(By.className("text")).getText();
    box.sendKeys(Keys.ENTER);
    waiting().until(ExpectedConditions.not(ExpectedConditions.urlToBe(base + "/search")));
    assertTrue(driver.getPageSource().contains(text), "landed on " + driver.getCurrentUrl());
    Browser.screenshot(driver, "autocomplete-result");
  }

  @Test
  void facetsTickTwoValuesOfOneAndOneOfAnotherExcludeAndRemoveChips() {
    browser().get(base + "/search?q=election");
    List<WebElement> countries = driver.findElements(By.cssSelector("#facet-country li:not(.excluded)"));
    String a = value(countries.get(0));
    String b = value(countries.get(1));
    tick("country", a);
    tick("country", b);
    String topic = value(driver.findElements(By.cssSelector("#facet-topic li:not(.selected)")).get(0));
    tick("topic", topic);
    long expected = apiTotal("q=election&country=" + Http.enc(a) + "&country=" + Http.enc(b)
        + "&topic=" + Http.enc(topic));
    assertEquals(expected, shownTotal());
    assertEquals(3, driver.findElements(By.cssSelector(".chip-include")).size());
    Browser.screenshot(driver, "search-facets");

    // Exclude a person: a different chip, and the count the API gives.
    WebElement person = driver.findElements(By.cssSelector("#facet-person li:not(.selected)")).get(0);
    String who = value(person);
    person.findElement(By.cssSelector("a.exclude")).click();
    waiting().until(d -> !d.findElements(By.cssSelector(".chip-exclude")).isEmpty());
    assertEquals(apiTotal("q=election&country=" + Http.enc(a) + "&country=" + Http.enc(b) + "&topic="
        + Http.enc(topic) + "&not_person=" + Http.enc(who)), shownTotal());

    // Remove a chip.
    int chips = driver.findElements(By.cssSelector(".chip")).size();
    driver.findElement(By.cssSelector(".chip-include a.remove")).click();
    waiting().until(d -> d.findElements(By.cssSelector(".chip")).size() == chips - 1);
  }

  @Test
  void tickingAFacetWithTheKeyboardKeepsFocusOnTheBox() {
    browser().get(base + "/search?q=election");
    // The skip link takes a keyboard user from the top of the page straight to the filters.
    WebElement skip = driver.findElement(By.cssSelector("a.skip[href='#filters']"));
    new Actions(driver).sendKeys(Keys.TAB).sendKeys(Keys.TAB).perform();
    assertEquals(skip, driver.switchTo().activeElement(), "second tab stop: Skip to filters");
    new Actions(driver).sendKeys(Keys.ENTER).perform();
    waiting().until(ExpectedConditions.urlContains("#filters"));

    WebElement box = driver.findElements(By.cssSelector("#facet-country li input[type=checkbox]")).get(1);
    String value = box.getAttribute("value");
    String before = driver.getCurrentUrl();
    String totalBefore = shownTotalText();
    driver.executeScript("arguments[0].focus()", box);
    driver.switchTo().activeElement().sendKeys(Keys.SPACE);
    waiting().until(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
    waiting().until(d -> d.findElements(By.cssSelector("#facet-country li.selected")).size() == 1);
    WebElement focused = driver.switchTo().activeElement();
    assertEquals("checkbox", focused.getAttribute("type"), "focus is back on a box, not at the top");
    assertEquals(value, focused.getAttribute("value"));
    assertTrue(focused.isSelected(), "and it is the ticked one");
    // The change of count is said in a live region (one that was on the page, empty, before it).
    String totalTicked = shownTotalText();
    assertEquals(apiTotal("q=election&country=" + Http.enc(value)), shownTotal());
    assertEquals(value + " added: " + totalTicked + " (before: " + totalBefore + ").", announcement());
    WebElement region = driver.findElement(By.id("facet-announcement"));
    assertEquals("polite", region.getAttribute("aria-live"));
    assertEquals("status", region.getAttribute("role"));
    // Space again unticks it, and focus stays on it through the second reload too.
    String ticked = driver.getCurrentUrl();
    focused.sendKeys(Keys.SPACE);
    waiting().until(ExpectedConditions.not(ExpectedConditions.urlToBe(ticked)));
    waiting().until(d -> d.findElements(By.cssSelector("#facet-country li.selected")).isEmpty());
    assertEquals(value, driver.switchTo().activeElement().getAttribute("value"));
    assertEquals(value + " removed: " + totalBefore + " (before: " + totalTicked + ").", announcement());
    // An ordinary visit says nothing.
    driver.get(base + "/search?q=election");
    assertEquals("", driver.findElement(By.id("facet-announcement")).getAttribute("textContent"));
  }

  /** The live region's text, once app.js has written it (it waits a moment after the page loads). */
  private String announcement() {
    return waiting().until(d -> {
      String text = d.findElement(By.id("facet-announcement")).getAttribute("textContent").strip();
      return text.isEmpty() ? null : text;
    });
  }

  @Test
  void onAPhoneEveryLabelOfTheHistogramAndTheMapLegendIsAtLeastTwelvePixels() {
    for (int width : new int[] {390, 1280}) {
      driver = Browser.start(true, width, 844);
      // Every article: months from 2017 to 2020, a few tall bars and many short ones.
      driver.get(base + "/search");
      List<Map<String, Object>> chart = renderedSvgText("svg.fw-histogram text");
      assertTrue(chart.size() >= 3, width + " px: the tallest bar's count and at least two period labels: " + chart);
      assertTrue(chart.stream().anyMatch(t -> String.valueOf(t.get("text")).matches("[0-9,]+")), "the count is shown: " + chart);
      for (Map<String, Object> label : chart) {
        assertTrue(((Number) label.get("px")).doubleValue() >= 12, width + " px wide: " + label);
      }
      Browser.screenshot(driver, "histogram-" + width);
      driver.get(base + "/search/map");
      List<WebElement> legend = driver.findElements(By.cssSelector(".fw-map-legend .fw-swatch, .fw-map-legend .fw-legend-title"));
      assertTrue(legend.size() >= 3, "a key: title, none and at least one step");
      for (WebElement item : legend) {
        double px = Double.parseDouble(item.getCssValue("font-size").replace("px", ""));
        assertTrue(px >= 12 && item.isDisplayed(), width + " px wide: map key '" + item.getText() + "' at " + px + " px");
      }
      Browser.screenshot(driver, "map-" + width);
      driver.quit();
      driver = null;
    }
  }

  /**
   * Every SVG text the browser draws (hidden label sets left out), with its size on screen: the
   * computed font size in the SVG's units times the SVG's scale (drawn width / viewBox width).
   */
  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> renderedSvgText(String selector) {
    return (List<Map<String, Object>>) driver.executeScript(
        "return Array.from(document.querySelectorAll(arguments[0]))"
            + ".filter(function (t) { return t.getClientRects().length > 0 && t.getBoundingClientRect().width > 0; })"
            + ".map(function (t) { var svg = t.ownerSVGElement;"
            + "  var scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;"
            + "  return {text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale}; });", selector);
  }

  @Test
  void histogramBarNarrowsToItsPeriod() {
    browser().get(base + "/search?q=election");
    WebElement bar = driver.findElements(By.cssSelector(".chart svg a")).get(0);
    String title = bar.findElement(By.tagName("title")).getAttribute("textContent");
    long count = Long.parseLong(title.replaceAll(".*: ([0-9,]+) articles?$", "$1").replace(",", ""));
    driver.executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", bar);
    waiting().until(ExpectedConditions.urlContains("from="));
    assertEquals(count, shownTotal());
    assertFalse(driver.findElements(By.cssSelector(".chip-date")).isEmpty());
  }

  @Test
  void facetValueSearchFindsAPersonByPartOfTheName() {
    browser().get(base + "/search");
    WebElement filter = driver.findElement(By.id("facet-search-person"));
    assertTrue(filter.isDisplayed(), "the type-ahead appears with JavaScript");
    filter.sendKeys("put");
    waiting().until(d -> d.findElement(By.cssSelector("#facet-person ul.values")).getText().contains("Vladimir Putin"));
    driver.findElement(By.cssSelector("#facet-person ul.values a")).click();
    waiting().until(ExpectedConditions.urlContains("person=Vladimir+Putin"));
    assertEquals(apiTotal("person=Vladimir+Putin"), shownTotal());
  }

  @Test
  void phoneWidthFoldsTheFiltersAway() {
    driver = Browser.start(true, 390, 844);
    driver.get(base + "/search?q=election");
    WebElement filters = driver.findElement(By.id("filters"));
    assertEquals(null, filters.getAttribute("open"), "filters start folded on a phone");
    WebElement aside = driver.findElement(By.cssSelector("aside.facets"));
    WebElement main = driver.findElement(By.id("main"));
    assertTrue(main.getRect().getY() > aside.getRect().getY(), "one column: filters above results");
    assertEquals(390L, driver.executeScript("return window.innerWidth"));
    long pageWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
    assertTrue(pageWidth <= 400, "no sideways scrolling of the page: " + pageWidth + " because of "
        + driver.executeScript("return Array.from(document.querySelectorAll('body *')).filter(function (e) {"
            + " return e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.fw-chart-scroll'); }).slice(0, 8).map(function (e) {"
            + " return e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right); })"));
    driver.findElement(By.cssSelector("#filters summary")).click();
    assertEquals("true", filters.getAttribute("open"));
    Browser.screenshot(driver, "search-phone");
  }

  @Test
  void withJavaScriptOffFacetsAndPagingStillWork() {
    driver = Browser.start(false, 1280, 1000);
    driver.get(base + "/search?q=election");
    String country = value(driver.findElements(By.cssSelector("#facet-country li")).get(0));
    WebElement box = driver.findElement(By.cssSelector("#facet-country li input[type=checkbox]"));
    box.click();
    driver.findElement(By.cssSelector("button.apply-facets")).click();
    waiting().until(ExpectedConditions.urlContains("country="));
    assertEquals(apiTotal("q=election&country=" + Http.enc(country)), shownTotal());
    driver.get(base + "/search?q=election");
    driver.findElement(By.cssSelector("a[rel=next]")).click();
    waiting().until(ExpectedConditions.urlContains("page=2"));
    assertEquals("2", driver.findElement(By.cssSelector(".pagination [aria-current=page]")).getText());
    assertFalse(driver.findElement(By.id("facet-search-person")).isDisplayed(), "no dead JS widgets");
  }

  @Test
  void worldMapLoadsIntoTheResultsWhenScrolledToAndFilters() {
    browser().get(base + "/search?q=embassy");
    WebElement slot = driver.findElement(By.cssSelector(".map-slot"));
    driver.executeScript("arguments[0].scrollIntoView()", slot);
    waiting().until(d -> !d.findElements(By.cssSelector(".map-slot.loaded svg.fw-worldmap")).isEmpty());
    WebElement row = driver.findElement(By.cssSelector(".map-slot .map-table tbody tr"));
    String country = row.findElement(By.cssSelector("td a")).getAttribute("textContent").strip();
    // A shaded country is a link to the search filtered by it, like the facet checkbox.
    WebElement shape = driver.findElements(By.cssSelector(".map-slot svg a.fw-country")).stream()
        .filter(a -> a.getAttribute("aria-label").startsWith(country + ":")).findFirst().orElseThrow();
    String href = shape.getDomAttribute("href");  // an SVG link: the attribute, not an SVGAnimatedString
    assertTrue(href.startsWith("/search?") && href.contains("country=" + country.replace(" ", "+")), href);
    driver.get(base + href);
    waiting().until(d -> d.findElements(By.cssSelector(".chip")).stream()
        .anyMatch(c -> c.getText().contains(country)));
  }

  @Test
  void everyPublicPageKindPassesAxe() {
    browser();
    String id = server.http().get("/api/search?q=Solovyov").json().path("hits").get(0).path("id").asText();
    Map<String, String> pages = PageKinds.anonymous(id);
    for (Map.Entry<String, String> page : pages.entrySet()) {
      Browser.load(driver, base + page.getValue());
      Browser.screenshot(driver, page.getKey().replaceAll("[^A-Za-z0-9]+", "-"));
      assertNoAxeViolations(page.getKey());
    }
  }

  @Test
  void signedInPagesPassAxe() {
    browser().get(base + "/signup");
    driver.findElement(By.id("email")).sendKeys("axe-admin@example.org");
    driver.findElement(By.id("password")).sendKeys("axe admin password");
    driver.findElement(By.id("password_confirm")).sendKeys("axe admin password");
    driver.findElement(By.cssSelector("main form[action='/signup'] button[type=submit]")).click();
    waiting().until(d -> !d.findElements(By.cssSelector("form[action='/signout']")).isEmpty());
    server.facetwire().sources().store().add("Axe feed", "https://news.example.org/feed.xml", 30, "axe-admin@example.org");
    for (Map.Entry<String, String> page : PageKinds.signedInAdmin().entrySet()) {
      Browser.load(driver, base + page.getValue());
      assertTrue(driver.findElements(By.cssSelector("h1")).size() == 1, page.getKey() + ": " + driver.getTitle());
      if (page.getValue().startsWith("/admin/sources")) {
        assertTrue(driver.getPageSource().contains("Axe feed"), "the admin sees the sources: " + driver.getTitle());
      }
      Browser.screenshot(driver, page.getKey().replaceAll("[^A-Za-z0-9]+", "-"));
      assertNoAxeViolations(page.getKey());
    }
    // A saved search with a share link, its public page, and a topic's preview (answers to forms).
    driver.get(base + "/search?q=election");
    driver.findElement(By.cssSelector("form.save-form button[type=submit]")).click();
    waiting().until(ExpectedConditions.urlContains("/saved/"));
    driver.findElement(By.xpath("//button[normalize-space()='Make a share link']")).click();
    waiting().until(d -> !d.findElements(By.cssSelector("input[aria-label='Share link']")).isEmpty());
    assertNoAxeViolations("saved search");
    String shared = driver.findElement(By.cssSelector("input[aria-label='Share link']")).getAttribute("value");
    driver.get(base + shared.substring(shared.indexOf("/shared/")));
    assertNoAxeViolations("shared page");
    driver.get(base + "/admin/topics/edit?topic=sanctions");
    driver.findElement(By.cssSelector("form.topic-form button.preview-button")).click();
    waiting().until(ExpectedConditions.urlContains("/admin/topics/preview"));
    assertNoAxeViolations("topic preview");
  }

  /**
   * axe-core's WCAG 2.0/2.1 A and AA rules find nothing on the current page, whatever the impact: since
   * session 13 the pages have no violation of any impact (before, the tests let minor and moderate ones by).
   */
  private void assertNoAxeViolations(String page) {
    List<Map<String, Object>> violations = Browser.axeViolations(driver);
    assertTrue(violations.isEmpty(), page + ": " + violations);
  }

  private void tick(String facet, String value) {
    WebElement li = driver.findElements(By.cssSelector("#facet-" + facet + " li")).stream()
        .filter(e -> value(e).equals(value)).findFirst().orElseThrow();
    String before = driver.getCurrentUrl();
    li.findElement(By.cssSelector("input[type=checkbox]")).click();
    waiting().until(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
    waiting().until(d -> d.findElements(By.cssSelector("#facet-" + facet + " li.selected")).stream()
        .anyMatch(e -> value(e).equals(value)));
  }

  private static String value(WebElement li) {
    return li.findElement(By.cssSelector(".value, s")).getText();
  }

  private String shownTotalText() {
    return driver.findElement(By.cssSelector("p.total strong")).getText().strip();
  }

  private long shownTotal() {
    return Long.parseLong(driver.findElement(By.cssSelector("p.total strong")).getText().replaceAll("[^0-9]", ""));
  }

  private static long apiTotal(String query) {
    return server.http().get("/api/search?" + query).json().path("total").asLong();
  }
}
