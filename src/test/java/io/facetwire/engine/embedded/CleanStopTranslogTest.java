package io.facetwire.engine.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.recovery.ShardRecovery;
import io.facetwire.Facetwire;
import io.facetwire.article.ReadOptions;
import io.facetwire.engine.ElasticsearchSettings;
import io.facetwire.engine.IndexNames;
import io.facetwire.support.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A server's clean stop leaves the embedded node's index committed, so the next start opens the shard
 * from its files and replays nothing from the translog (issue 15: start-up with a large index present;
 * a replay is the one recovery cost that grows with what was written before the stop).
 */
class CleanStopTranslogTest {

  @Test
  void articlesWrittenBeforeACleanStopAreCommittedAndTheNextStartReplaysNoOperation() throws Exception {
    Path dataDir = Files.createTempDirectory("facetwire-clean-stop");
    IndexNames names = IndexNames.defaults();
    long indexed;
    try (Facetwire first = Facetwire.open(ElasticsearchSettings.embedded(), dataDir, names, TestServer.extractor(),
        TestServer.testConfig())) {
      TestServer.importFixtures(first.importer(), ReadOptions.NONE, "fixtures/wikinews_2019.csv");
      ElasticsearchClient client = first.engine().client();
      indexed = client.count(c -> c.index(names.articles())).count();
      assertTrue(indexed > 0, "the fixtures were indexed");
      // Written but not yet committed: what a kill at this moment would leave to replay.
      assertTrue(uncommittedOperations(client, names.articles()) > 0, "the import's operations are in the translog");
    } // close(): what ServerShutdown does on SIGTERM, after the HTTP side drained

    try (Facetwire second = Facetwire.open(ElasticsearchSettings.embedded(), dataDir, names, TestServer.extractor(),
        TestServer.testConfig())) {
      ElasticsearchClient client = second.engine().client();
      List<ShardRecovery> shards = client.indices().recovery(r -> r.index(names.articles())).result().values()
          .iterator().next().shards();
      assertEquals(1, shards.size());
      ShardRecovery shard = shards.get(0);
      assertEquals("EXISTING_STORE", shard.type(), shard.toString());
      assertEquals(0, shard.translog().total(), "nothing left to replay: " + shard.translog());
      assertEquals(0, shard.translog().recovered(), shard.translog().toString());
      assertEquals(0, uncommittedOperations(client, names.articles()));
      assertEquals(indexed, client.count(c -> c.index(names.articles())).count(), "every article is there");
    }
  }

  private static long uncommittedOperations(ElasticsearchClient client, String index) throws Exception {
    return client.indices().stats(s -> s.index(index)).all().total().translog().uncommittedOperations();
  }
}
