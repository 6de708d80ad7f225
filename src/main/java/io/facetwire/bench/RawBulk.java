package io.facetwire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;

/**
 * The baseline: pre-serialized NDJSON bulk bodies sent through the low-level client, two requests in
 * flight (as Facetwire's ingester), into a fresh index with Facetwire's own mapping.
 */
final class RawBulk {

  static final String INDEX = "bench-raw-articles-v1";
  private static final int IN_FLIGHT = 2;

  private final RestClient rest;
  private final JsonNode definition;
  private final LongSupplier cpuMillis;

  /** @param cpuMillis CPU of the server and this process, read before and after each run */
  RawBulk(RestClient rest, JsonNode definition, LongSupplier cpuMillis) {
    this.rest = rest;
    this.definition = definition;
    this.cpuMillis = cpuMillis;
  }

  /** Raw bulk of the batches into a fresh index, refreshed, counted, deleted; merges waited out. */
  IngestResult.Run run(RawBatches batches) throws IOException {
    createRawIndex();
    long cpu0 = cpuMillis.getAsLong();
    long own0 = ProcessCpu.ownMillis();
    long t0 = System.nanoTime();
    sendAll(batches);
    rest.performRequest(new Request("POST", "/" + INDEX + "/_refresh"));
    double seconds = (System.nanoTime() - t0) / 1e9;
    long cpu = cpuMillis.getAsLong() - cpu0;
    long own = ProcessCpu.ownMillis() - own0;
    long expected = batches.operations();
    long stored = count(INDEX);
    if (stored != expected) {
      throw new IllegalStateException("Raw index holds " + stored + " documents, expected " + expected);
    }
    rest.performRequest(new Request("DELETE", "/" + INDEX));
    Nodes.awaitMergesIdle(rest);
    return new IngestResult.Run(seconds, cpu, own);
  }

  private void createRawIndex() throws IOException {
    Request create = new Request("PUT", "/" + INDEX);
    create.setJsonEntity(Json.mapper().writeValueAsString(definition));
    try {
      rest.performRequest(new Request("DELETE", "/" + INDEX));
    } catch (org.elasticsearch.client.ResponseException absent) {
      // Not there from an earlier run: fine.
    }
    rest.performRequest(create);
  }

  private void sendAll(RawBatches batches) {
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Exception> failure = new AtomicReference<>();
    List<Thread> senders = new ArrayList<>();
    for (int i = 0; i < IN_FLIGHT; i++) {
      Thread t = new Thread(() -> {
        for (int b; failure.get() == null && (b = next.getAndIncrement()) < batches.size(); ) {
          try {
            Request bulk = new Request("POST", "/_bulk");
            bulk.setEntity(new ByteArrayEntity(batches.get(b), ContentType.create("application/x-ndjson")));
            Response response = rest.performRequest(bulk);
            byte[] body = EntityUtils.toByteArray(response.getEntity());
            String head = new String(body, 0, Math.min(40, body.length), StandardCharsets.UTF_8);
            if (head.contains("\"errors\":true")) {
              throw new IllegalStateException("Raw bulk had item errors: "
                  + new String(body, 0, Math.min(2000, body.length), StandardCharsets.UTF_8));
            }
          } catch (Exception e) {
            failure.compareAndSet(null, e);
          }
        }
      }, "raw-bulk-" + i);
      senders.add(t);
      t.start();
    }
    for (Thread t : senders) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    if (failure.get() != null) {
      throw new IllegalStateException("Raw bulk failed: " + failure.get().getMessage(), failure.get());
    }
  }

  private long count(String index) throws IOException {
    Response r = rest.performRequest(new Request("GET", "/" + index + "/_count"));
    return Json.mapper().readTree(r.getEntity().getContent()).path("count").asLong();
  }
}
