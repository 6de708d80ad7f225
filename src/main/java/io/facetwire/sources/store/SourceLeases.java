package io.facetwire.sources.store;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import io.facetwire.engine.EsCall;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One poller per source at a time, however many servers share the cluster: before polling, a server
 * writes itself into the source's {@code lease_owner} with {@code if_seq_no}/{@code if_primary_term}
 * of the version it read, so of two servers that read the same free source only one write lands
 * (the other gets 409 and moves on). The lease ends when the poll ends, or by itself at
 * {@code lease_until}: a server that stops mid-poll leaves a lease that another server takes over once
 * it has run out. Leases are taken per poll, so every server polls whatever is due: when one stops,
 * the others simply find its sources due.
 */
public final class SourceLeases {

  private final SourceStore store;
  private final String owner;
  private final Duration ttl;

  public SourceLeases(SourceStore store, String owner, Duration ttl) {
    this.store = store;
    this.owner = owner;
    this.ttl = ttl;
  }

  public String owner() {
    return owner;
  }

  public Duration ttl() {
    return ttl;
  }

  /**
   * The source, leased to this server until {@code now + ttl}; empty when paused, gone, no longer due or
   * held by another.
   */
  public Optional<Source> tryTake(String id, Instant now) {
    Optional<SourceStore.Versioned> read = store.getVersioned(id);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Source s = read.get().source();
    boolean heldByOther = s.leaseOwner() != null && !s.leaseOwner().equals(owner)
        && s.leaseUntil() != null && s.leaseUntil().isAfter(now);
    // Read again under the lease: another server may have polled it since it was listed as due.
    boolean stillDue = s.nextPollAt() == null || !s.nextPollAt().isAfter(now);
    if (s.paused() || heldByOther || !stillDue) {
      return Optional.empty();
    }
    Map<String, Object> lease = Map.of("lease_owner", owner, "lease_until", now.plus(ttl));
    try {
      store.client().update(u -> u.index(store.alias()).id(id).doc(lease)
          .ifSeqNo(read.get().seqNo()).ifPrimaryTerm(read.get().primaryTerm()).refresh(Refresh.True), Source.class);
    } catch (ElasticsearchException | IOException e) {
      if (EsCall.isConflict(e) || (e instanceof ElasticsearchException es && es.status() == 404)) {
        return Optional.empty();
      }
      throw EsCall.failure("lease a source", e);
    }
    return store.get(id);
  }

  /**
   * Writes a poll's outcome and gives the lease up, if it is still this server's (a poll that overran
   * its lease keeps its results but leaves the new holder's lease alone).
   */
  public void finish(String id, Map<String, Object> status) {
    for (int attempt = 0; attempt < 5; attempt++) {
      Optional<SourceStore.Versioned> read = store.getVersioned(id);
      if (read.isEmpty()) {
        return; // removed while it was polled
      }
      Map<String, Object> doc = new HashMap<>(status);
      if (owner.equals(read.get().source().leaseOwner())) {
        doc.put("lease_owner", null);
        doc.put("lease_until", null);
      }
      try {
        store.client().update(u -> u.index(store.alias()).id(id).doc(doc)
            .ifSeqNo(read.get().seqNo()).ifPrimaryTerm(read.get().primaryTerm()).refresh(Refresh.True), Source.class);
        return;
      } catch (ElasticsearchException | IOException e) {
        if (!EsCall.isConflict(e)) {
          if (e instanceof ElasticsearchException es && es.status() == 404) {
            return;
          }
          throw EsCall.failure("record a poll", e);
        }
      }
    }
    throw new IllegalStateException("source " + id + " kept changing while its poll was recorded");
  }
}
