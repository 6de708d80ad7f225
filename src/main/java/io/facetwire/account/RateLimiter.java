package io.facetwire.account;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.GetResponse;
import io.facetwire.FacetwireConfig.RateLimit;
import io.facetwire.engine.EsCall;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

/**
 * Fixed-window attempt counters kept in Elasticsearch, so every server sharing the cluster counts
 * the same attempts. Each counter is one small document updated with {@code if_seq_no}: two servers
 * counting at once retry instead of losing a count. Keys (addresses, emails) are stored as digests.
 */
public final class RateLimiter {

  /** One counter document. */
  public record Window(Instant windowStart, int count) {}

  private static final int MAX_TRIES = 5;

  private final ElasticsearchClient client;
  private final String alias;
  private final Clock clock;

  public RateLimiter(ElasticsearchClient client, String alias, Clock clock) {
    this.client = client;
    this.alias = alias;
    this.clock = clock;
  }

  /** Counts one attempt; false (and nothing counted) when the limit for this window is used up. */
  public boolean tryAcquire(String bucket, String key, RateLimit limit) {
    String id = bucket + ":" + Tokens.digest(key);
    for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
      Instant now = clock.instant();
      GetResponse<Window> read = EsCall.run("read a rate limit", () -> client.get(g -> g.index(alias).id(id), Window.class));
      Window current = read.found() ? read.source() : null;
      Window next;
      if (current == null || !now.isBefore(current.windowStart().plus(limit.window()))) {
        next = new Window(now, 1);
      } else if (current.count() >= limit.max()) {
        return false;
      } else {
        next = new Window(current.windowStart(), current.count() + 1);
      }
      if (write(id, next, read)) {
        return true;
      }
    }
    // Heavy contention on one key is itself a sign of abuse: refuse rather than count loosely.
    return false;
  }

  private boolean write(String id, Window next, GetResponse<Window> read) {
    try {
      if (read.found()) {
        client.index(i -> i.index(alias).id(id).document(next).ifSeqNo(read.seqNo()).ifPrimaryTerm(read.primaryTerm()));
      } else {
        client.create(c -> c.index(alias).id(id).document(next));
      }
      return true;
    } catch (ElasticsearchException | IOException e) {
      if (EsCall.isConflict(e)) {
        return false;
      }
      throw EsCall.failure("count an attempt", e);
    }
  }
}
