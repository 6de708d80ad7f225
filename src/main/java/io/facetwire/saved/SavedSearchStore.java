package io.facetwire.saved;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.Result;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.facetwire.account.Tokens;
import io.facetwire.engine.EngineUnavailableException;
import io.facetwire.engine.EsCall;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Saved searches in their own index. Every owner operation is scoped to an owner: a saved search that
 * belongs to someone else is reported as absent, never as forbidden. Changes are partial updates of
 * the fields they concern, so a rename and an alert check landing together do not undo each other.
 *
 * <p>User-facing writes use {@code refresh=wait_for} so the page a user is redirected to shows the change.
 */
public final class SavedSearchStore {

  private static final SecureRandom RANDOM = new SecureRandom();
  /**
   * One account keeps at most this many; more than anyone keeps by hand. Saving one more is refused,
   * so the list (which shows them all) never hides one and the alerts' work per account is bounded.
   */
  public static final int MAX_PER_OWNER = 500;

  /** Saving was refused: the account already keeps the most it may. */
  public static final class LimitReached extends RuntimeException {
    public LimitReached(int max) {
      super("You keep " + max + " saved searches, the most one account can. Delete one to save another.");
    }
  }

  private final ElasticsearchClient client;
  private final String alias;
  private final Clock clock;
  private final int maxPerOwner;

  public SavedSearchStore(ElasticsearchClient client, String alias, Clock clock) {
    this(client, alias, clock, MAX_PER_OWNER);
  }

  /** With another limit per account (tests). */
  public SavedSearchStore(ElasticsearchClient client, String alias, Clock clock, int maxPerOwner) {
    this.client = client;
    this.alias = alias;
    this.maxPerOwner = maxPerOwner;
    this.clock = clock;
  }

  /** Saves a new search; {@link LimitReached} when the owner already keeps the most one may. */
  public SavedSearch create(String owner, String name, String queryString) {
    return create(owner, name, queryString, null).search();
  }

  /** What a save did: stored a new search, or found the one an earlier submission of the same form stored. */
  public record Saved(SavedSearch search, boolean already) {}

  /**
   * Saves a new search once per form: {@code once} is the random value the search page put in its save form. A
   * double click, a resubmission after a slow answer or a retried request carries the same value, and the
   * search's id is derived from it and the owner, so Elasticsearch's create (which refuses an id that exists)
   * keeps exactly one however the submissions interleave; the later ones find it. Without a usable {@code once}
   * (an older page, a hand-made request) every save is new, as before.
   */
  public Saved create(String owner, String name, String queryString, String once) {
    // One save at a time per owner (session 27): the count and the write are one step. Within this process; servers
    // of one cluster could still each add one at the limit.
    return OneChangeAtATime.ofOwner(alias, owner, () -> createAlone(owner, name, queryString, once));
  }

  private Saved createAlone(String owner, String name, String queryString, String once) {
    long kept = EsCall.run("count saved searches", () -> client.count(c -> c.index(alias)
        .query(q -> q.term(t -> t.field("owner").value(owner))))).count();
    String onceId = SaveOnce.idFor(owner, once);
    if (onceId != null) {
      Optional<SavedSearch> earlier = get(owner, onceId);
      if (earlier.isPresent()) {
        return new Saved(earlier.get(), true);
      }
    }
    if (kept >= maxPerOwner) {
      throw new LimitReached(maxPerOwner);
    }
    String id = onceId != null ? onceId : newId();
    Instant now = clock.instant();
    SavedSearch saved = new SavedSearch(id, owner, cleanName(name), queryString, now, now, null, null,
        null, Tokens.random(), false, null, null);
    try {
      client.create(c -> c.index(alias).id(id).document(saved).refresh(Refresh.True));
    } catch (ElasticsearchException | java.io.IOException e) {
      if (onceId != null && EsCall.isConflict(e)) {
        // The same form's other submission stored it between our look and our create.
        Optional<SavedSearch> earlier = get(owner, onceId);
        if (earlier.isPresent()) {
          return new Saved(earlier.get(), true);
        }
      }
      throw EsCall.failure("save a search", e);
    }
    return new Saved(saved, false);
  }

