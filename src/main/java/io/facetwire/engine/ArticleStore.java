package io.facetwire.engine;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.article.Article;
import io.facetwire.article.ArticleIds;
import java.io.IOException;
import java.util.Optional;

/** Reads single articles back from the articles alias. */
public final class ArticleStore {

  private final ElasticsearchClient client;
  private final String alias;
  private final ArticleDocuments documents;

  public ArticleStore(ElasticsearchClient client, String alias, ArticleDocuments documents) {
    this.client = client;
    this.alias = alias;
    this.documents = documents;
  }

  public Optional<Article> get(String id) {
    // An id no article can have is not asked for: past 512 UTF-8 bytes Elasticsearch would refuse to store it, and
    // asking made a request line past the node's 4 KB (500 zero-width spaces in /articles/{id}, 4.5 KB encoded),
    // which the node refused, so the page said 503 "cannot reach Elasticsearch" (session 19; the old bound counted
    // 512 characters, not bytes).
    if (id == null || id.isBlank() || ArticleIds.problem(id) != null) {
      return Optional.empty();
    }
    try {
      // An alias with one write index resolves for GET like the index itself.
      GetResponse<ObjectNode> response = client.get(g -> g.index(alias).id(id), ObjectNode.class);
      return response.found() && response.source() != null
          ? Optional.of(documents.fromDocument(response.source()))
          : Optional.empty();
    } catch (ElasticsearchException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw new EngineUnavailableException("Elasticsearch could not read article " + id + ": "
          + e.getMessage(), e);
    } catch (IOException e) {
      throw new EngineUnavailableException("Elasticsearch is not reachable: " + Engine.describe(e), e);
    }
  }

  public long count() {
    try {
      return client.count(c -> c.index(alias)).count();
    } catch (IOException e) {
      throw new EngineUnavailableException("Elasticsearch is not reachable: " + Engine.describe(e), e);
    }
  }

  /** How many stored articles match {@code query}. */
  public long count(co.elastic.clients.elasticsearch._types.query_dsl.Query query) {
    return EsCall.run("count articles", () -> client.count(c -> c.index(alias).query(query))).count();
  }
}
