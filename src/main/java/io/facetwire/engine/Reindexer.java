package io.facetwire.engine;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.indices.add_block.IndicesBlockOptions;
import co.elastic.clients.elasticsearch.indices.stats.ShardStats;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Rolls an alias over to a new index built from the current mapping file, while searches and writes go on.
 *
 * <ol>
 *   <li>Create the new versioned index (refresh off while it fills).
 *   <li>Note each source shard's global checkpoint, refresh, copy everything (search_after + bulk).
 *   <li>Catch up: copy what was written since the noted checkpoints (a range query on {@code _seq_no}),
 *       a few rounds while writers keep writing.
 *   <li>Block writes on the old index (the block waits for writes in flight), copy the last changes,
 *       compare the counts, and move the alias in one {@code _aliases} call (remove + add): a search
 *       sees either the old index or the new one, never neither or both.
 * </ol>
 *
 * <p>Searches never stop. A write that arrives in the moment between the block and the alias move is
 * rejected with an error naming the block (an import reports it as failed; running it again is safe)
 * rather than lost. The old index stays, read-only, until deleted (rollback = move the alias back).
 * Deletions are not carried over by the catch-up; Facetwire does not delete articles.
 */
public final class Reindexer {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Reindexer.class);

  private static final int CATCH_UP_ROUNDS = 5;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final ElasticsearchClient client;
  private final IndexBootstrap bootstrap;
  private final IndexCopier copier;

  public Reindexer(ElasticsearchClient client, ObjectMapper json, IndexLayout layout, int pageSize) {
    this.client = client;
    this.bootstrap = new IndexBootstrap(client, json, layout);
    this.copier = new IndexCopier(client, pageSize);
  }

  public record Result(String alias, String oldIndex, String newIndex, long copied, long caughtUp, long count) {}

  /**
   * @param mappingName the mapping file ("articles"), whose {@code _meta.version} names the new index
   * @param transform   applied to every document on the way (re-enrichment), or {@code UnaryOperator.identity()}
   * @throws IllegalStateException when the counts differ (the alias is then left where it was)
   */
  public Result reindex(String alias, String mappingName, UnaryOperator<ObjectNode> transform,
      Consumer<String> progress) throws IOException {
    ObjectNode definition = bootstrap.definition(mappingName);
    if (!"keyword".equals(definition.path("mappings").path("properties").path("id").path("type").asText())) {
      throw new IllegalArgumentException("index-mappings/" + mappingName + ".json has no keyword field 'id',"
          + " which reindex pages through; only articles and saved-searches can be reindexed");
    }
    String source = currentIndex(alias);
    String target = newIndexName(alias, IndexBootstrap.version(definition));
    String refreshInterval = definition.path("settings").path("refresh_interval").asText("1s");
    ((ObjectNode) definition.get("settings")).put("refresh_interval", "-1");
    String body = definition.toString();
    client.indices().create(c -> c.index(target).withJson(new StringReader(body))
        .waitForActiveShards(w -> w.count(1)));
    progress.accept("Created " + target + " from index-mappings/" + mappingName + ".json; copying " + source + "…");

    Map<Integer, Long> checkpoints = globalCheckpoints(source);
    refresh(source);
    long copied = copier.copy(source, target, Query.of(q -> q.matchAll(m -> m)), null, transform);
    progress.accept("Copied " + copied + " documents; catching up with writes made meanwhile…");

    long caughtUp = 0;
    for (int round = 0; round < CATCH_UP_ROUNDS; round++) {
      long changed = catchUp(source, target, checkpoints, transform);
      caughtUp += changed;
      if (changed < 100) {
        break;
      }
    }
    client.indices().addBlock(b -> b.index(source).block(IndicesBlockOptions.Write));
    try {
      caughtUp += catchUp(source, target, checkpoints, transform);
      client.indices().putSettings(p -> p.index(target).settings(s -> s.refreshInterval(t -> t.time(refreshInterval))));
      // The source was refreshed by catchUp under the write block: only the target needs it.
      refresh(target);
      long before = count(source);
      long after = count(target);
      if (before != after) {
        throw new IllegalStateException("Counts differ: " + source + " holds " + before + ", " + target + " holds "
            + after + "; the alias stays on " + source + " (" + target + " is kept for inspection)");
      }
      client.indices().updateAliases(u -> u
          .actions(a -> a.remove(r -> r.index(source).alias(alias)))
          .actions(a -> a.add(ad -> ad.index(target).alias(alias).isWriteIndex(true))));
      progress.accept("Alias " + alias + " moved from " + source + " to " + target + " (" + after + " documents); "
          + source + " is kept, read-only");
      LOG.info("Reindexed {}: alias moved from {} to {} ({} documents, {} copied again after changes)",
          alias, source, target, after, caughtUp);
      return new Result(alias, source, target, copied, caughtUp, after);
    } catch (IOException | RuntimeException e) {
      // The alias did not move: the old index takes writes again.
      if (currentIndex(alias).equals(source)) {
        client.indices().putSettings(p -> p.index(source).settings(s -> s.blocks(bl -> bl.write(false))));
      }
      throw e;
    }
  }

  /** Copies what changed since {@code checkpoints} (per shard), and moves the checkpoints on. */
  private long catchUp(String source, String target, Map<Integer, Long> checkpoints,
      UnaryOperator<ObjectNode> transform) throws IOException {
    // Checkpoints first, then refresh: every operation up to them is then visible to the search.
    Map<Integer, Long> next = globalCheckpoints(source);
    refresh(source);
    long changed = 0;
    for (var entry : checkpoints.entrySet()) {
      double after = entry.getValue();
      Query since = Query.of(q -> q.range(r -> r.number(n -> n.field("_seq_no").gt(after))));
      changed += copier.copy(source, target, since, "_shards:" + entry.getKey(), transform);
    }
    checkpoints.putAll(next);
    return changed;
  }

  /** Per shard, the sequence number up to which every copy has applied every operation. */
  private Map<Integer, Long> globalCheckpoints(String index) throws IOException {
    var stats = client.indices().stats(s -> s.index(index).level(co.elastic.clients.elasticsearch._types.Level.Shards));
    Map<Integer, Long> out = new HashMap<>();
    stats.indices().get(index).shards().forEach((shard, copies) -> {
      for (ShardStats copy : copies) {
        if (copy.routing() != null && copy.routing().primary() && copy.seqNo() != null) {
          out.put(Integer.parseInt(shard), copy.seqNo().globalCheckpoint());
        }
      }
    });
    return out;
  }

  /** The one index behind {@code alias}. */
  public String currentIndex(String alias) throws IOException {
    Set<String> indices = client.indices().getAlias(a -> a.name(alias)).result().keySet();
    if (indices.size() != 1) {
      throw new IllegalStateException("Alias " + alias + " points at " + indices + ", expected exactly one index");
    }
    return indices.iterator().next();
  }

  private String newIndexName(String alias, int version) throws IOException {
    String plain = alias + "-v" + version;
    if (!client.indices().exists(e -> e.index(plain)).value()) {
      return plain;
    }
    return plain + "-" + ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
  }

  private void refresh(String index) throws IOException {
    client.indices().refresh(r -> r.index(index));
  }

  private long count(String index) throws IOException {
    return client.count(c -> c.index(index)).count();
  }

  /** Old indices no longer behind any alias, for a clean-up after a successful reindex. */
  public void delete(String index) throws IOException {
    client.indices().delete(d -> d.index(List.of(index)));
  }
}
