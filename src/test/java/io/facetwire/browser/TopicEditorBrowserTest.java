package io.facetwire.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.support.Browser;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An admin in headless Chromium edits a topic, previews the difference, saves, watches the re-tag
 * finish on the page (the page's script follows its progress) and reverts; the pages pass axe.
 */
class TopicEditorBrowserTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard()
      .fixtures("fixtures/wikinews_2019.csv", "fixtures/wikinews_2020.csv");
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

  @Test
  void editPreviewSaveWatchTheReTagAndRevert() {
    driver = Browser.start(true, 1280, 1000);
    signUp("editor@example.org", "editor password");
    long sportBefore = apiCount("sport");

    driver.get(base + "/admin/topics");
    assertAxe("topics");
    driver.findElement(By.cssSelector("a.edit-topic[aria-label='Edit sport']")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("textarea#block")));
    assertTrue(driver.findElement(By.id("block")).getAttribute("value").startsWith("[sport]"));

    // Sport for stories about elections: a wrong definition whose difference is easy to see.
    WebElement block = driver.findElement(By.id("block"));
    block.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    block.sendKeys("[sport]\nthreshold = 3\nmentions = 1\nshare = 0\n5  election, elections, vote\n");
    driver.findElement(By.id("note")).sendKeys("sport by elections (browser test)");
    driver.findElement(By.cssSelector("button.preview-button")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.topic-preview")));
    long added = number(".added-count");
    long removed = number(".removed-count");
    assertTrue(added > 0, "election stories would gain the topic");
    assertEquals(Math.min(added, 20), driver.findElements(By.cssSelector("ul.added li a")).size(),
        "the first page lists them, 20 a page");
    Browser.screenshot(driver, "topic-preview");
    assertAxe("topic preview");

    driver.findElement(By.cssSelector("button.save-button")).click();
    waiting().until(ExpectedConditions.urlContains("/admin/topics?done=saved"));
    awaitTagged(1);
    assertEquals(sportBefore + added - removed, apiCount("sport"), "the index is re-tagged as previewed");
    driver.navigate().refresh();
    assertEquals(Long.toString(sportBefore + added - removed), sportRowCount());
    assertTrue(driver.findElement(By.cssSelector("#v1")).getText().contains("sport by elections"));

    driver.findElement(By.cssSelector("#v0 form.revert-form button")).click();
    waiting().until(ExpectedConditions.urlContains("done=reverted"));
    awaitTagged(2);
    assertEquals(sportBefore, apiCount("sport"), "reverted and re-tagged back");
    Browser.screenshot(driver, "topics-after-revert");
  }

  /** Waits on the page itself: its script turns #retag to done once the index has this version. */
  private void awaitTagged(int version) {
    waiting().until(d -> {
      WebElement retag = d.findElement(By.id("retag"));
      return "done".equals(retag.getAttribute("data-state"))
          && Integer.toString(version).equals(retag.getAttribute("data-tagged"));
    });
    assertTrue(driver.findElement(By.cssSelector(".retag-words")).getText()
        .contains("tagged with version " + version));
  }

  private void signUp(String email, String password) {
    driver.get(base + "/signup");
    driver.findElement(By.name("email")).sendKeys(email);
    driver.findElement(By.name("password")).sendKeys(password);
    driver.findElement(By.name("password_confirm")).sendKeys(password);
    driver.findElement(By.cssSelector("main form[action='/signup'] button[type=submit]")).click();
    waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/signup")));
  }

  private String sportRowCount() {
    return driver.findElements(By.cssSelector("tr.topic-row")).stream()
        .filter(r -> r.findElement(By.cssSelector(".topic-name")).getText().equals("sport"))
        .findFirst().orElseThrow().findElement(By.cssSelector(".topic-count")).getText();
  }

  private long number(String selector) {
    return Long.parseLong(driver.findElement(By.cssSelector(selector)).getText());
  }

  private void assertAxe(String page) {
    List<Map<String, Object>> serious = Browser.axeViolations(driver).stream()
        .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))).toList();
    assertTrue(serious.isEmpty(), page + ": " + serious);
  }

  private WebDriverWait waiting() {
    // The re-tag runs under the load of a full test suite on two cores: a generous limit, never a measure.
    return new WebDriverWait(driver, Duration.ofSeconds(90));
  }

  private static long apiCount(String topic) {
    return server.http().get("/api/search?topic=" + Http.enc(topic)).json().path("total").asLong();
  }
}
