package io.facetwire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The extractor's load beside the node's start: its value, its thread, and its failure as thrown. */
class BackgroundLoadTest {

  @Test
  void loadsOnItsOwnThreadWhileTheCallerGoesOn() throws Exception {
    CountDownLatch callerWentOn = new CountDownLatch(1);
    String caller = Thread.currentThread().getName();
    BackgroundLoad<String> load = BackgroundLoad.start("test-load", () -> {
      try {
        // Only finishes once the caller has done its own work: the two really overlap.
        if (!callerWentOn.await(30, TimeUnit.SECONDS)) {
          throw new IllegalStateException("the caller never went on");
        }
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      return Thread.currentThread().getName();
    });
    callerWentOn.countDown();
    String loader = load.join();
    assertEquals("test-load", loader);
    assertNotEquals(caller, loader);
  }

  @Test
  void aFailureOfTheLoadIsThrownByJoinAsItWasThrown() {
    IllegalArgumentException bad = new IllegalArgumentException("Bad taxonomy: line 3");
    BackgroundLoad<String> load = BackgroundLoad.start("test-load", () -> {
      throw bad;
    });
    assertSame(bad, assertThrows(IllegalArgumentException.class, load::join));
  }
}
