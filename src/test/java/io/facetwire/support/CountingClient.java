package io.facetwire.support;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.facetwire.Json;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.http.HttpHost;
import org.apache.http.HttpRequestInterceptor;
import org.elasticsearch.client.RestClient;

/**
 * An Elasticsearch client that counts the HTTP requests it really sends (an interceptor in the HTTP
 * client under the REST client), so tests and benchmarks can tell round trips, not just calls.
 */
public final class CountingClient implements AutoCloseable {

  private final AtomicInteger requests = new AtomicInteger();
  private final List<String> paths = new CopyOnWriteArrayList<>();
  private final ElasticsearchClient client;

  /** A counting client on the same node as {@code engine}, with its credentials. */
  public CountingClient(io.facetwire.engine.Engine engine) {
    this(engine.urls().get(0), engine.settings().apiKey());
  }

  public CountingClient(String url, String apiKey) {
    RestClient rest = RestClient.builder(HttpHost.create(url))
        .setDefaultHeaders(apiKey == null ? new org.apache.http.Header[0]
            : new org.apache.http.Header[] {new org.apache.http.message.BasicHeader("Authorization", "ApiKey " + apiKey)})
        .setHttpClientConfigCallback(http -> http.addInterceptorLast((HttpRequestInterceptor) (request, context) -> {
          requests.incrementAndGet();
          paths.add(request.getRequestLine().getMethod() + " " + request.getRequestLine().getUri());
        }))
        .build();
    client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper(Json.mapper())));
  }

  public ElasticsearchClient client() {
    return client;
  }

  public int requests() {
    return requests.get();
  }

  /** Method and URI of each request since the last reset, e.g. "POST /_msearch". */
  public List<String> paths() {
    return List.copyOf(paths);
  }

  @Override
  public void close() throws java.io.IOException {
    client._transport().close();
  }

  public void reset() {
    requests.set(0);
    paths.clear();
  }
}
