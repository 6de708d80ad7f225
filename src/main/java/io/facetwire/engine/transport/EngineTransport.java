package io.facetwire.engine.transport;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransportBase;
import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.http.TransportHttpClient;

/**
 * The official client's own transport (request serialisation, endpoints, product header check, error
 * answers to {@code ElasticsearchException}) over any {@link TransportHttpClient}; the client ships it
 * abstract, with a concrete one only for the REST client.
 */
public final class EngineTransport extends ElasticsearchTransportBase {

  public EngineTransport(TransportHttpClient http, TransportOptions options, JsonpMapper mapper) {
    super(http, options, mapper);
  }
}
