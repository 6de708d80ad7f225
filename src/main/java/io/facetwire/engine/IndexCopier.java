package io.facetwire.engine;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Copies the documents of one index that match a query into another, page by page: {@code search_after}
 * on the {@code id} field (every Facetwire mapping has one) and one bulk request per page, each
 * document passed through a transformation (re-enrichment, or none).
 */
final class IndexCopier {

  private final ElasticsearchClient client;
  private final int pageSize;

  IndexCopier(ElasticsearchClient client, int pageSize) {
    this.client = client;
    this.pageSize = pageSize;
  }

  /**
   * @param preference which shard copies to read ("_shards:0"), or null for all
   * @return how many documents were written to {@code target}
   */
  long copy(String source, String target, Query query, String preference, UnaryOperator<ObjectNode> transform)
      throws IOException {
    long copied = 0;
    List<FieldValue> after = null;
    while (true) {
      List<FieldValue> cursor = after;
      SearchResponse<ObjectNode> page = client.search(s -> {
        s.index(source).query(query).size(pageSize).trackTotalHits(t -> t.enabled(false))
            .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
        if (preference != null) {
          s.preference(preference);
        }
        if (cursor != null) {
          s.searchAfter(cursor);
        }
        return s;
      }, ObjectNode.class);
      List<Hit<ObjectNode>> hits = page.hits().hits();
      if (hits.isEmpty()) {
        return copied;
      }
      write(target, hits, transform);
      copied += hits.size();
      after = hits.get(hits.size() - 1).sort();
      if (hits.size() < pageSize) {
        return copied;
      }
    }
  }

  private void write(String target, List<Hit<ObjectNode>> hits, UnaryOperator<ObjectNode> transform)
      throws IOException {
    BulkRequest.Builder bulk = new BulkRequest.Builder();
    for (Hit<ObjectNode> hit : hits) {
      ObjectNode doc = transform.apply(hit.source());
      bulk.operations(op -> op.index(i -> i.index(target).id(hit.id()).document(doc)));
    }
    BulkResponse response = client.bulk(bulk.build());
    if (response.errors()) {
      for (BulkResponseItem item : response.items()) {
        if (item.error() != null) {
          throw new IllegalStateException("Copy into " + target + " failed for document " + item.id() + ": "
              + item.error().reason());
        }
      }
    }
  }
}
