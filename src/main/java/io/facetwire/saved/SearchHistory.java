package io.facetwire.saved;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.GetResponse;
import io.facetwire.engine.EsCall;
import io.facetwire.search.QueryString;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The searches a signed-in user ran, newest first, capped: one document per user holding the list,
 * updated with {@code if_seq_no} so two servers recording at once do not drop an entry. Running the
 * same search again moves it to the top instead of listing it twice.
 */
public final class SearchHistory {

  /** One search as run: its canonical query string and a short description. */
  public record Entry(String queryString, String description, Instant at) {
    public String searchUrl() {
      return QueryString.link("/search", queryString);
    }
  }

  /** The stored document. */
  public record Document(String owner, List<Entry> entries) {}

  private final ElasticsearchClient client;
  private final String alias;
  private final Clock clock;
  private final int cap;

  public SearchHistory(ElasticsearchClient client, String alias, Clock clock, int cap) {
    this.client = client;
    this.alias = alias;
    this.clock = clock;
    this.cap = cap;
  }

  public int cap() {
    return cap;
  }

  public List<Entry> list(String owner) {
    GetResponse<Document> r = read(owner);
    return r.found() && r.source() != null && r.source().entries() != null ? r.source().entries() : List.of();
  }

  public void record(String owner, String queryString, String description) {
    for (int attempt = 0; attempt < 3; attempt++) {
      GetResponse<Document> read = read(owner);
      List<Entry> entries = new ArrayList<>();
      entries.add(new Entry(queryString, description, clock.instant()));
      if (read.found() && read.source() != null && read.source().entries() != null) {
        read.source().entries().stream().filter(e -> !queryString.equals(e.queryString()))
            .limit(cap - 1L).forEach(entries::add);
      }
      Document doc = new Document(owner, entries);
      try {
        if (read.found()) {
          client.index(i -> i.index(alias).id(owner).document(doc).ifSeqNo(read.seqNo()).ifPrimaryTerm(read.primaryTerm()));
        } else {
          client.create(c -> c.index(alias).id(owner).document(doc));
        }
        return;
      } catch (ElasticsearchException | IOException e) {
        if (!EsCall.isConflict(e)) {
          throw EsCall.failure("record a search", e);
        }
      }
    }
  }

  public void clear(String owner) {
    EsCall.run("clear the search history", () -> client.index(i -> i.index(alias).id(owner)
        .document(new Document(owner, List.of()))));
  }

  private GetResponse<Document> read(String owner) {
    return EsCall.run("read the search history", () -> client.get(g -> g.index(alias).id(owner), Document.class));
  }
}
