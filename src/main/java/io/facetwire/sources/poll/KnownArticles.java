package io.facetwire.sources.poll;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.engine.EsCall;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of a feed's items are already articles, so a poll fetches only new pages: one {@code _mget}
 * of ids (no source) per poll. The ids are those {@link io.facetwire.article.ArticleIds} derives from
 * the items' cleaned links; an article stored under a different canonical address than its feed link
 * is remembered by {@link SeenLinks} instead.
 */
final class KnownArticles {

  private final ElasticsearchClient client;
  private final String articlesAlias;

  KnownArticles(ElasticsearchClient client, String articlesAlias) {
    this.client = client;
    this.articlesAlias = articlesAlias;
  }

  Set<String> existing(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    List<String> list = List.copyOf(ids);
    var response = EsCall.run("look up known articles", () -> client.mget(m -> m.index(articlesAlias).ids(list)
        .source(s -> s.fetch(false)), ObjectNode.class));
    Set<String> found = new HashSet<>();
    for (MultiGetResponseItem<ObjectNode> item : response.docs()) {
      if (item.isResult() && item.result().found()) {
        found.add(item.result().id());
      }
    }
    return found;
  }
}
