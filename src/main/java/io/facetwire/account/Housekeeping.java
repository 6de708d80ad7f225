package io.facetwire.account;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.facetwire.engine.MatchingDeletes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what nobody reads any more: expired sessions (a browser that never signed out) and rate-limit
 * counters whose window closed long ago. The server's scheduler runs it every hour ({@link #EVERY});
 * search plus bulk delete, since the embedded node has no delete-by-query.
 */
public final class Housekeeping {

  private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);
  public static final Duration EVERY = Duration.ofHours(1);
  /** Counters are for windows of minutes; a day-old one is certainly finished. */
  static final Duration COUNTER_AGE = Duration.ofDays(1);

  /** What one run removed. */
  public record Removed(int sessions, int counters) {}

  private final ElasticsearchClient client;
  private final String sessionsAlias;
  private final String rateLimitsAlias;
  private final Clock clock;

  public Housekeeping(ElasticsearchClient client, String sessionsAlias, String rateLimitsAlias, Clock clock) {
    this.client = client;
    this.sessionsAlias = sessionsAlias;
    this.rateLimitsAlias = rateLimitsAlias;
    this.clock = clock;
  }

  /** One run, logged: what the scheduler calls every {@link #EVERY}. */
  public void runAndLog() {
    Removed r = runNow();
    if (r.sessions() + r.counters() > 0) {
      LOG.info("Housekeeping removed {} expired sessions and {} old sign-in counters", r.sessions(), r.counters());
    }
  }

  public Removed runNow() {
    Instant now = clock.instant();
    return new Removed(purge(sessionsAlias, "expires_at", now), purge(rateLimitsAlias, "window_start", now.minus(COUNTER_AGE)));
  }

  private int purge(String alias, String field, Instant before) {
    return MatchingDeletes.delete(client, alias,
        Query.of(q -> q.range(r -> r.date(d -> d.field(field).lt(before.toString())))));
  }

}
