package io.facetwire.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.Facetwire;
import io.facetwire.article.ReadOptions;
import io.facetwire.engine.IndexNames;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.support.TestEngine;
import io.facetwire.support.TestServer;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The preview's comparison with the index, against the real node: whole, and stopped at its cap. */
class IndexDifferTest {

  @Test
  void comparesTheNewestArticlesUpToItsCapAndSaysSo() {
    IndexNames names = new IndexNames(TestEngine.uniquePrefix());
    // Not closed: closing would stop the node every test class shares.
    Facetwire fw = Facetwire.onEngine(TestEngine.get(), names, TestServer.extractor(), Clock.systemUTC(),
        TestServer.testConfig());
    TestServer.importFixtures(fw.importer(), ReadOptions.NONE, "fixtures/wikinews_2019.csv",
        "fixtures/wikinews_2020.csv");
    long total = fw.articles().count();
    FacetExtractor same = fw.extractor();
    FacetExtractor election = same.withTopics(TopicBlocks.of(same.topicsText()).replace("sport",
        "[sport]\nthreshold = 3\nmentions = 1\nshare = 0\n5  election, elections, vote\n"), "test");

    IndexDiffer whole = new IndexDiffer(fw.engine().client(), names.articles(), fw.documents(), 100_000);
    IndexDiff unchanged = whole.diff("sport", same);
    assertEquals(total, unchanged.scanned());
    assertFalse(unchanged.capped());
    assertTrue(unchanged.added().isEmpty() && unchanged.removed().isEmpty() && unchanged.otherChanges() == 0,
        "the definitions the index was tagged with change nothing");

    IndexDiff all = whole.diff("sport", election);
    assertTrue(all.added().size() > 0);
    IndexDiff capped = new IndexDiffer(fw.engine().client(), names.articles(), fw.documents(), 40)
        .diff("sport", election);
    assertEquals(40, capped.scanned());
    assertEquals(total, capped.total());
    assertTrue(capped.capped());
    assertTrue(all.added().containsAll(capped.added()), "the capped diff is part of the whole one");
    assertTrue(all.removed().containsAll(capped.removed()));
  }
}
