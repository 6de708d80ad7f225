package io.facetwire.engine;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import co.elastic.clients.elasticsearch.indices.IndexState;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows the periodic refresh of the articles index while a big import writes, and puts it back after.
 *
 * <p>Every refresh writes a new small segment that merges then rewrite; at the mapping's {@code 1s}
 * a Reuters import made a few dozen of them, and refresh and merge threads took a fifth of the node's
 * CPU. During the import new articles still become searchable, every {@value #DURING_IMPORT}
 * instead of every second (the import's own final refresh makes all of them searchable at its end),
 * and a server that dies mid-import leaves an index that still refreshes; the next start puts the
 * mapping's interval back ({@link IndexBootstrap}).
 *
 * <p>Imports may overlap (the API, the command, the demo corpus): the first one in slows the refresh,
 * the last one out restores each index to the value it had.
 */
public final class RefreshPause {

  private static final Logger LOG = LoggerFactory.getLogger(RefreshPause.class);
  /** Elasticsearch's own advice for bulk loads is -1; 30 s keeps an import's progress visible. */
  static final String DURING_IMPORT = "30s";

  private final ElasticsearchClient client;
  private final String alias;
  private int holders;
  /** Index name to the interval it had before the pause ({@code null}: not set, the default). */
  private Map<String, String> restore = Map.of();
  private final AtomicLong settingsChanges = new AtomicLong();

  public RefreshPause(ElasticsearchClient client, String alias) {
    this.client = client;
    this.alias = alias;
  }

  /** A big import begins: the first one slows the refresh of the indices behind the alias. */
  public synchronized void hold() {
    if (holders++ > 0) {
      return;
    }
    try {
      restore = intervals();
      for (String index : restore.keySet()) {
        put(index, DURING_IMPORT);
      }
    } catch (IOException | RuntimeException e) {
      // Only speed is lost: the import goes on with the usual refresh.
      LOG.warn("Could not slow the refresh of {} during the import: {}", alias, Engine.describe(e));
    }
  }

  /** A big import ended: the last one out restores each index's interval. */
  public synchronized void release() {
    if (holders == 0 || --holders > 0) {
      return;
    }
    for (Map.Entry<String, String> e : restore.entrySet()) {
      try {
        put(e.getKey(), e.getValue());
      } catch (IOException | RuntimeException failure) {
        LOG.warn("Could not restore the refresh interval of {} to {}: {}", e.getKey(),
            e.getValue() == null ? "its default" : e.getValue(), Engine.describe(failure));
      }
    }
    restore = Map.of();
  }

  /**
   * Puts back the mapping's interval where a server stopped in the middle of a big import left the
   * import's; called when the server starts.
   */
  static void undoLeftover(ElasticsearchClient client, String alias, String mappingInterval) throws IOException {
    if (DURING_IMPORT.equals(mappingInterval)) {
      return;
    }
    RefreshPause pause = new RefreshPause(client, alias);
    for (Map.Entry<String, String> e : pause.intervals().entrySet()) {
      if (DURING_IMPORT.equals(e.getValue())) {
        LOG.info("Index {}: refresh interval back to {} (an import was cut off)", e.getKey(), mappingInterval);
        pause.put(e.getKey(), mappingInterval);
      }
    }
  }

  /** Settings requests sent so far (two per big import, none for small ones): what the tests count. */
  public long settingsChanges() {
    return settingsChanges.get();
  }

  /** Each index behind the alias with its refresh interval ({@code null} when not set). */
  private Map<String, String> intervals() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, IndexState> e : client.indices()
        .getSettings(g -> g.index(alias).name("index.refresh_interval")).result().entrySet()) {
      out.put(e.getKey(), interval(e.getValue().settings()));
    }
    return out;
  }

  private void put(String index, String interval) throws IOException {
    String value = interval == null ? "null" : "\"" + interval.replace("\"", "") + "\"";
    String body = "{\"index\":{\"refresh_interval\":" + value + "}}";
    client.indices().putSettings(p -> p.index(index).withJson(new StringReader(body)));
    settingsChanges.incrementAndGet();
  }

  private static String interval(IndexSettings settings) {
    if (settings == null) {
      return null;
    }
    Time t = settings.refreshInterval() != null ? settings.refreshInterval()
        : settings.index() != null ? settings.index().refreshInterval() : null;
    return t == null ? null : t.isTime() ? t.time() : String.valueOf(t.offset());
  }
}
