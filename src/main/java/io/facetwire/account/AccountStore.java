package io.facetwire.account;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import io.facetwire.engine.EsCall;
import io.facetwire.engine.Versioned;
import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Accounts in their own index. Account documents are keyed {@code user:<email>} and created with
 * {@code op_type=create}; the "first account is admin" rule is a claim document created the same way,
 * so exactly one sign-up wins it even with several servers signing people up at once.
 */
public final class AccountStore {

  private static final String FIRST_ADMIN_CLAIM = "claim:first-admin";

  private final ElasticsearchClient client;
  private final String alias;

  public AccountStore(ElasticsearchClient client, String alias) {
    this.client = client;
    this.alias = alias;
  }

  private static String docId(String email) {
    return "user:" + email;
  }

  public Optional<Versioned<Account>> find(String email) {
    if (email == null || email.isEmpty() || email.length() > Account.MAX_EMAIL_LENGTH) {
      return Optional.empty();
    }
    GetResponse<Account> r = EsCall.run("read an account",
        () -> client.get(g -> g.index(alias).id(docId(email)), Account.class));
    if (!r.found() || r.source() == null) {
      return Optional.empty();
    }
    return Optional.of(new Versioned<>(r.source(), r.seqNo(), r.primaryTerm()));
  }

  /** False when an account with this email exists already. */
  public boolean create(Account account) {
    return createDocument(docId(account.email()), account);
  }

  /** True for exactly one caller ever: the first account to sign up (when no admin email is set). */
  public boolean claimFirstAdmin(String email, Instant now) {
    return createDocument(FIRST_ADMIN_CLAIM, Map.of("email", email, "created_at", now.toString()));
  }

  private boolean createDocument(String id, Object document) {
    try {
      client.create(c -> c.index(alias).id(id).document(document));
      return true;
    } catch (ElasticsearchException | IOException e) {
      if (EsCall.isConflict(e)) {
        return false;
      }
      throw EsCall.failure("create an account", e);
    }
  }

  /** Writes {@code updated} only if the stored account is still {@code read}; false on a conflict. */
  public boolean replace(Versioned<Account> read, Account updated) {
    try {
      client.index(i -> i.index(alias).id(docId(updated.email())).document(updated)
          .ifSeqNo(read.seqNo()).ifPrimaryTerm(read.primaryTerm()));
      return true;
    } catch (ElasticsearchException | IOException e) {
      if (EsCall.isConflict(e)) {
        return false;
      }
      throw EsCall.failure("update an account", e);
    }
  }

  /** Several accounts in one request (alert delivery needs every owner's webhook). */
  public Map<String, Account> findAll(Collection<String> emails) {
    Map<String, Account> found = new HashMap<>();
    if (emails.isEmpty()) {
      return found;
    }
    List<String> ids = emails.stream().map(AccountStore::docId).toList();
    MgetResponse<Account> r = EsCall.run("read accounts",
        () -> client.mget(m -> m.index(alias).ids(ids), Account.class));
    for (var doc : r.docs()) {
      if (doc.isResult() && doc.result().found() && doc.result().source() != null) {
        Account a = doc.result().source();
        found.put(a.email(), a);
      }
    }
    return found;
  }
}
