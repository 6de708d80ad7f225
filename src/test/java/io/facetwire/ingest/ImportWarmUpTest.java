package io.facetwire.ingest;

import io.facetwire.Facetwire;
import io.facetwire.engine.IndexNames;
import io.facetwire.support.MutableClock;
import io.facetwire.support.TestEngine;
import io.facetwire.support.TestServer;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The server's background warm-up of the import code: bounded, gives way to imports, writes nothing. */
class ImportWarmUpTest {

  static Facetwire facetwire;
  static final long NO_DEADLINE = Long.MAX_VALUE / 2;

  @BeforeAll
  static void open() {
    facetwire = Facetwire.onEngine(TestEngine.get(), new IndexNames(TestEngine.uniquePrefix()),
        TestServer.extractor(), new MutableClock(Instant.parse("2026-01-01T00:00:00Z")),
        io.facetwire.FacetwireConfig.defaults());
  }

  @Test
  void runsTheDemoArticlesRoundAfterRoundUpToItsCountAndStoresNothing() {
    // The demo corpus has 294 articles: 300 takes two rounds, the second one cut short.
    assertEquals(300, ImportWarmUp.run(facetwire.importer(), facetwire.documents(), 300, NO_DEADLINE));
    assertEquals(0, facetwire.articles().count(), "the warm-up writes nothing to the index");
  }

  @Test
  void givesWayToAnImportThatIsRunning() {
    Importer.Run run = facetwire.importer().start();
    try {
      assertEquals(0, ImportWarmUp.run(facetwire.importer(), facetwire.documents(), 300, NO_DEADLINE));
    } finally {
      run.finish();
    }
    assertEquals(300, ImportWarmUp.run(facetwire.importer(), facetwire.documents(), 300, NO_DEADLINE),
        "once the import finished, the warm-up runs again");
  }

  @Test
  void stopsWhenItsCpuBudgetIsSpent() {
    assertEquals(0, ImportWarmUp.run(facetwire.importer(), facetwire.documents(), 300, -1));
  }
}
