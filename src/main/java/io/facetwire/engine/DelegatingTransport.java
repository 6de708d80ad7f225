package io.facetwire.engine;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.Endpoint;
import co.elastic.clients.transport.TransportOptions;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * A transport that wraps another and passes everything through; the layers around the client
 * ({@link RetryingTransport}, {@link TimedTransport}) override only the calls they change.
 */
abstract class DelegatingTransport implements ElasticsearchTransport {

  protected final ElasticsearchTransport delegate;

  DelegatingTransport(ElasticsearchTransport delegate) {
    this.delegate = delegate;
  }

  @Override
  public <RequestT, ResponseT, ErrorT> ResponseT performRequest(RequestT request,
      Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) throws IOException {
    return delegate.performRequest(request, endpoint, options);
  }

  @Override
  public <RequestT, ResponseT, ErrorT> CompletableFuture<ResponseT> performRequestAsync(RequestT request,
      Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) {
    return delegate.performRequestAsync(request, endpoint, options);
  }

  @Override
  public JsonpMapper jsonpMapper() {
    return delegate.jsonpMapper();
  }

  @Override
  public TransportOptions options() {
    return delegate.options();
  }

  @Override
  public void close() throws IOException {
    delegate.close();
  }
}
