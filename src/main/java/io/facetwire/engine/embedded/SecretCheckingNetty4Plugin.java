package io.facetwire.engine.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.elasticsearch.common.network.NetworkService;
import org.elasticsearch.common.settings.ClusterSettings;
import org.elasticsearch.common.settings.Setting;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.common.util.BigArrays;
import org.elasticsearch.common.util.PageCacheRecycler;
import org.elasticsearch.common.util.concurrent.ThreadContext;
import org.elasticsearch.http.HttpPreRequest;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.indices.breaker.CircuitBreakerService;
import org.elasticsearch.rest.RestChannel;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.telemetry.tracing.Tracer;
import org.elasticsearch.threadpool.ThreadPool;
import org.elasticsearch.transport.netty4.Netty4Plugin;
import org.elasticsearch.xcontent.NamedXContentRegistry;

/**
 * The node's HTTP layer (Netty, as shipped) with one check in front of every request: it must carry
 * the {@link NodeSecret} read from the file named by {@code facetwire.http.secret_file}, or it is
 * answered 401 before any handler sees it. Without that setting (the loopback clusters the tests use
 * in place of an external cluster) nothing is checked.
 *
 * <p>The check sits at the HTTP dispatcher rather than in a REST interceptor because Elasticsearch
 * lets only its own security plugin install one.
 */
public class SecretCheckingNetty4Plugin extends Netty4Plugin {

  static final Setting<String> SECRET_FILE =
      Setting.simpleString("facetwire.http.secret_file", Setting.Property.NodeScope);

  @Override
  public List<Setting<?>> getSettings() {
    List<Setting<?>> settings = new ArrayList<>(super.getSettings());
    settings.add(SECRET_FILE);
    return settings;
  }

  @Override
  public Map<String, Supplier<HttpServerTransport>> getHttpTransports(Settings settings, ThreadPool threadPool,
      BigArrays bigArrays, PageCacheRecycler pageCacheRecycler, CircuitBreakerService circuitBreakerService,
      NamedXContentRegistry xContentRegistry, NetworkService networkService,
      HttpServerTransport.Dispatcher dispatcher, BiConsumer<HttpPreRequest, ThreadContext> perRequestThreadContext,
      ClusterSettings clusterSettings, Tracer tracer) {
    String file = SECRET_FILE.get(settings);
    HttpServerTransport.Dispatcher checked = file.isEmpty() ? dispatcher
        : new SecretCheckingDispatcher(dispatcher, readSecret(Path.of(file)));
    return super.getHttpTransports(settings, threadPool, bigArrays, pageCacheRecycler, circuitBreakerService,
        xContentRegistry, networkService, checked, perRequestThreadContext, clusterSettings, tracer);
  }

  private static byte[] readSecret(Path file) {
    try {
      String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (secret.isEmpty()) {
        throw new IllegalStateException("The node's secret file " + file + " is empty");
      }
      return NodeSecret.authorization(secret).getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the node's secret file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Hands a request on only when its {@code Authorization} header is the expected one. */
  static final class SecretCheckingDispatcher implements HttpServerTransport.Dispatcher {
    private final HttpServerTransport.Dispatcher next;
    private final byte[] expected;

    SecretCheckingDispatcher(HttpServerTransport.Dispatcher next, byte[] expected) {
      this.next = next;
      this.expected = expected;
    }

    @Override
    public void dispatchRequest(RestRequest request, RestChannel channel, ThreadContext threadContext) {
      if (authorized(request)) {
        next.dispatchRequest(request, channel, threadContext);
      } else {
        refuse(channel);
      }
    }

    @Override
    public void dispatchBadRequest(RestChannel channel, ThreadContext threadContext, Throwable cause) {
      if (authorized(channel.request())) {
        next.dispatchBadRequest(channel, threadContext, cause);
      } else {
        refuse(channel);
      }
    }

    @Override
    public Map<String, org.elasticsearch.http.HttpRouteStats> getStats() {
      return next.getStats();
    }

    private boolean authorized(RestRequest request) {
      String given = request.header("Authorization");
      // Constant time: how much of the secret matched must not show in how long the answer takes.
      return given != null && MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8));
    }

    private static void refuse(RestChannel channel) {
      RestResponse response = new RestResponse(RestStatus.UNAUTHORIZED, RestResponse.TEXT_CONTENT_TYPE,
          "This Elasticsearch node belongs to Facetwire and needs its secret (see " + NodeSecret.FILE + ").\n");
      response.addHeader("WWW-Authenticate", "ApiKey");
      channel.sendResponse(response);
    }
  }
}
