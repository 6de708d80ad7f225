package io.facetwire.engine;

import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.Endpoint;
import co.elastic.clients.transport.TransportOptions;
import io.facetwire.metrics.LatencyTimers;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * Times every Elasticsearch call into {@code facetwire.elasticsearch.requests}, tagged with the API
 * ({@code search}, {@code msearch}, {@code bulk}, {@code get}, ...) and the outcome ({@code ok} or
 * {@code error}), retries included: what the application waited for.
 */
final class TimedTransport extends DelegatingTransport {

  static final String METER = "facetwire.elasticsearch.requests";
  private static final LatencyTimers TIMERS =
      new LatencyTimers(METER, "Elasticsearch calls as the application waited for them", "api", "outcome");


  TimedTransport(ElasticsearchTransport delegate) {
    super(delegate);
  }

  @Override
  public <RequestT, ResponseT, ErrorT> ResponseT performRequest(RequestT request,
      Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) throws IOException {
    long start = System.nanoTime();
    String outcome = "error";
    try {
      ResponseT response = delegate.performRequest(request, endpoint, options);
      outcome = "ok";
      return response;
    } finally {
      timer(endpoint.id(), outcome).record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
  }

  @Override
  public <RequestT, ResponseT, ErrorT> CompletableFuture<ResponseT> performRequestAsync(RequestT request,
      Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) {
    long start = System.nanoTime();
    return delegate.performRequestAsync(request, endpoint, options).whenComplete((response, error) ->
        timer(endpoint.id(), error == null ? "ok" : "error")
            .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS));
  }

  static Timer timer(String endpointId, String outcome) {
    // The client names its endpoints "es/search", "es/bulk", ...: the API is the part after "es/".
    String api = endpointId.startsWith("es/") ? endpointId.substring(3) : endpointId;
    return TIMERS.get(api, outcome);
  }
}
