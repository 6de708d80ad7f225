package io.facetwire.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.Endpoint;
import co.elastic.clients.transport.TransportOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.Json;
import io.facetwire.support.TestEngine;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Start-up's index check against the real node: a start on existing indices reads them with two
 * requests and sends no put-mapping when nothing is new; a field the mapping file has and the index
 * lacks is still added; missing indices are created.
 */
class IndexBootstrapTest {

  private final ElasticsearchClient shared = TestEngine.get().client();

  @Test
  void aStartOnIndicesThatAreUpToDateSendsTwoReadsAndNoPutMapping() throws IOException {
    IndexNames names = new IndexNames(TestEngine.uniquePrefix());
    Counting first = new Counting(shared);
    new IndexBootstrap(first.client, Json.mapper()).ensureIndices(names);
    assertEquals(IndexBootstrap.MAPPINGS.size(), first.calls("indices.create"), first.calls.toString());
    assertTrue(shared.indices().existsAlias(a -> a.name(names.articles())).value());

    Counting again = new Counting(shared);
    new IndexBootstrap(again.client, Json.mapper()).ensureIndices(names);
    assertEquals(0, again.calls("indices.put_mapping"), again.calls.toString());
    assertEquals(0, again.calls("indices.create"), again.calls.toString());
    assertEquals(1, again.calls("indices.get_alias"), again.calls.toString());
    assertEquals(1, again.calls("indices.get_mapping"), again.calls.toString());
  }

  @Test
  void aFieldTheIndexLacksIsAddedOnTheNextStart() throws IOException {
    IndexNames names = new IndexNames(TestEngine.uniquePrefix());
    IndexBootstrap bootstrap = new IndexBootstrap(shared, Json.mapper());
    // The saved-searches index as an older release made it: without the field "name".
    ObjectNode older = bootstrap.definition(IndexNames.SAVED_SEARCHES);
    ((ObjectNode) older.path("mappings").path("properties")).remove("name");
    String alias = names.savedSearches();
    String body = Json.mapper().writeValueAsString(older);
    shared.indices().create(c -> c.index(alias + "-v" + IndexBootstrap.version(older))
        .withJson(new StringReader(body)).aliases(alias, a -> a.isWriteIndex(true)));
    assertFalse(fields(alias).has("name"));

    Counting start = new Counting(shared);
    new IndexBootstrap(start.client, Json.mapper()).ensureIndices(names);
    assertEquals(1, start.calls("indices.put_mapping"), "only the index that lacked a field: " + start.calls);
    assertTrue(fields(alias).has("name"), "the new field is there");
  }

  @Test
  void theComparisonSeesMultiFieldsObjectsAndTypes() throws IOException {
    JsonNode file = Json.mapper().readTree("""
        {"mappings": {"properties": {
          "title": {"type": "text", "fields": {"folded": {"type": "text"}}},
          "owner": {"properties": {"id": {"type": "keyword"}}}}}}""");
    JsonNode same = Json.mapper().readTree("""
        {"properties": {
          "title": {"type": "text", "analyzer": "english", "fields": {"folded": {"type": "text"}}},
          "owner": {"type": "object", "properties": {"id": {"type": "keyword"}}},
          "extra": {"type": "keyword"}}}""");
    assertFalse(IndexBootstrap.lacksFields(same, file), "the index may have more, and more parameters");
    assertTrue(IndexBootstrap.lacksFields(Json.mapper().readTree("""
        {"properties": {"title": {"type": "text"}, "owner": {"properties": {"id": {"type": "keyword"}}}}}"""),
        file), "a missing multi-field");
    assertTrue(IndexBootstrap.lacksFields(Json.mapper().readTree("""
        {"properties": {"title": {"type": "text", "fields": {"folded": {"type": "text"}}},
          "owner": {"properties": {"id": {"type": "long"}}}}}"""), file), "a changed type");
    assertTrue(IndexBootstrap.lacksFields(null, file));
  }

  private JsonNode fields(String alias) throws IOException {
    var mapping = shared.indices().getMapping(m -> m.index(alias)).result().values().iterator().next().mappings();
    return Json.mapper().readTree(co.elastic.clients.json.JsonpUtils.toJsonString(mapping, shared._jsonpMapper()))
        .path("properties");
  }

  /** A client on the shared node that counts the requests it sends, by endpoint. */
  private static final class Counting extends DelegatingTransport {
    final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    final ElasticsearchClient client;

    Counting(ElasticsearchClient shared) {
      super(shared._transport());
      this.client = new ElasticsearchClient(this);
    }

    @Override
    public <RequestT, ResponseT, ErrorT> ResponseT performRequest(RequestT request,
        Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) throws IOException {
      calls.computeIfAbsent(endpoint.id(), k -> new AtomicInteger()).incrementAndGet();
      return super.performRequest(request, endpoint, options);
    }

    int calls(String endpoint) {
      return calls.getOrDefault("es/" + endpoint, new AtomicInteger()).get();
    }
  }
}
