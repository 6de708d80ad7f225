package io.facetwire.engine.transport;

import java.io.Closeable;
import java.io.IOException;
import org.apache.http.HttpHost;
import org.apache.http.HttpRequest;
import org.apache.http.HttpResponse;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.impl.client.CloseableHttpClient;

/**
 * One blocking HTTP exchange with the node, on the caller's thread, for {@link BlockingHttpClient}: over
 * {@link DirectConnections} for {@code http}, over Apache's classic client for {@code https} (its TLS socket
 * factory: SNI, hostname verification, the configured CA).
 */
interface NodeExchange extends Closeable {

  /** The answer with its body unread; {@link Answer#close} reads what is left and gives the connection back. */
  Answer execute(HttpHost host, HttpRequest request) throws IOException;

  /** An answer and what to do once it is read. */
  record Answer(HttpResponse response, Closeable release) implements Closeable {
    @Override
    public void close() throws IOException {
      release.close();
    }
  }

  static NodeExchange classic(CloseableHttpClient http) {
    return new NodeExchange() {
      @Override
      public Answer execute(HttpHost host, HttpRequest request) throws IOException {
        CloseableHttpResponse response = http.execute(host, request);
        return new Answer(response, response);
      }

      @Override
      public void close() throws IOException {
        http.close();
      }
    };
  }
}
