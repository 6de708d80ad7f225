package io.facetwire.cli;

import io.facetwire.article.Article;
import io.facetwire.article.RecordError;
import io.facetwire.article.RecordSink;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl+C or SIGTERM during {@code import}: instead of dying mid-batch, the import stops taking records,
 * waits until what it sent is acknowledged, and prints its summary so far and what to run again. The
 * JVM's shutdown hook only raises a flag and waits (bounded) for the importing thread to finish that.
 */
final class ImportInterruption {

  /** Thrown into the reader when a stop was asked for: ends the file being read. */
  static final class Stopped extends RuntimeException {
    Stopped() {
      super("import interrupted", null, false, false);
    }
  }

  private final Duration maxWait;
  private final CountDownLatch reported = new CountDownLatch(1);
  private final Thread hook;
  private volatile boolean requested;

  private ImportInterruption(Duration maxWait) {
    this.maxWait = maxWait;
    this.hook = new Thread(this::onShutdown, "facetwire-import-interrupted");
  }

  static ImportInterruption install(Duration maxWait) {
    ImportInterruption interruption = new ImportInterruption(maxWait);
    Runtime.getRuntime().addShutdownHook(interruption.hook);
    return interruption;
  }

  boolean requested() {
    return requested;
  }

  /** The reader's sink, refusing further records once a stop was asked for. */
  RecordSink guard(RecordSink sink) {
    return new RecordSink() {
      @Override
      public void accept(Article article, String location) {
        if (requested) {
          throw new Stopped();
        }
        sink.accept(article, location);
      }

      @Override
      public void reject(RecordError error) {
        if (requested) {
          throw new Stopped();
        }
        sink.reject(error);
      }
    };
  }

  /** The import has printed what it had to say: the JVM may exit now. */
  void finished() {
    if (requested) {
      reported.countDown();
    } else {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The stop came just now, after the last record: nothing left to wait for.
      }
      reported.countDown();
    }
  }

  private void onShutdown() {
    requested = true;
    try {
      reported.await(maxWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
