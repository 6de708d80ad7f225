package io.facetwire.engine;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.sniff.Sniffer;

/**
 * The Java API client with the low-level client under it (for pre-serialized requests such as the
 * benchmark's raw bulk) and the node sniffer, if any, so they are closed together.
 */
public record ElasticsearchConnection(ElasticsearchClient client, RestClient restClient, Sniffer sniffer)
    implements AutoCloseable {

  @Override
  public void close() {
    if (sniffer != null) {
      sniffer.close();
    }
    try {
      // The client's transport closes the HTTP client(s) under it, the REST client included.
      client._transport().close();
    } catch (IOException ignored) {
      // Closing is best effort: the process is on its way out.
    }
  }
}
