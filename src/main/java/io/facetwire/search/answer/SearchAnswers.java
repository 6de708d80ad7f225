package io.facetwire.search.answer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpDeserializer;
import co.elastic.clients.json.JsonpDeserializerBase;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpParser;
import co.elastic.clients.transport.Endpoint;
import jakarta.json.stream.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;

/**
 * Sends a {@link SearchRequest} through the client's own transport and endpoint — the same path, query
 * parameters ({@code typed_keys}) and body bytes as {@code client.search}, the same retries and timing
 * ({@code es/search}), the same {@code ElasticsearchException} for an error answer — but reads a
 * successful answer with {@link SearchAnswerReader} instead of the typed {@code SearchResponse}.
 */
public final class SearchAnswers {

  static final JsonpDeserializer<SearchAnswer> DESERIALIZER =
      new JsonpDeserializerBase<>(EnumSet.of(JsonParser.Event.START_OBJECT)) {
        @Override
        public SearchAnswer deserialize(JsonParser parser, JsonpMapper mapper, JsonParser.Event event) {
          if (!(parser instanceof JacksonJsonpParser jackson)) {
            // ElasticsearchClients always maps with Jackson; another mapper would be a wiring mistake.
            throw new IllegalStateException("Search answers are read with Jackson, not " + parser.getClass());
          }
          try {
            return SearchAnswerReader.read(jackson.jacksonParser());
          } catch (IOException e) {
            throw new UnreadableAnswer(e);
          }
        }
      };

  private static final Endpoint<SearchRequest, SearchAnswer, ErrorResponse> ENDPOINT =
      SearchRequest._ENDPOINT.withResponseDeserializer(DESERIALIZER);

  private SearchAnswers() {}

  /** @throws IOException when Elasticsearch cannot be reached or its answer cannot be read */
  public static SearchAnswer search(ElasticsearchClient client, SearchRequest request) throws IOException {
    try {
      return client._transport().performRequest(request, ENDPOINT, client._transportOptions());
    } catch (UnreadableAnswer e) {
      throw e.getCause();
    }
  }

  /** A malformed answer, carried out of the client's deserializer (which may not throw IOException). */
  private static final class UnreadableAnswer extends UncheckedIOException {
    UnreadableAnswer(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }
}
