package io.facetwire.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.support.Browser;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Session 15: text holding a right-to-left override that is never closed (U+202E), or an isolate left open
 * (U+2067), no longer reverses what a page shows after it. Checked where a reader sees it, in Chromium, on the
 * one line of a results page where article text runs on in the same paragraph: a story's other version, "TITLE
 * SOURCE, DATE". Both copies of the story have a title ending in an open override and a source holding one, so
 * whichever is listed, its source and date must read left to right after the title. Before the fix the line read
 * "6202 raM 2 ,live" — or, for the stray closer U+2069 before the override (which undoes an isolation made by
 * markup alone: Chromium inserts the isolate of a {@code <bdi>} into the very text the algorithm reads), the same.
 */
class BidiIsolationBrowserTest {

  private static final String BODY = "The zebradove report on the harbour says the new pier will open in spring after "
      + "two years of building work, that the ferry will call four times a day, and that the old warehouse by the "
      + "quay becomes a market hall with forty stalls, a library and a small museum of the harbour's history.";

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard();
  static ChromeDriver driver;

  @BeforeAll
  static void start() {
    post("Zebradove harbour report\\u202E", "Wire\\u202Eevil", "2026-03-02");
    post("Zebradove harbour report\\u2067", "Post\\u2069\\u202Eevil", "2026-03-03");
    driver = Browser.start(true, 1280, 1000);
  }

  private static void post(String title, String source, String day) {
    String article = "{\"title\":\"" + title + "\",\"text\":\"" + BODY + "\",\"url\":\"https://example.org/" + day
        + "\",\"source\":\"" + source + "\",\"published_at\":\"" + day + "T10:00:00Z\"}";
    Http.Response r = server.api().post("/api/articles", "application/json", article);
    assertEquals(200, r.status(), r.body());
  }

  @AfterAll
  static void quit() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void theSourceAndDateAfterATitleHoldingAnOpenOverrideReadLeftToRight() {
    driver.get(server.http().base() + "/search?q=zebradove");
    driver.executeScript("document.querySelectorAll('details.versions').forEach(function (d) { d.open = true; })");
    List<WebElement> versions = driver.findElements(By.cssSelector("details.versions li"));
    assertEquals(1, versions.size(), "the two copies are one story with one other version");
    WebElement title = versions.get(0).findElement(By.tagName("a"));
    WebElement meta = versions.get(0).findElement(By.cssSelector("span.muted"));
    String text = (String) driver.executeScript("return arguments[0].firstChild.data", meta);
    int day = text.indexOf(", ") + 2;
    int year = text.length() - 1;
    while (!Character.isDigit(text.charAt(year))) {
      year--; // past the closing controls
    }
    // "2 Mar 2026": its first character must be drawn left of its last; an override spilling into it mirrors it.
    assertTrue(left(meta, day) < left(meta, year), "the date in \"" + meta.getText() + "\" is drawn reversed");
    // The source and date stand right of the title, not inside it.
    assertTrue(leftmostLetter(meta) > rightmostLetter(title), "\"" + meta.getText() + "\" is drawn inside the title");
    Browser.screenshot(driver, "bidi-isolated-versions");
  }

  /** Where the character at {@code index} of the element's text is drawn (its left edge, CSS pixels). */
  private static double left(WebElement element, int index) {
    Object x = driver.executeScript("var t = arguments[0].firstChild, r = document.createRange();"
        + "r.setStart(t, arguments[1]); r.setEnd(t, arguments[1] + 1); return r.getBoundingClientRect().left;",
        element, index);
    return ((Number) x).doubleValue();
  }

  private static double rightmostLetter(WebElement element) {
    return letters(element, "Math.max(best, b.right)", "-1e9");
  }

  private static double leftmostLetter(WebElement element) {
    return letters(element, "Math.min(best, b.left)", "1e9");
  }

  /** Folds the boxes of the element's letters and digits (controls are drawn with no width) with {@code fold}. */
  private static double letters(WebElement element, String fold, String start) {
    Object x = driver.executeScript("var t = arguments[0].firstChild, s = t.data, best = " + start + ";"
        + "for (var i = 0; i < s.length; i++) { if (!/[A-Za-z0-9]/.test(s[i])) continue;"
        + "  var r = document.createRange(); r.setStart(t, i); r.setEnd(t, i + 1);"
        + "  var b = r.getBoundingClientRect(); best = " + fold + "; } return best;", element);
    return ((Number) x).doubleValue();
  }
}
