package io.facetwire.engine.transport;

import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.http.TransportHttpClient;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.HttpRequest;
import org.apache.http.NameValuePair;
import org.apache.http.client.utils.URLEncodedUtils;
import org.apache.http.message.BasicHttpEntityEnclosingRequest;
import org.apache.http.message.BasicHttpRequest;
import org.apache.http.message.BasicNameValuePair;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP client under the official Java client when it talks to one node: a blocking request on the
 * caller's own thread ({@link NodeExchange}: httpcore's connection and executor over plain http, Apache's classic
 * client over https; pooled keep-alive connections either way), where the
 * low-level REST client handed every request to its I/O reactor threads and waited for them to hand the
 * answer back — two thread hand-offs per call, which profiles put at about a fifth of {@code /api/search}'s
 * CPU on the request thread plus the reactor's own.
 *
 * <p>Asynchronous calls (the bulk ingester's) still go to the REST client: they want its reactor.
 *
 * <p>What the REST client did that matters here is kept: the same method, path, query string (encoded
 * the same way), headers and body bytes; the transport options' headers win over the request's; no
 * compression, redirects, cookies or automatic retries (a retry is {@code RetryingTransport}'s decision);
 * connect and socket timeouts; warnings in an answer are logged. Every status comes back as an answer, so
 * the client's transport turns an error status into its {@code ElasticsearchException} — one mapping
 * for all, where the REST client threw its own {@code ResponseException} for statuses outside 400–405.
 */
public final class BlockingHttpClient implements TransportHttpClient {

  private static final Logger LOG = LoggerFactory.getLogger(BlockingHttpClient.class);

  private final HttpHost host;
  private final Node node;
  private final NodeExchange http;
  private final TransportHttpClient async;

  /**
   * @param defaultHeaders sent with every request ({@code Authorization})
   * @param ssl            the context for https (a configured CA), or null for the JVM's default
   * @param async          where asynchronous requests go
   */
  public BlockingHttpClient(HttpHost host, java.time.Duration connectTimeout, java.time.Duration socketTimeout,
      List<Header> defaultHeaders, javax.net.ssl.SSLContext ssl, TransportHttpClient async) {
    this.host = host;
    this.node = new Node(URI.create(host.toURI()));
    this.http = OneNodeClient.create(host, connectTimeout, socketTimeout, defaultHeaders, ssl);
    this.async = async;
  }

  @Override
  public TransportOptions createOptions(TransportOptions options) {
    // The asynchronous path reads its own kind of options; the blocking path reads them as TransportOptions.
    return async.createOptions(options);
  }

  @Override
  public Response performRequest(String endpointId, Node ignored, Request request, TransportOptions options)
      throws IOException {
    HttpRequest http = httpRequest(request, options);
    NodeExchange.Answer answer = this.http.execute(host, http);
    if (answer.response().containsHeader("Warning")) {
      LOG.warn("Elasticsearch warns about {}: {}", http.getRequestLine(),
          List.of(answer.response().getHeaders("Warning")).stream().map(Header::getValue).toList());
    }
    return new BlockingResponse(node, answer);
  }

  @Override
  public CompletableFuture<Response> performRequestAsync(String endpointId, Node node, Request request,
      TransportOptions options) {
    return async.performRequestAsync(endpointId, node, request, options);
  }

  /** Method, path and query, the request's headers and then the options', and the body without a copy. */
  static HttpRequest httpRequest(Request request, TransportOptions options) {
    String uri = uri(request.path(), request.queryParams(), options.queryParameters());
    Iterable<ByteBuffer> body = request.body();
    HttpRequest http;
    if (body == null) {
      http = new BasicHttpRequest(request.method(), uri);
    } else {
      BasicHttpEntityEnclosingRequest withBody = new BasicHttpEntityEnclosingRequest(request.method(), uri);
      withBody.setEntity(new ByteBuffersEntity(body, request.headers().get("Content-Type")));
      http = withBody;
    }
    for (Map.Entry<String, String> h : request.headers().entrySet()) {
      http.setHeader(h.getKey(), h.getValue());
    }
    for (Map.Entry<String, String> h : options.headers()) {
      http.setHeader(h.getKey(), h.getValue());
    }
    return http;
  }

  /** The path as the client encoded it, and the parameters form-encoded as the REST client's URIBuilder did. */
  static String uri(String path, Map<String, String> params, Map<String, String> optionParams) {
    if (params.isEmpty() && optionParams.isEmpty()) {
      return path;
    }
    List<NameValuePair> pairs = new ArrayList<>(params.size() + optionParams.size());
    params.forEach((k, v) -> pairs.add(new BasicNameValuePair(k, v)));
    optionParams.forEach((k, v) -> pairs.add(new BasicNameValuePair(k, v)));
    return path + (path.indexOf('?') < 0 ? "?" : "&") + URLEncodedUtils.format(pairs, java.nio.charset.StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    try {
      http.close();
    } finally {
      async.close();
    }
  }
}
