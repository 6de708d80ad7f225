package io.facetwire.engine;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.facetwire.article.Article;
import io.facetwire.article.RecordError;
import io.facetwire.engine.bulk.BulkWrite;
import io.facetwire.story.StoryGrouping;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes articles to the articles alias in bulk ({@link BulkRequests}: the documents' bytes as NDJSON
 * through the low-level client): no per-document request, no per-document refresh, two bulk requests in
 * flight so both cores work.
 *
 * <p>Each article is written with {@code create}, which Elasticsearch refuses (409) when the id is
 * already stored: only those are looked up ({@link ExistingArticles}, one {@code _mget} per thousand,
 * fetching the content hash) and are counted as unchanged or rewritten with their original
 * {@code ingested_at}. A first import thus pays for no lookups at all.
 *
 * <p>The caller's thread only collects batches (it is busy reading and extracting); a
 * {@link WriterThread} per session serializes each article once (content hash and document from the
 * same bytes) and hands the documents to the bulk requests, so reading and extraction go on while
 * Elasticsearch indexes. What became of each write is {@link BulkOutcomes}' business.
 */
public final class ArticleWriter {

  private static final int BATCH_SIZE = 1000;
  /** Batches handed over but not yet written: enough to keep the writer busy, little memory. */
  private static final int BATCHES_AHEAD = 2;

  private final ElasticsearchClient client;
  private final BulkSender bulk;
  private final String alias;
  private final ArticleDocuments documents;
  private final Clock clock;
  private final StoryGrouping stories;
  private final RefreshPause refreshPause;

  /** @param bulk sends the bulk requests (the low-level client under {@code client}) */
  public ArticleWriter(ElasticsearchClient client, BulkSender bulk, String alias, ArticleDocuments documents,
      Clock clock) {
    this.client = client;
    this.bulk = bulk;
    this.alias = alias;
    this.documents = documents;
    this.clock = clock;
    this.stories = new StoryGrouping(client, alias);
    this.refreshPause = new RefreshPause(client, alias);
  }

  /** The refresh slowed while big imports write (one per writer, shared by its sessions). */
  public RefreshPause refreshPause() {
    return refreshPause;
  }

  /** Where a record came from, so a failure reported by Elasticsearch names it. */
  public record Origin(String file, String location, int line) {}

  public Session open() {
    return new Session();
  }

  /** An article handed to the writer, not grouped or written yet. */
  private record Added(Article article, Origin origin) {}

  /**
   * An article sent: its id, where it came from, its stored document (with the content hash a 409 is
   * compared with) and the {@code ingested_at} it was sent with (a 409 met by a request sent again is told
   * from an article stored before by it: see {@link ExistingArticles}).
   *
   * <p>It holds the document's bytes only, the very array its bulk operation sends, and not the article:
   * a changed re-import's rewrite is the same document with the stored {@code ingested_at}
   * ({@link ArticleDocuments.Stored#ingestedAt}). What every article in flight holds until its request is
   * answered lives across young collections; session 15 kept the article, its encoded bytes and the
   * document.
   */
  record Pending(String id, Origin origin, ArticleDocuments.Stored document, Instant sentIngestedAt) {
    String contentHash() {
      return document.contentHash();
    }
  }

  /** One import: add articles, then {@link #finish} to flush, wait and make them searchable. */
  public final class Session {
    private List<Added> batch = new ArrayList<>(BATCH_SIZE);
    private final WriterThread<Added> writer = new WriterThread<>(BATCHES_AHEAD, this::write);
    /** Set once this session holds the {@link RefreshPause} (it got past its first full batch). */
    private boolean holdsRefreshPause;
    private final BulkOutcomes outcomes = new BulkOutcomes(client, bulk, alias, this::rewrite);
    private final BulkRequests requests = new BulkRequests(bulk, alias, outcomes);
    private final StoryGrouping.Session grouping = stories.open();

    private Session() {}

    /** Adds an article that already has its stable id and facets. */
    public void add(Article article, Origin origin) {
      Throwable lost = outcomes.lost();
      if (lost != null) {
        throw new EngineUnavailableException("Elasticsearch stopped answering: " + Engine.describe(lost), lost);
      }
      batch.add(new Added(article, origin));
      if (batch.size() >= BATCH_SIZE) {
        handOver();
      }
    }

    /** A record that never reached the writer (unreadable input) still belongs in the summary. */
    public void fail(RecordError error) {
      outcomes.fail(error);
    }

    public long indexedSoFar() {
      return outcomes.indexed();
    }

    public long unchangedSoFar() {
      return outcomes.unchanged();
    }

    public int failedSoFar() {
      return outcomes.failed();
    }

    /** What is known so far, for a summary when the import cannot finish. */
    public WriteSummary soFar() {
      return outcomes.soFar();
    }

    private void handOver() {
      if (!writer.started()) {
        // A thousand articles and more to come: worth the two settings requests of a slower refresh.
        refreshPause.hold();
        holdsRefreshPause = true;
      }
      writer.handOver(batch);
      batch = new ArrayList<>(BATCH_SIZE);
    }

    private void write(List<Added> batch) {
      List<StoryGrouping.Grouped> grouped = grouping.assign(batch.stream().map(Added::article).toList());
      // The same id twice in one batch: the later record wins, the earlier one was a no-op.
      Map<String, Integer> lastById = new LinkedHashMap<>();
      for (int i = 0; i < batch.size(); i++) {
        if (lastById.put(grouped.get(i).article().id(), i) != null) {
          outcomes.unchangedWithoutWrite();
        }
      }
      Instant now = clock.instant();
      for (int i : lastById.values()) {
        StoryGrouping.Grouped g = grouped.get(i);
        ArticleDocuments.Stored doc = documents.stored(g.article(), g.keys(), now);
        String id = g.article().id();
        requests.add(new BulkItem(BulkWrite.create(id, doc.bytes()), new Pending(id, batch.get(i).origin(), doc, now)));
      }
      outcomes.resolveExisting();
    }

    /** A stored article whose content changed: written over, keeping when it was first ingested. */
    private void rewrite(Pending p, Instant storedIngestedAt) {
      Instant ingestedAt = storedIngestedAt != null ? storedIngestedAt : clock.instant();
      ArticleDocuments.Stored doc = p.document().ingestedAt(ingestedAt);
      requests.add(new BulkItem(BulkWrite.index(p.id(), doc.bytes()), new Pending(p.id(), p.origin(), doc, ingestedAt)));
    }

    /** Flushes, waits for every bulk request, refreshes, and tells what happened. */
    public WriteSummary finish() {
      try {
        settle();
      } finally {
        if (holdsRefreshPause) {
          holdsRefreshPause = false;
          refreshPause.release();
        }
      }
      try {
        client.indices().refresh(r -> r.index(alias));
      } catch (IOException e) {
        throw new EngineUnavailableException("Refresh of " + alias + " failed: " + Engine.describe(e), e);
      }
      return outcomes.summary();
    }

    private void settle() {
      if (!writer.started()) {
        write(batch);  // A small import (one HTTP request): no thread needed.
      } else {
        if (!batch.isEmpty()) {
          writer.handOver(batch);
        }
        batch = List.of();
        writer.finish();
      }
      outcomes.settle(requests);
    }
  }
}
