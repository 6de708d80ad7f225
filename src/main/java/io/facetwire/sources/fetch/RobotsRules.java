package io.facetwire.sources.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt for article pages (crawler-commons' parser, as Apache Nutch and StormCrawler use it),
 * one fetch per site per day. Feeds an admin added are fetched regardless: subscribing to a feed is
 * what a feed is for, as every feed reader does. A missing robots.txt (4xx) allows everything; one
 * that cannot be fetched (5xx, timeout) disallows the site until the next try, as RFC 9309 asks.
 */
final class RobotsRules {

  private record Cached(BaseRobotRules rules, Instant until) {}

  static final String AGENT = "facetwire";
  private static final Duration KEEP = Duration.ofHours(24);
  private static final Duration RETRY_UNREACHABLE = Duration.ofMinutes(30);

  private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final Clock clock;

  RobotsRules(Clock clock) {
    this.clock = clock;
  }

  interface RobotsFetch {
    /** Status and body of /robots.txt; throws when unreachable. */
    FetchResult get(String url) throws FetchException;
  }

  boolean allowed(String url, RobotsFetch fetch) {
    URI uri = URI.create(url);
    String origin = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
    Instant now = clock.instant();
    Cached c = cache.get(origin);
    if (c == null || now.isAfter(c.until())) {
      c = load(origin, fetch, now);
      cache.put(origin, c);
    }
    return c.rules().isAllowed(url);
  }

  private Cached load(String origin, RobotsFetch fetch, Instant now) {
    String robotsUrl = origin + "/robots.txt";
    try {
      FetchResult r = fetch.get(robotsUrl);
      BaseRobotRules rules = parser.parseContent(robotsUrl, r.body(),
          r.contentType() == null ? "text/plain" : r.contentType(), List.of(AGENT));
      return new Cached(rules, now.plus(KEEP));
    } catch (FetchException e) {
      if (e.getMessage().startsWith("HTTP 4")) {
        return new Cached(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), now.plus(KEEP));
      }
      return new Cached(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), now.plus(RETRY_UNREACHABLE));
    }
  }
}
