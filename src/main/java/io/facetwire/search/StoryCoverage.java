package io.facetwire.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether every article has its story: only then do results collapse by story. Collapsing an index with
 * articles stored before stories existed would fold all of those into one "story" (Elasticsearch groups
 * documents without the field together), so until {@code enrich} has back-filled them results stay one
 * hit per article, and the log says what to run. Checked at most every {@link #RECHECK}.
 */
public final class StoryCoverage implements java.util.function.BooleanSupplier {

  private static final Logger LOG = LoggerFactory.getLogger(StoryCoverage.class);
  static final Duration RECHECK = Duration.ofSeconds(30);

  private final ElasticsearchClient client;
  private final String alias;
  private final Clock clock;
  private volatile boolean complete;
  private volatile Instant checkedAt = Instant.MIN;
  private volatile boolean warned;

  StoryCoverage(ElasticsearchClient client, String alias, Clock clock) {
    this.client = client;
    this.alias = alias;
    this.clock = clock;
  }

  @Override
  public boolean getAsBoolean() {
    return complete();
  }

  /** Whether results may be grouped by story now (every article has one). */
  public boolean complete() {
    Instant now = clock.instant();
    // Once complete it stays so: every write since gives a story.
    if (!complete && Duration.between(checkedAt, now).compareTo(RECHECK) >= 0) {
      checkedAt = now;
      complete = check();
    }
    return complete;
  }

  private boolean check() {
    try {
      long without = client.count(c -> c.index(alias)
          .query(q -> q.bool(b -> b.mustNot(m -> m.exists(e -> e.field(StoryCounts.FIELD)))))).count();
      if (without > 0 && !warned) {
        warned = true;
        LOG.warn("{} articles were stored before stories existed: results count every copy until "
            + "'facetwire enrich' has grouped them", without);
      }
      return without == 0;
    } catch (java.io.IOException | RuntimeException e) {
      return false;
    }
  }
}