  public List<SavedSearch> list(String owner) {
    return EsCall.run("list saved searches", () -> client.search(s -> s.index(alias)
            .query(q -> q.term(t -> t.field("owner").value(owner)))
            .sort(o -> o.field(f -> f.field("updated_at").order(SortOrder.Desc)))
            .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)))
            .size(maxPerOwner), SavedSearch.class))
        .hits().hits().stream().map(Hit::source).toList();
  }

  public Optional<SavedSearch> get(String owner, String id) {
    if (owner == null || id == null || id.isBlank() || id.length() > 64) {
      return Optional.empty();
    }
    GetResponse<SavedSearch> response = EsCall.run("read a saved search",
        () -> client.get(g -> g.index(alias).id(id), SavedSearch.class));
    if (!response.found() || response.source() == null || !owner.equals(response.source().owner())) {
      return Optional.empty();
    }
    return Optional.of(response.source());
  }

  public boolean rename(String owner, String id, String newName) {
    String name = cleanName(newName);
    return update(owner, id, Map.of("name", name, "updated_at", clock.instant()));
  }

  /** Replaces name and search (already canonical); "new since" keeps counting from the last visit. */
  public boolean edit(String owner, String id, String newName, String queryString) {
    String name = cleanName(newName);
    return update(owner, id, Map.of("name", name, "query_string", queryString, "updated_at", clock.instant()));
  }

  /**
   * Records a visit: from now on only later articles count as new. Returns the saved search as it was
   * before, whose {@link SavedSearch#seenUntil()} tells which hits to highlight on this visit.
   */
  public Optional<SavedSearch> markSeen(String owner, String id) {
    Optional<SavedSearch> before = get(owner, id);
    before.ifPresent(s -> {
      try {
        // The time is taken in turn, so the marks of several tabs land in the order of their times.
        OneChangeAtATime.ofSearch(alias, id, () -> {
          Instant now = clock.instant();
          return partialUpdate(id, Map.of("last_seen_at", now, "last_run_at", now));
        });
      } catch (ChangedMeanwhile e) {
        // Session 26: the page opened in several tabs at once (or reloaded while it loads) made their marks collide
        // past the update's retries, and the visit was a 503 "cannot reach Elasticsearch". A mark that still loses
        // (to another server's visit, or waits too long here) is let stand: the winner wrote "now" as well.
      }
    });
    return before;
  }

  /**
   * Takes a visit's mark back (session 28): the page it marked was cut by its time budget, so it may not have shown
   * every new match, and they stay new for the next visit. It only ever moves the mark back (a visit in another tab
   * meanwhile is taken back too): a match may be shown new twice, never not at all. A write lost to another writer
   * (another server's visit, the alert job) is tried again, since losing would leave the mark moved on; a page view is
   * never answered "changed meanwhile" for it (session 33: it was a 409 for merely reading the page).
   */
  public void unmarkSeen(SavedSearch before) {
    for (int attempt = 1; ; attempt++) {
      try {
        OneChangeAtATime.ofSearch(alias, before.id(),
            () -> partialUpdate(before.id(), Map.of("last_seen_at", before.seenUntil())));
        return;
      } catch (ChangedMeanwhile e) {
        if (attempt == UNMARK_ATTEMPTS) {
          LOG.warn("saved search {}: a cut page's visit mark could not be taken back after {} tries", before.id(),
              UNMARK_ATTEMPTS);
          return;
        }
      }
    }
  }

  /** Each attempt already retries the update on conflict three times inside Elasticsearch. */
  private static final int UNMARK_ATTEMPTS = 5;

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SavedSearchStore.class);

  public boolean delete(String owner, String id) {
    if (get(owner, id).isEmpty()) {
      return false;
    }
    // Two deletes of one search at once (two tabs, a double click) both find it above: the one that finds it gone
    // in Elasticsearch says so, as a 404, instead of both saying "deleted".
    try {
      return EsCall.run("delete a saved search", () -> client.delete(d -> d.index(alias).id(id).refresh(Refresh.True)))
          .result() != Result.NotFound;
    } catch (EngineUnavailableException e) {
      if (isMissing(e)) {
        return false;
      }
      throw e;
    }
  }

  /** A new share link (replacing any old one), or with {@code on=false} none: old links stop working. */
  public boolean setShared(String owner, String id, boolean on) {
    return update(owner, id, nullable("share_token", on ? Tokens.random() : null));
  }

  /** A new feed URL (replacing the old one), or with {@code on=false} no feed at all. */
  public boolean setFeed(String owner, String id, boolean on) {
    return update(owner, id, nullable("feed_token", on ? Tokens.random() : null));
  }

  /** Alerts on: only articles ingested from now on are alerted, not the whole back catalogue. */
  public boolean setAlerts(String owner, String id, boolean on) {
    return OneChangeAtATime.ofSearch(alias, id, () -> {
      Optional<SavedSearch> current = get(owner, id);
      if (current.isEmpty()) {
        return false;
      }
      Map<String, Object> doc = new HashMap<>();
      doc.put("alerts", on);
      if (on && !current.get().alerts()) {
        doc.put("alert_watermark", clock.instant());
      }
      return partialUpdate(id, doc);
    });
  }

  public Optional<SavedSearch> findByShareToken(String token) {
    return findByToken("share_token", token);
  }

  public Optional<SavedSearch> findByFeedToken(String token) {
    return findByToken("feed_token", token);
  }

  private Optional<SavedSearch> findByToken(String field, String token) {
    if (!Tokens.looksValid(token)) {
      return Optional.empty();
    }
    SearchResponse<SavedSearch> r = EsCall.run("find a saved search", () -> client.search(s -> s.index(alias)
        .query(q -> q.term(t -> t.field(field).value(token))).size(1), SavedSearch.class));
    return r.hits().hits().stream().map(Hit::source)
        .filter(s -> Tokens.same(token, "share_token".equals(field) ? s.shareToken() : s.feedToken()))
        .findFirst();
  }

  /**
   * One page of the saved searches with alerts on, at most {@code size}, after {@code after} (null: the first page).
   * In owner order, then id (unique, so search_after on them is a stable order without a point in time): an owner's
   * searches come together, so a check reading page by page still sends each owner one alert. A search created
   * meanwhile before the cursor is checked by the next check; nothing of it is lost (its watermark is its start).
   */
  public List<SavedSearch> alertingPage(SavedSearch after, int size) {
    return EsCall.run("list alerting searches", () -> client.search(s -> {
      s.index(alias).query(q -> q.term(t -> t.field("alerts").value(true)))
          .sort(o -> o.field(f -> f.field("owner").order(SortOrder.Asc)))
          .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)))
          .size(size).trackTotalHits(t -> t.enabled(false));
      if (after != null) {
        s.searchAfter(FieldValue.of(after.owner()), FieldValue.of(after.id()));
      }
      return s;
    }, SavedSearch.class)).hits().hits().stream().map(Hit::source).toList();
  }

  /**
   * The outcome of one alert delivery on each saved search it covered, in one bulk request: its status,
   * and on success the new watermark. Not owner-scoped: internal.
   *
   * @param status        null: nothing was sent, only the watermarks move (matches that were not new)
   * @param newWatermarks saved search id to its new watermark, or to null to keep the old one
   */
  public void recordAlerts(SavedSearch.AlertStatus status, Map<String, Instant> newWatermarks) {
    List<BulkOperation> ops = new ArrayList<>();
    newWatermarks.forEach((id, watermark) -> {
      Map<String, Object> doc = new HashMap<>();
      if (status != null) {
        doc.put("alert_status", status); // null: only the watermark moves (nothing was sent)
      }
      if (watermark != null) {
        doc.put("alert_watermark", watermark);
      }
      ops.add(BulkOperation.of(b -> b.update(u -> u.index(alias).id(id).retryOnConflict(3)
          .action(a -> a.doc(doc)))));
    });
    if (ops.isEmpty()) {
      return;
    }
    // Refreshed: the next check lists alerting searches with a search, and two imports (or polls) that end
    // within one refresh interval would otherwise both see the old watermark and alert twice.
    BulkResponse response = EsCall.run("record alert deliveries",
        () -> client.bulk(b -> b.operations(ops).refresh(Refresh.True)));
    for (BulkResponseItem item : response.items()) {
      // A search its owner deleted while its alert was being sent has no watermark left to move.
      if (item.error() != null && item.status() != 404) {
        throw new EngineUnavailableException("Elasticsearch refused to record the alert of saved search "
            + item.id() + ": " + item.error().reason(), null);
      }
    }
  }

  /** Changes a saved search of {@code owner}; false (and nothing changed) if there is none with this id. */
  private boolean update(String owner, String id, Map<String, Object> doc) {
    return OneChangeAtATime.ofSearch(alias, id, () -> get(owner, id).isPresent() && partialUpdate(id, doc));
  }

  /**
   * Owner-facing changes: refreshed, so the lists the owner sees next show them. False when the search is gone:
   * its owner deleted it in another tab between the look-up and this write (session 19: a rename racing a delete
   * was a 503 "cannot reach Elasticsearch" from the update's document_missing_exception; now the route's 404).
   * An update never creates the document again (no upsert), so a deleted search stays deleted.
   */
  private boolean partialUpdate(String id, Map<String, Object> doc) {
    try {
      EsCall.run("update a saved search", () -> client.update(u -> u.index(alias).id(id).doc(doc)
          .retryOnConflict(3).refresh(Refresh.True), SavedSearch.class));
      return true;
    } catch (EngineUnavailableException e) {
      if (isMissing(e)) {
        return false;
      }
      if (isConflict(e)) {
        throw new ChangedMeanwhile();
      }
      throw e;
    }
  }

  /** Elasticsearch answered 409: other writes of the same document won each of the update's tries. */
  private static boolean isConflict(EngineUnavailableException e) {
    return e.getCause() instanceof ElasticsearchException es && es.status() == 409;
  }

  /** Elasticsearch answered 404 for the document: it is not there (any more). */
  private static boolean isMissing(EngineUnavailableException e) {
    return e.getCause() instanceof ElasticsearchException es && es.status() == 404;
  }

  private static Map<String, Object> nullable(String field, Object value) {
    Map<String, Object> doc = new HashMap<>();
    doc.put(field, value);
    return doc;
  }

  /** Names are free text for people; trimmed, bounded, never without a visible character ({@link SavedSearch#name}). */
  static String cleanName(String name) {
    String n = SavedSearch.name(name);
    if (n == null) {
      throw new IllegalArgumentException("A saved search needs a name.");
    }
    return n;
  }

  /** Unguessable ids: knowing one saved search's id says nothing about another's. */
  private static String newId() {
    byte[] bytes = new byte[15];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
