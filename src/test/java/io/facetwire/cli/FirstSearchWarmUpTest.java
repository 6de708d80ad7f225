package io.facetwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.facetwire.support.ServerExtension;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** serve's background first search: it runs the home page's search on the articles index, once. */
class FirstSearchWarmUpTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard().fixtures("fixtures/wikinews_2019.csv");

  @Test
  void theHomePagesSearchRunsOnTheArticlesIndexInTheBackground() throws Exception {
    long before = queries();
    Thread warmUp = FirstSearchWarmUp.start(server.facetwire());
    assertEquals("facetwire-warm-up", warmUp.getName());
    warmUp.join(TimeUnit.SECONDS.toMillis(60));
    assertFalse(warmUp.isAlive(), "the warm-up search finished");
    // The home page's search (and the corpus dates it needs, when not yet known) reached the index.
    long after = queries();
    assertTrue(after > before, "searches the node ran on the articles index: " + before + " then " + after);
  }

  /** The articles index's query count, from the node's own statistics (primaries: one shard each). */
  private static long queries() throws Exception {
    ElasticsearchClient client = server.facetwire().engine().client();
    String alias = server.facetwire().names().articles();
    client.indices().refresh(r -> r.index(alias));
    return client.indices().stats(s -> s.index(alias).metric("search")).all().primaries().search().queryTotal();
  }
}
