package io.facetwire.engine.transport;

import co.elastic.clients.transport.http.TransportHttpClient;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.NoCopyByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.http.Header;
import org.apache.http.HeaderElement;
import org.apache.http.HttpEntity;
import org.apache.http.HttpResponse;
import org.apache.http.util.EntityUtils;

/**
 * An answer read straight from the pooled connection: the client's JSON parser reads the body as it
 * arrives. {@link #close} reads whatever is left, so the connection goes back to the pool for the next
 * request (closing an unread answer would throw the connection away).
 */
final class BlockingResponse implements TransportHttpClient.Response {

  private final TransportHttpClient.Node node;
  private final HttpResponse response;
  private final NodeExchange.Answer answer;

  BlockingResponse(TransportHttpClient.Node node, NodeExchange.Answer answer) {
    this.node = node;
    this.response = answer.response();
    this.answer = answer;
  }

  @Override
  public TransportHttpClient.Node node() {
    return node;
  }

  @Override
  public int statusCode() {
    return response.getStatusLine().getStatusCode();
  }

  @Override
  public String header(String name) {
    Header h = response.getFirstHeader(name);
    return h == null ? null : h.getValue();
  }

  @Override
  public List<String> headers(String name) {
    Header h = response.getFirstHeader(name);
    if (h == null) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (HeaderElement e : h.getElements()) {
      values.add(e.getValue());
    }
    return values;
  }

  @Override
  public BinaryData body() {
    HttpEntity entity = response.getEntity();
    return entity == null ? null : new EntityData(entity);
  }

  @Override
  public Object originalResponse() {
    return response;
  }

  @Override
  public void close() throws IOException {
    try {
      EntityUtils.consume(response.getEntity());
    } finally {
      answer.close();
    }
  }

  /** The body as the client reads it: a stream over the connection, read once. */
  private record EntityData(HttpEntity entity) implements BinaryData {

    @Override
    public String contentType() {
      Header h = entity.getContentType();
      return h == null ? "application/octet-stream" : h.getValue();
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      entity.writeTo(out);
    }

    @Override
    public ByteBuffer asByteBuffer() throws IOException {
      NoCopyByteArrayOutputStream out = new NoCopyByteArrayOutputStream();
      entity.writeTo(out);
      return out.asByteBuffer();
    }

    @Override
    public InputStream asInputStream() throws IOException {
      return entity.getContent();
    }

    @Override
    public boolean isRepeatable() {
      return entity.isRepeatable();
    }

    @Override
    public long size() {
      long length = entity.getContentLength();
      return length < 0 ? -1 : length;
    }
  }
}
