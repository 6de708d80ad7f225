package io.facetwire.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.search.answer.SearchAnswer;
import io.facetwire.search.answer.SearchAnswers;
import io.facetwire.support.ServerExtension;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The streaming reader through the client's transport on the real node: the page's own requests read
 * as the client's typed response reads them, and a request Elasticsearch refuses is still the client's
 * error, mapped once ({@link SearchCall}) to the message a user sees.
 */
class SearchAnswersOnTheNodeTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard().fixtures("fixtures/wikinews_2019.csv");
  static ElasticsearchClient client;

  @BeforeAll
  static void load() {
    client = server.facetwire().engine().client();
  }

  @Test
  void thePagesRequestsReadAsTheTypedResponseReadsThem() throws Exception {
    var facets = server.facetwire().facets();
    for (String query : List.of("", "q=president", "q=president&sort=newest&page=2", "q=presidnet")) {
      SearchState state = SearchState.parse(query, facets);
      for (SearchRequest request : server.facetwire().search().requestsFor(state, Set.of())) {
        SearchAnswer streamed = SearchAnswers.search(client, request);
        SearchResponse<ObjectNode> typed = client.search(request, ObjectNode.class);
        assertEquals(typed.hits().total().value(), streamed.total(), query);
        assertEquals(typed.hits().hits().size(), streamed.hits().size(), query);
        assertTrue(query.isEmpty() || query.contains("presidnet") || !streamed.hits().isEmpty(), query);
        for (int i = 0; i < streamed.hits().size(); i++) {
          assertEquals(HitReader.read(typed.hits().hits().get(i), facets), HitReader.read(streamed.hits().get(i), facets));
        }
        assertEquals(typed.aggregations().keySet(), streamed.aggregations().keySet(), query);
      }
    }
  }

  @Test
  void aRefusedRequestIsTheUsersErrorWithElasticsearchsReason() {
    // Past index.max_result_window (10,000): Elasticsearch answers 400.
    SearchRequest tooDeep = SearchRequest.of(s -> s.index(server.facetwire().names().articles()).from(20_000).size(10));
    var e = assertThrows(SearchQueryException.class, () -> SearchCall.run("This search could not be run",
        "run the search", () -> SearchAnswers.search(client, tooDeep)));
    assertTrue(e.getMessage().startsWith("This search could not be run: "), e.getMessage());
    // The client's own exception underneath, as for client.search: one mapping of Elasticsearch's errors.
    var cause = (co.elastic.clients.elasticsearch._types.ElasticsearchException) e.getCause();
    assertEquals(400, cause.status());
    assertTrue(cause.error().rootCause().get(0).reason().contains("Result window is too large"), cause.toString());
  }
}
