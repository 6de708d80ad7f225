package io.facetwire.saved;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.facetwire.engine.EngineUnavailableException;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Saved searches in their own index. Every operation is scoped to an owner: a saved search that
 * belongs to someone else is reported as absent, never as forbidden.
 *
 * <p>Writes use {@code refresh=wait_for} so the list a user is redirected to already shows the change.
 */
public final class SavedSearchStore {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ElasticsearchClient client;
  private final String alias;
  private final Clock clock;

  public SavedSearchStore(ElasticsearchClient client, String alias, Clock clock) {
    this.client = client;
    this.alias = alias;
    this.clock = clock;
  }

  public SavedSearch create(String owner, String name, String queryString) {
    String id = newId();
    Instant now = clock.instant();
    SavedSearch saved = new SavedSearch(id, owner, cleanName(name), queryString, now, now, null);
    call(() -> client.create(c -> c.index(alias).id(id).document(saved).refresh(Refresh.WaitFor)));
    return saved;
  }

  public List<SavedSearch> list(String owner) {
    return call(() -> client.search(s -> s.index(alias)
            .query(q -> q.term(t -> t.field("owner").value(owner)))
            .sort(o -> o.field(f -> f.field("updated_at").order(SortOrder.Desc)))
            .size(500), SavedSearch.class))
        .hits().hits().stream().map(Hit::source).toList();
  }

  public Optional<SavedSearch> get(String owner, String id) {
    if (id == null || id.isBlank() || id.length() > 64) {
      return Optional.empty();
    }
    GetResponse<SavedSearch> response = call(() -> client.get(g -> g.index(alias).id(id), SavedSearch.class));
    if (!response.found() || response.source() == null || !owner.equals(response.source().owner())) {
      return Optional.empty();
    }
    return Optional.of(response.source());
  }

  public Optional<SavedSearch> rename(String owner, String id, String newName) {
    return get(owner, id).map(s -> {
      SavedSearch renamed = new SavedSearch(s.id(), s.owner(), cleanName(newName), s.queryString(),
          s.createdAt(), clock.instant(), s.lastRunAt());
      put(renamed);
      return renamed;
    });
  }

  /** Records that the owner ran it now; returns it so the caller can redirect to its search. */
  public Optional<SavedSearch> markRun(String owner, String id) {
    return get(owner, id).map(s -> {
      SavedSearch run = new SavedSearch(s.id(), s.owner(), s.name(), s.queryString(), s.createdAt(),
          s.updatedAt(), clock.instant());
      put(run);
      return run;
    });
  }

  public boolean delete(String owner, String id) {
    if (get(owner, id).isEmpty()) {
      return false;
    }
    call(() -> client.delete(d -> d.index(alias).id(id).refresh(Refresh.WaitFor)));
    return true;
  }

  private void put(SavedSearch s) {
    call(() -> client.index(i -> i.index(alias).id(s.id()).document(s).refresh(Refresh.WaitFor)));
  }

  /** Names are free text for people; trimmed, bounded, never empty. */
  static String cleanName(String name) {
    String n = name == null ? "" : name.strip().replaceAll("\\s+", " ");
    if (n.isEmpty()) {
      throw new IllegalArgumentException("A saved search needs a name.");
    }
    return n.length() > SavedSearch.MAX_NAME_LENGTH ? n.substring(0, SavedSearch.MAX_NAME_LENGTH) : n;
  }

  /** Unguessable ids: knowing one saved search's id says nothing about another's. */
  private static String newId() {
    byte[] bytes = new byte[15];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private interface EsCall<T> {
    T run() throws IOException;
  }

  private static <T> T call(EsCall<T> call) {
    try {
      return call.run();
    } catch (ElasticsearchException e) {
      throw new EngineUnavailableException("Elasticsearch refused a saved-search operation: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new EngineUnavailableException("Elasticsearch is not reachable: " + e.getMessage(), e);
    }
  }
}
