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
      restClient.close();
    } catch (IOException ignored) {
      // Closing is best effort: the process is on its way out.
    }
  }
}
