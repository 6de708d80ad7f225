package io.facetwire.topics;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import io.facetwire.engine.EsCall;
import io.facetwire.facet.Facet;
import java.util.HashMap;
import java.util.Map;

/** Articles per topic value in the index: one terms aggregation, no hits. */
final class TopicCounts {

  private final ElasticsearchClient client;
  private final String alias;

  TopicCounts(ElasticsearchClient client, String alias) {
    this.client = client;
    this.alias = alias;
  }

  Map<String, Long> byTopic() {
    Map<String, Long> out = new HashMap<>();
    EsCall.run("count articles per topic", () -> client.search(s -> s.index(alias).size(0)
        .aggregations("topics", a -> a.terms(t -> t.field(Facet.TOPIC.field()).size(1000))), Void.class))
        .aggregations().get("topics").sterms().buckets().array()
        .forEach((StringTermsBucket b) -> out.put(b.key().stringValue(), b.docCount()));
    return out;
  }
}
