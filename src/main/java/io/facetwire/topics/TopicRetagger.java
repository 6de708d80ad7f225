package io.facetwire.topics;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.facetwire.article.Article;
import io.facetwire.article.ArticleFields;
import io.facetwire.engine.ArticleScanner;
import io.facetwire.engine.ArticleStore;
import io.facetwire.engine.ArticleWriter;
import io.facetwire.engine.WriteSummary;
import io.facetwire.ingest.Reenricher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import io.facetwire.extract.FacetExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-tags the index with the topic version in use, in steps: each {@link #step} reads a few pages, in id
 * order, of the articles <em>not stamped with that version</em> ({@code topics_version}; articles stored
 * before the stamp existed have none and count as not stamped), re-extracts them as {@code enrich} does
 * ({@link Reenricher#reenrich}: what changed, and the stamp), waits for the writes, and only then stores
 * how far it got in the re-tag state. A server stopped mid-way loses at
 * most the step it was in; the next step, on this server after a restart or on any other one once the
 * lease ran out, goes on from the stored cursor. Re-tagging an article twice is harmless (same tags).
 *
 * <p>Steps run on the server's scheduler, one after another with the other background jobs between
 * them: no thread of its own, and housekeeping or an alert check never waits long behind a re-tag.
 */
public final class TopicRetagger {

  private static final Logger LOG = LoggerFactory.getLogger(TopicRetagger.class);

  /** Pages (of the scanner's size) per step. */
  static final int PAGES_PER_STEP = 4;
  /** The longest a re-tag waits for imports begun with earlier topics (one that never ends must not block it). */
  static final Duration IMPORT_WAIT = Duration.ofMinutes(2);
  /** How long a step's owner may go silent before another server takes the re-tag over. */
  static final Duration LEASE = Duration.ofSeconds(60);

  private final TopicVersionStore store;
  private final LiveTopics live;
  private final ArticleScanner scanner;
  private final ArticleWriter writer;
  private final ArticleStore articles;
  private final Clock clock;
  private final Predicate<FacetExtractor> importsWithOther;
  /** This server's name in the lease: a restarted server is a new owner (it waits out the old lease). */
  private final String owner = UUID.randomUUID().toString();

  public TopicRetagger(TopicVersionStore store, LiveTopics live, ArticleScanner scanner, ArticleWriter writer,
      ArticleStore articles, Clock clock) {
    this(store, live, scanner, writer, articles, clock, e -> false);
  }

  /**
   * @param importsWithOther whether an import on this server still runs with an extractor other than
   *                         the given one: the re-tag starts only after those finished (at most
   *                         {@link #IMPORT_WAIT}), so none of them writes earlier topics behind it
   */
  public TopicRetagger(TopicVersionStore store, LiveTopics live, ArticleScanner scanner, ArticleWriter writer,
      ArticleStore articles, Clock clock, Predicate<FacetExtractor> importsWithOther) {
    this.importsWithOther = importsWithOther;
    this.store = store;
    this.live = live;
    this.scanner = scanner;
    this.writer = writer;
    this.articles = articles;
    this.clock = clock;
  }

  /** The articles a re-tag to {@code version} has to do: every one not stamped with it. */
  static Query notStampedWith(int version) {
    return Query.of(q -> q.bool(b -> b.mustNot(n -> n.term(t -> t.field(ArticleFields.TOPICS_VERSION)
        .value(version)))));
  }

  /** Asks for the index to be re-tagged with {@code version}, from the first article (a newer one wins). */
  public void request(int version) {
    start(version, state -> state.target() >= version && (state.pending() || state.tagged() == version));
  }

  /**
   * Asks for a pass over the articles not stamped with {@code version} (the newest) although the index
   * may count as tagged with it already: an import or {@code enrich} that took earlier topics has written
   * after the last pass went by. A pass to this version under way starts over from the first such
   * article, which costs little: what it did is stamped and no longer matches. A newer version pending
   * covers it.
   */
  public void recheck(int version) {
    start(version, state -> state.target() > version);
  }

  private void start(int version, Predicate<RetagState> coveredAlready) {
    for (int attempt = 0; attempt < 5; attempt++) {
      Optional<TopicVersionStore.Stored> read = store.retag();
      RetagState state = read.map(TopicVersionStore.Stored::state).orElse(RetagState.NONE);
      if (coveredAlready.test(state)) {
        return;
      }
      long toDo = articles.count(notStampedWith(version));
      if (store.putRetag(state.towards(version, toDo, clock.instant()), read.orElse(null))) {
        return;
      }
    }
  }

  /** Does one step if a re-tag is pending and this server may do it; true when more remains. */
  public synchronized boolean step() {
    Optional<TopicVersionStore.Stored> read = store.retag();
    if (read.isEmpty() || !read.get().state().pending()) {
      return false;
    }
    RetagState state = read.get().state();
    LiveTopics.Current current = live.current();
    if (current.version() > state.target()) {
      request(current.version()); // a newer version than the one being tagged: start over with it
      return true;
    }
    if (current.version() < state.target()) {
      return false; // this server has not taken up that version yet: its next refresh will
    }
    Instant now = clock.instant();
    if (state.read() == 0 && state.afterId() == null && importsWithOther.test(current.extractor())
        && (state.startedAt() == null || now.isBefore(state.startedAt().plus(IMPORT_WAIT)))) {
      return false; // an import that took the earlier topics is still writing: start after it (next tick)
    }
    if (state.owner() != null && !state.owner().equals(owner) && state.leaseUntil() != null
        && state.leaseUntil().isAfter(now)) {
      return false; // another server is on it
    }
    RetagState claimed = state.advanced(state.afterId(), 0, 0, 0, owner, now.plus(LEASE));
    if (!store.putRetag(claimed, read.get())) {
      return false;
    }
    Optional<TopicVersionStore.Stored> mine = store.retag();
    if (mine.isEmpty() || !owner.equals(mine.get().state().owner())) {
      return false;
    }
    String after = state.afterId();
    long read0 = 0;
    boolean last = false;
    ArticleWriter.Session session = writer.open();
    for (int p = 0; p < PAGES_PER_STEP && !last; p++) {
      ArticleScanner.Chunk chunk = scanner.pageAfter(after, notStampedWith(current.version()));
      for (Article article : chunk.articles()) {
        Reenricher.reenrich(article, current.extractor(), session);
      }
      read0 += chunk.articles().size();
      if (!chunk.articles().isEmpty()) {
        after = chunk.articles().get(chunk.articles().size() - 1).id();
      }
      last = chunk.last();
    }
    WriteSummary written = session.finish();
    RetagState next = mine.get().state().advanced(after, read0, written.indexed(), written.failures().size(), owner,
        clock.instant().plus(LEASE));
    if (last) {
      next = next.finished(clock.instant());
      LOG.info("Re-tag with topic version {} finished: read {}, updated {}, failed {}", next.tagged(), next.read(),
          next.updated(), next.failed());
    }
    written.failures().forEach(f -> LOG.warn("Re-tag: {}", f));
    store.putRetag(next, mine.get());
    return !last;
  }

  /** Runs steps until none remains (the command line, which has no scheduler); returns the final state. */
  public RetagState runToEnd() {
    while (step()) {
      // each step stores its progress
    }
    return store.retagState();
  }
}
