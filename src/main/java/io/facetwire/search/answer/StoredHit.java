package io.facetwire.search.answer;

import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One hit of a search response: its id, stored fields, highlighted fragments by field, and the inner
 * hits of its story ({@code inner_hits}) by name.
 */
public record StoredHit(String id, StoredFields source, Map<String, List<String>> highlight,
    Map<String, InnerHits> innerHits) {

  /** A collapsed hit's other hits: the first few, and how many there are ({@code total}, null when not counted). */
  public record InnerHits(List<StoredHit> hits, Long total) {}

  /** The same hit from the client's typed response (saved searches, alerts, exports, related articles). */
  public static StoredHit of(Hit<ObjectNode> hit) {
    Map<String, InnerHits> inner = new java.util.LinkedHashMap<>();
    hit.innerHits().forEach((name, result) -> {
      List<StoredHit> hits = new ArrayList<>();
      for (var h : result.hits().hits()) {
        JsonNode src = h.source() == null ? null : h.source().to(JsonNode.class);
        hits.add(new StoredHit(h.id(), src instanceof ObjectNode o ? StoredFields.of(o) : StoredFields.NONE,
            Map.of(), Map.of()));
      }
      inner.put(name, new InnerHits(hits, result.hits().total() == null ? null : result.hits().total().value()));
    });
    return new StoredHit(hit.id(), StoredFields.of(hit.source()), hit.highlight(), inner);
  }
}
