package io.facetwire.engine;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.Endpoint;
import co.elastic.clients.transport.TransportOptions;
import java.io.IOException;
import java.net.ConnectException;
import org.elasticsearch.client.ResponseException;

/**
 * Repeats a request the cluster turned away before doing any work: connection refused (a node
 * restarting, a load balancer switching over), 429 (queues full) and 503 (shards not ready yet).
 *
 * <p>Timeouts and other failures are not repeated: the request may have been carried out, and a
 * second one could, for example, save a search twice. Several configured nodes are already tried in
 * turn by the low-level client; this covers the single-URL cluster (a proxy, Elastic Cloud) too.
 * Asynchronous requests are not wrapped; the import's bulk requests do not go through this transport
 * ({@link BulkSender}) and have their own re-sends ({@link RefusedBulks}).
 */
final class RetryingTransport extends DelegatingTransport {

  private static final long FIRST_BACKOFF_MILLIS = 100;

  private final int retries;

  RetryingTransport(ElasticsearchTransport delegate, int retries) {
    super(delegate);
    this.retries = retries;
  }

  @Override
  public <RequestT, ResponseT, ErrorT> ResponseT performRequest(RequestT request,
      Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) throws IOException {
    for (int attempt = 0; ; attempt++) {
      try {
        return delegate.performRequest(request, endpoint, options);
      } catch (IOException | ElasticsearchException e) {
        if (attempt >= retries || !turnedAway(e)) {
          throw e;
        }
        pause(FIRST_BACKOFF_MILLIS << attempt);
      }
    }
  }

  static boolean turnedAway(Exception e) {
    if (e instanceof ElasticsearchException es) {
      return es.status() == 429 || es.status() == 503;
    }
    if (e instanceof ResponseException re) {
      int status = re.getResponse().getStatusLine().getStatusCode();
      return status == 429 || status == 503;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        return true;
      }
    }
    return false;
  }

  private static void pause(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while waiting to retry", e);
    }
  }
}
