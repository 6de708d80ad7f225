package io.facetwire.engine;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import org.elasticsearch.client.ResponseException;

/**
 * Runs one client call and turns its failures into what the web layer shows: Elasticsearch away or
 * refusing becomes {@link EngineUnavailableException} (a 503 page). Version conflicts and "already
 * exists" are answers, not outages: callers that expect them catch {@link ElasticsearchException} first
 * through {@link #isConflict}.
 */
public final class EsCall {

  /** A call to the client that may throw what the client throws. */
  public interface Body<T> {
    T run() throws IOException;
  }

  private EsCall() {}

  public static <T> T run(String what, Body<T> body) {
    try {
      return body.run();
    } catch (ElasticsearchException | IOException e) {
      throw failure(what, e);
    }
  }

  /** The exception to throw for a failed call, for callers that handle some answers themselves. */
  public static EngineUnavailableException failure(String what, Exception e) {
    if (e instanceof ElasticsearchException) {
      return new EngineUnavailableException("Elasticsearch refused to " + what + ": " + e.getMessage(), e);
    }
    return new EngineUnavailableException("Elasticsearch is not reachable: " + Engine.describe(e), e);
  }

  /** A 409: the document exists already (op_type=create) or changed since it was read (if_seq_no). */
  public static boolean isConflict(Throwable e) {
    // Depending on the call the client reports it as an ElasticsearchException or, for some write
    // APIs, as the low-level client's ResponseException (an IOException) somewhere in the causes.
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ElasticsearchException es && es.status() == 409) {
        return true;
      }
      if (t instanceof ResponseException re && re.getResponse().getStatusLine().getStatusCode() == 409) {
        return true;
      }
    }
    return false;
  }
}
