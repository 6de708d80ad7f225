package io.facetwire.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.sun.net.httpserver.HttpServer;
import io.facetwire.Json;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;

/**
 * Session 31 (docs/limits.md, left since session 28: "the corpus's first and last dates ... carry no timeout"): the
 * whole index's first and last dates are refreshed by one search at a time, with the searches' time budget. Logic of
 * the cache, so its Elasticsearch is a stand-in on loopback that holds its answer while Elasticsearch is slow: the
 * real client, the real HTTP. Before, eight searches that found the cache stale sent eight aggregations of the whole
 * index to a node already slow, and none carried a timeout.
 */
class CorpusDatesRefreshTest {

  private static final String ANSWER = """
      {"took":1,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
       "hits":{"total":{"value":42,"relation":"eq"},"max_score":null,"hits":[]},
       "aggregations":{"min#first":{"value":5.364E11},"max#last":{"value":5.6E11}}}""";

  @Test
  void whileOneRefreshWaitsForASlowNodeTheOthersDoNotSendTheirsAndItCarriesTheBudget() throws Exception {
    List<String> queries = new CopyOnWriteArrayList<>();
    CountDownLatch release = new CountDownLatch(1);
    HttpServer node = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    node.setExecutor(Executors.newFixedThreadPool(8));
    node.createContext("/", exchange -> {
      queries.add(exchange.getRequestURI().getRawQuery() + " " + new String(exchange.getRequestBody().readAllBytes(),
          StandardCharsets.UTF_8));
      try {
        release.await(5, TimeUnit.SECONDS); // a slow node: answers when the test lets it
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      byte[] body = ANSWER.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    node.start();
    RestClient rest = RestClient.builder(new HttpHost("127.0.0.1", node.getAddress().getPort())).build();
    ElasticsearchClient client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper(Json.mapper())));
    ExecutorService searches = Executors.newFixedThreadPool(8);
    try {
      CorpusDates dates = new CorpusDates(client, "articles", Clock.systemUTC(), Time.of(t -> t.time("750ms")));
      List<Future<CorpusDates.Range>> ranges = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        ranges.add(searches.submit(dates::range));
      }
      // The seven that did not refresh go on at once, without the span; the one refresh still waits for the node.
      int answered = 0;
      for (Future<CorpusDates.Range> r : ranges) {
        try {
          CorpusDates.Range range = r.get(2, TimeUnit.SECONDS);
          assertNull(range.first());
          answered++;
        } catch (java.util.concurrent.TimeoutException waiting) {
          // the refresh
        }
      }
      assertEquals(7, answered, "searches that went on while one refresh waited");
      assertEquals(1, queries.size(), "aggregations sent to the slow node: " + queries);
      assertTrue(queries.get(0).contains("\"timeout\":\"750ms\"") || queries.get(0).contains("timeout=750ms"),
          queries.get(0));
      release.countDown();
      for (Future<CorpusDates.Range> r : ranges) {
        r.get(5, TimeUnit.SECONDS);
      }
      CorpusDates.Range after = dates.range();
      assertEquals(42, after.articles());
      assertEquals(java.time.LocalDate.of(1986, 12, 31), after.first());
      assertEquals(1, queries.size(), "the fresh value is served from the cache");
    } finally {
      release.countDown();
      searches.shutdownNow();
      rest.close();
      node.stop(0);
    }
  }
}
