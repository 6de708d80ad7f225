package io.facetwire.account;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.facetwire.engine.EsCall;
import io.facetwire.engine.MatchingDeletes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Sessions in their own index, keyed by the digest of the cookie token. */
public final class SessionStore {

  /** A new session: the cookie value (shown once, never stored) and what is stored. */
  public record Created(String token, Session session) {}

  private final ElasticsearchClient client;
  private final String alias;
  private final Clock clock;
  private final Duration lifetime;

  public SessionStore(ElasticsearchClient client, String alias, Clock clock, Duration lifetime) {
    this.client = client;
    this.alias = alias;
    this.clock = clock;
    this.lifetime = lifetime;
  }

  public Duration lifetime() {
    return lifetime;
  }

  public Created create(Account account) {
    String token = Tokens.random();
    Instant now = clock.instant();
    Session session = new Session(account.id(), account.admin(), Tokens.random(), now, now.plus(lifetime));
    EsCall.run("store a session", () -> client.index(i -> i.index(alias).id(Tokens.digest(token))
        .document(session)));
    return new Created(token, session);
  }

  public Optional<Session> find(String token) {
    if (!Tokens.looksValid(token)) {
      return Optional.empty();
    }
    String id = Tokens.digest(token);
    GetResponse<Session> r = EsCall.run("read a session", () -> client.get(g -> g.index(alias).id(id), Session.class));
    if (!r.found() || r.source() == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(r.source().expiresAt())) {
      deleteById(id);
      return Optional.empty();
    }
    return Optional.of(r.source());
  }

  public void delete(String token) {
    if (Tokens.looksValid(token)) {
      deleteById(Tokens.digest(token));
    }
  }

  private void deleteById(String id) {
    EsCall.run("end a session", () -> client.delete(d -> d.index(alias).id(id)));
  }

  /**
   * Ends every session of {@code user} except {@code keepToken} (after a password change), and drops
   * the user's expired ones. Sessions are stored under the digest of their token.
   */
  public void endOthers(String user, String keepToken) {
    // Every one: a sign-in may make one every few seconds for the 14 days a session lives, and what is left here
    // stays signed in (no later call comes back for the rest, as housekeeping's does).
    MatchingDeletes.deleteAll(client, alias, Query.of(q -> q.bool(b -> {
      b.filter(f -> f.term(t -> t.field("user").value(user)));
      if (keepToken != null) {
        b.mustNot(n -> n.ids(i -> i.values(Tokens.digest(keepToken))));
      }
      return b;
    })));
  }
}
