package io.facetwire.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the machine's packages (Debian's {@code chromium} and {@code chromium-driver}),
 * driven over WebDriver. Nothing is downloaded at run time: the binaries are named explicitly, so
 * Selenium never looks for a browser of its own.
 */
public final class Browser {

  static final Path CHROMIUM = Path.of(env("CHROMIUM_BIN", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(env("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private Browser() {}

  /** A fresh headless browser; {@code javascript} false gives the no-JS experience. */
  public static ChromeDriver start(boolean javascript, int width, int height) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
          + ": apt-get install -y chromium chromium-driver (or set CHROMIUM_BIN / CHROMEDRIVER_BIN)");
    }
    try {
      Path profile = Files.createTempDirectory("facetwire-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      // The flags this machine needs: no sandbox as root, and no background calls to Google's hosts.
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
      if (width < 600) {
        // Desktop Chromium will not make a window this narrow; emulate a phone's screen instead.
        options.setExperimentalOption("mobileEmulation",
            Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 2.0)));
      }
      if (!javascript) {
        options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
      }
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      return driver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Saves a picture of the page for people to look at; it checks nothing. Chromium sometimes gives up on
   * a capture on a loaded machine ("timeout from aborted by navigation"), so one failed capture is tried
   * again and a second failure leaves the picture out instead of failing the test around it.
   */
  public static void screenshot(ChromeDriver driver, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int attempt = 1; attempt <= 2; attempt++) {
      try {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        return;
      } catch (org.openqa.selenium.WebDriverException e) {
        System.err.println("Screenshot " + name + ", attempt " + attempt + ": " + e.getMessage().lines().findFirst().orElse(""));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Opens {@code url} and returns once the page's document answers a script as loaded. {@code get} alone was not
   * enough on the search page: in a loop of 60 loads of {@code /search?q=election} (session 44), 8 times a
   * {@code findElements} right after {@code get} found no {@code h1} though the page's source, read a moment later, held
   * its one {@code h1} and its {@code readyState} was already "complete"; with this wait for the document first, none of
   * 150 loads did (nor any of the other signed-in pages' 1,350). The wait is a bound, not a timing asserted.
   */
  public static void load(ChromeDriver driver, String url) {
    driver.get(url);
    new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> "complete".equals(driver.executeScript("return document.readyState")));
  }

  /** Runs axe-core (as Deque bundles it for Selenium, the newest on Maven Central) on the current page; returns violations. */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> axeViolations(ChromeDriver driver) {
    String axe;
    try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
      axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("axe-core is missing from the test classpath", e);
    }
    driver.executeScript(axe);
    // axe's time grows with the page's nodes and the machine's load (on one of the public pages it ran past
    // the 60 s script timeout at a load average of 50): a bound on the wait, not a timing that is asserted.
    driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(4));
    Object result = driver.executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
            + ".then(function (r) { done(r.violations.map(function (v) {"
            + "  return {id: v.id, impact: v.impact, help: v.help,"
            + "    nodes: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); })}; })); })"
            + ".catch(function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]); });");
    return (List<Map<String, Object>>) result;
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
