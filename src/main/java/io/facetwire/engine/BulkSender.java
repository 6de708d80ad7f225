package io.facetwire.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.Json;
import io.facetwire.engine.bulk.BulkAnswerReader;
import io.facetwire.engine.bulk.BulkRefused;
import io.facetwire.engine.bulk.BulkWrite;
import io.facetwire.engine.bulk.ItemAnswer;
import io.facetwire.engine.bulk.NdjsonBody;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.http.client.config.RequestConfig;
import org.elasticsearch.client.Cancellable;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RequestOptions;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.ResponseListener;
import org.elasticsearch.client.RestClient;

/**
 * Sends the import's bulk requests as NDJSON bytes through the low-level client under the Java API
 * client: the documents go out as the pipeline made them, and the answer is read by a streaming parser
 * for each item's status and error ({@link BulkAnswerReader}). The typed bulk API built an object per
 * operation and per answer item, and its code (the client's, Jackson's) was about a thousand JIT
 * compilations a fresh server made during its first import.
 *
 * <p>Takes what the engine's wiring gives: the low-level client and the timeouts it was built with.
 * A request is asked to answer only the fields read ({@code filter_path}), which also shortens the
 * node's work of writing the answer.
 */
public final class BulkSender {

  private static final String ANSWER_FIELDS =
      "items.*.status,items.*.error.type,items.*.error.reason,error.type,error.reason";

  private final RestClient rest;
  private final Duration connectTimeout;
  private final Duration socketTimeout;

  public BulkSender(RestClient rest, ElasticsearchSettings.ClientTuning tuning) {
    this.rest = rest;
    this.connectTimeout = tuning.connectTimeout();
    this.socketTimeout = tuning.socketTimeout();
  }

  /** The sender on an engine's own client. */
  public static BulkSender on(Engine engine) {
    return new BulkSender(engine.restClient(), engine.settings().client());
  }

  /**
   * Sends the writes to {@code index} in one request; the answers come in their order.
   *
   * @param patience how many socket timeouts to wait for the answer (1 = the one this sender was given,
   *                 normally the client's own; a request sent again after no answer waits longer)
   */
  public CompletableFuture<List<ItemAnswer>> send(String index, List<BulkWrite> writes, int patience) {
    Request request = new Request("POST", "/_bulk");
    request.addParameter("filter_path", ANSWER_FIELDS);
    request.setEntity(NdjsonBody.of(index, writes));  // streamed from the documents' own bytes
    request.setOptions(RequestOptions.DEFAULT.toBuilder().setRequestConfig(RequestConfig.custom()
        .setConnectTimeout((int) connectTimeout.toMillis())
        .setSocketTimeout((int) Math.min(Integer.MAX_VALUE, socketTimeout.toMillis() * patience))
        .build()));
    CompletableFuture<List<ItemAnswer>> answers = new CompletableFuture<>();
    long start = System.nanoTime();
    Cancellable ignored = rest.performRequestAsync(request, new ResponseListener() {
      @Override
      public void onSuccess(Response response) {
        try (InputStream in = response.getEntity().getContent()) {
          answers.complete(BulkAnswerReader.read(in, writes.size()));
        } catch (IOException | RuntimeException e) {
          answers.completeExceptionally(e);
        }
        record(start, !answers.isCompletedExceptionally());
      }

      @Override
      public void onFailure(Exception failure) {
        record(start, false);
        answers.completeExceptionally(failure instanceof ResponseException r ? refused(r) : failure);
      }
    });
    return answers;
  }

  /** As {@link #send}, waiting for the answer. */
  public List<ItemAnswer> sendNow(String index, List<BulkWrite> writes, int patience) throws IOException {
    try {
      return send(index, writes, patience).get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IOException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while waiting for a bulk answer", e);
    }
  }

  /** The node's own error type and reason for a request it refused as a whole. */
  static BulkRefused refused(ResponseException e) {
    int status = e.getResponse().getStatusLine().getStatusCode();
    String type = null;
    String reason = null;
    try {
      if (e.getResponse().getEntity() != null) {
        JsonNode error = Json.mapper().readTree(e.getResponse().getEntity().getContent()).path("error");
        type = error.isTextual() ? null : error.path("type").asText(null);
        reason = error.isTextual() ? error.asText() : error.path("reason").asText(null);
      }
    } catch (IOException | RuntimeException unreadable) {
      // No JSON body (a proxy's page): the status says enough.
    }
    // Not chained to the client's exception: a person is told the node's reason, not the request line.
    return new BulkRefused(status, type, reason == null ? e.getResponse().getStatusLine().toString() : reason);
  }

  private static void record(long start, boolean ok) {
    TimedTransport.timer("es/bulk", ok ? "ok" : "error").record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
  }
}
