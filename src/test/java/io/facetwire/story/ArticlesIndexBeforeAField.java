package io.facetwire.story;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.Json;
import io.facetwire.engine.IndexBootstrap;
import io.facetwire.engine.IndexNames;
import java.io.IOException;
import java.io.StringReader;

/**
 * An articles index as a version before a mapping field wrote it: today's definition without that field, created under
 * the articles alias as its write index, so the start-up's in-place upgrade and the story look-up meet what an
 * operator's older index holds (the upgrade tests of {@code near_dup_own} and {@code near_dup_words}).
 */
final class ArticlesIndexBeforeAField {

  private ArticlesIndexBeforeAField() {}

  /** Creates it and returns its name. */
  static String create(ElasticsearchClient client, IndexBootstrap bootstrap, IndexNames names, String field)
      throws IOException {
    ObjectNode definition = bootstrap.definition(IndexNames.ARTICLES);
    ((ObjectNode) definition.path("mappings").path("properties")).remove(field);
    String index = names.articles() + "-v" + IndexBootstrap.version(definition);
    String body = Json.mapper().writeValueAsString(definition);
    client.indices().create(c -> c.index(index).withJson(new StringReader(body))
        .aliases(names.articles(), a -> a.isWriteIndex(true)));
    return index;
  }
}
