package io.facetwire.account;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.facetwire.engine.MatchingDeletes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what nobody reads any more: expired sessions (a browser that never signed out) and rate-limit
 * counters whose window closed long ago. Runs at most once an hour per server, in the background,
 * started by sign-in traffic; search plus bulk delete, since the embedded node has no delete-by-query.
 */
public final class Housekeeping {

  private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);
  static final Duration EVERY = Duration.ofHours(1);
  /** Counters are for windows of minutes; a day-old one is certainly finished. */
  static final Duration COUNTER_AGE = Duration.ofDays(1);

  /** What one run removed. */
  public record Removed(int sessions, int counters) {}

  private final ElasticsearchClient client;
  private final String sessionsAlias;
  private final String rateLimitsAlias;
  private final Clock clock;
  private final AtomicReference<Instant> lastRun = new AtomicReference<>(Instant.EPOCH);

  public Housekeeping(ElasticsearchClient client, String sessionsAlias, String rateLimitsAlias, Clock clock) {
    this.client = client;
    this.sessionsAlias = sessionsAlias;
    this.rateLimitsAlias = rateLimitsAlias;
    this.clock = clock;
  }

  /** Starts a run in the background if the last one is an hour old; returns at once. */
  public void maybeRun() {
    Instant now = clock.instant();
    Instant last = lastRun.get();
    if (now.isBefore(last.plus(EVERY)) || !lastRun.compareAndSet(last, now)) {
      return;
    }
    Thread t = new Thread(() -> {
      try {
        Removed r = runNow();
        if (r.sessions() + r.counters() > 0) {
          LOG.info("Housekeeping removed {} expired sessions and {} old sign-in counters", r.sessions(), r.counters());
        }
      } catch (RuntimeException e) {
        LOG.warn("Housekeeping failed: {}", e.getMessage());
      }
    }, "facetwire-housekeeping");
    t.setDaemon(true);
    t.start();
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
