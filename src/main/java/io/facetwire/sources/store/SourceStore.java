package io.facetwire.sources.store;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.facetwire.engine.EsCall;
import io.facetwire.sources.extract.CanonicalUrl;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sources in their own index ({@code index-mappings/sources.json}). The id comes from the address, so
 * one feed cannot be added twice (the create fails), by any admin on any server. Admin changes and
 * poll results are partial updates of their own fields, so neither undoes the other.
 */
public final class SourceStore {

  /** More sources than any newsroom follows by hand; the admin page and the scheduler read them all. */
  public static final int MAX_SOURCES = 5000;

  /** A second source with the same address. */
  public static final class DuplicateSource extends RuntimeException {
    public DuplicateSource(String message) {
      super(message);
    }
  }

  private final ElasticsearchClient client;
  private final String alias;
  private final Clock clock;

  public SourceStore(ElasticsearchClient client, String alias, Clock clock) {
    this.client = client;
    this.alias = alias;
    this.clock = clock;
  }

  public String alias() {
    return alias;
  }

  /**
   * Whether {@code id} can name a source: {@link #idFor}'s 16 hex digits. Anything else (an admin's URL holds the
   * id) is not asked for: 5,000 characters made a request line past the node's 4 KB, a 503 "cannot reach
   * Elasticsearch" (session 19).
   */
  static boolean isId(String id) {
    return id != null && id.length() == 16 && id.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
  }

  public static String idFor(String url) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(CanonicalUrl.clean(url).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Adds a source (checked by {@link SourceInput} first); its first poll is due at once. */
  public Source add(String name, String url, int intervalMinutes, String createdBy) {
    String clean = url.strip();
    Source source = Source.added(idFor(clean), name.strip(), clean, intervalMinutes, createdBy, clock.instant());
    try {
      client.create(c -> c.index(alias).id(source.id()).document(source).refresh(Refresh.True));
    } catch (ElasticsearchException | java.io.IOException e) {
      if (EsCall.isConflict(e)) {
        String existing = get(source.id()).map(Source::name).orElse("another source");
        throw new DuplicateSource("That address is already a source: " + existing + ".");
      }
      throw EsCall.failure("add a source", e);
    }
    return source;
  }

  public Optional<Source> get(String id) {
    if (!isId(id)) {
      return Optional.empty();
    }
    GetResponse<Source> r = EsCall.run("read a source", () -> client.get(g -> g.index(alias).id(id), Source.class));
    return r.found() ? Optional.ofNullable(r.source()) : Optional.empty();
  }

  /** With its sequence number and primary term, for a conditional write (the lease). */
  public record Versioned(Source source, long seqNo, long primaryTerm) {}

  public Optional<Versioned> getVersioned(String id) {
    if (!isId(id)) {
      return Optional.empty();
    }
    GetResponse<Source> r = EsCall.run("read a source", () -> client.get(g -> g.index(alias).id(id), Source.class));
    if (!r.found() || r.source() == null) {
      return Optional.empty();
    }
    return Optional.of(new Versioned(r.source(), r.seqNo(), r.primaryTerm()));
  }

  public List<Source> list() {
    return EsCall.run("list sources", () -> client.search(s -> s.index(alias).size(MAX_SOURCES)
        .sort(o -> o.field(f -> f.field("name").order(SortOrder.Asc))), Source.class))
        .hits().hits().stream().map(Hit::source).toList();
  }

  /** Sources not paused whose next poll is due by {@code now}, soonest first. */
  public List<Source> due(Instant now, int max) {
    return EsCall.run("find sources due", () -> client.search(s -> s.index(alias).size(max)
        .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("paused").value(false)))
            .filter(f -> f.range(r -> r.date(d -> d.field("next_poll_at").lte(now.toString()))))))
        .sort(o -> o.field(f -> f.field("next_poll_at").order(SortOrder.Asc))), Source.class))
        .hits().hits().stream().map(Hit::source).toList();
  }

  /** Finds a source by id, exact address or exact name (what a CLI user types). */
  public Optional<Source> find(String idUrlOrName) {
    String key = idUrlOrName.strip();
    Optional<Source> byId = key.matches("[0-9a-f]{16}") ? get(key) : Optional.empty();
    if (byId.isPresent()) {
      return byId;
    }
    if (key.startsWith("http://") || key.startsWith("https://")) {
      return get(idFor(key));
    }
    return list().stream().filter(s -> s.name().equalsIgnoreCase(key)).findFirst();
  }

  public boolean remove(String id) {
    if (!isId(id)) {
      return false;
    }
    return EsCall.run("remove a source", () -> client.delete(d -> d.index(alias).id(id).refresh(Refresh.True)))
        .result() == co.elastic.clients.elasticsearch._types.Result.Deleted;
  }

  /** Pausing stops polls; resuming makes the next poll due at once (and forgets the backoff). */
  public boolean setPaused(String id, boolean paused) {
    Map<String, Object> doc = new HashMap<>();
    doc.put("paused", paused);
    if (!paused) {
      doc.put("next_poll_at", clock.instant());
      doc.put("failures", 0);
    }
    return update(id, doc);
  }

  /** "Poll now": the scheduler picks the source up at its next tick. */
  public boolean pollSoon(String id) {
    return update(id, Map.of("next_poll_at", clock.instant()));
  }

  public boolean update(String id, Map<String, Object> fields) {
    if (!isId(id)) {
      return false;
    }
    try {
      client.update(u -> u.index(alias).id(id).doc(fields).retryOnConflict(3).refresh(Refresh.True), Source.class);
      return true;
    } catch (ElasticsearchException e) {
      if (e.status() == 404) {
        return false;
      }
      throw EsCall.failure("update a source", e);
    } catch (java.io.IOException e) {
      throw EsCall.failure("update a source", e);
    }
  }

  ElasticsearchClient client() {
    return client;
  }
}
