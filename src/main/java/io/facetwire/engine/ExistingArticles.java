package io.facetwire.engine;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.article.ArticleFields;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * Articles whose {@code create} met a stored article with the same id: one {@code _mget} per
 * thousand fetches the stored content hashes; identical articles are counted as unchanged, changed
 * ones are written again keeping their original {@code ingested_at}.
 *
 * <p>A fresh article costs nothing here, so a first import pays no lookup at all; only re-imports do.
 *
 * <p>A create sent again after a request that got no answer ({@link RefusedBulks}) may meet the copy its
 * own first try stored. That copy has the same content hash and the very {@code ingested_at} this import
 * sent (to the microsecond), which an article stored by an earlier import has not: it counts as indexed.
 */
final class ExistingArticles {

  static final int BATCH = 1000;

  private final ElasticsearchClient client;
  private final String alias;
  private final AtomicLong indexed;
  private final AtomicLong unchanged;
  private final BiConsumer<ArticleWriter.Pending, Instant> rewrite;
  private final List<Met> waiting = Collections.synchronizedList(new ArrayList<>());

  /** A create that met a stored article; {@code maybeOwnWrite} when it was sent again after no answer. */
  private record Met(ArticleWriter.Pending pending, boolean maybeOwnWrite) {}

  /** @param rewrite writes a changed article again, with the stored ingestion time (or now if unknown) */
  ExistingArticles(ElasticsearchClient client, String alias, AtomicLong indexed, AtomicLong unchanged,
      BiConsumer<ArticleWriter.Pending, Instant> rewrite) {
    this.client = client;
    this.alias = alias;
    this.indexed = indexed;
    this.unchanged = unchanged;
    this.rewrite = rewrite;
  }

  /**
   * Called from the bulk listener when a create answered 409; {@code maybeOwnWrite} when the create was
   * sent again after a request with no answer, whose first try may have stored it.
   */
  void add(ArticleWriter.Pending pending, boolean maybeOwnWrite) {
    waiting.add(new Met(pending, maybeOwnWrite));
  }

  boolean isEmpty() {
    return waiting.isEmpty();
  }

  /** Resolves the waiting articles once a full batch has gathered (or all of them when {@code all}). */
  void resolve(boolean all) {
    while (waiting.size() >= BATCH || (all && !waiting.isEmpty())) {
      List<Met> batch;
      synchronized (waiting) {
        List<Met> head = waiting.subList(0, Math.min(BATCH, waiting.size()));
        batch = new ArrayList<>(head);
        head.clear();
      }
      Map<String, Stored> stored = fetch(batch.stream().map(m -> m.pending().id()).toList());
      for (Met met : batch) {
        ArticleWriter.Pending p = met.pending();
        Stored s = stored.get(p.id());
        if (s != null && s.hash().equals(p.contentHash())) {
          boolean ownWrite = met.maybeOwnWrite() && s.ingestedAt() != null && s.ingestedAt().equals(p.sentIngestedAt());
          (ownWrite ? indexed : unchanged).incrementAndGet();
        } else {
          rewrite.accept(p, s == null ? null : s.ingestedAt());
        }
      }
    }
  }

  private record Stored(String hash, Instant ingestedAt) {}

  private Map<String, Stored> fetch(List<String> ids) {
    Map<String, Stored> result = new HashMap<>();
    try {
      MgetResponse<ObjectNode> response = client.mget(m -> m.index(alias).ids(ids)
          .sourceIncludes(ArticleFields.CONTENT_HASH, ArticleFields.INGESTED_AT), ObjectNode.class);
      for (var doc : response.docs()) {
        if (doc.isResult() && doc.result().found() && doc.result().source() != null) {
          ObjectNode src = doc.result().source();
          String ingested = src.path(ArticleFields.INGESTED_AT).asText(null);
          result.put(doc.result().id(), new Stored(src.path(ArticleFields.CONTENT_HASH).asText(""),
              ingested == null ? null : Instant.parse(ingested)));
        }
      }
    } catch (IOException | RuntimeException e) {
      // Without the stored hashes every article is simply rewritten: slower, never wrong.
      return Map.of();
    }
    return result;
  }
}
