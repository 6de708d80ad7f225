package io.facetwire.engine;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One thread that writes the batches another thread hands over, so the handing thread (busy reading
 * and extracting) goes on while the batches are written. At most {@code ahead} batches wait: enough to
 * keep the writer busy, little memory. A failure of the writer is thrown to the handing thread at its
 * next hand-over or at {@link #finish}.
 *
 * <p>It knows nothing of what a batch holds; {@link ArticleWriter} decides what to write.
 */
final class WriterThread<T> {

  private final BlockingQueue<List<T>> handedOver;
  private final Consumer<List<T>> write;
  private Thread thread;
  private volatile Throwable failure;

  WriterThread(int ahead, Consumer<List<T>> write) {
    this.handedOver = new ArrayBlockingQueue<>(ahead);
    this.write = write;
  }

  /** True once the first batch was handed over (the thread runs until {@link #finish}). */
  boolean started() {
    return thread != null;
  }

  /** Waits for room, then hands the batch to the writer (starting it on the first call); never empty. */
  void handOver(List<T> batch) {
    if (thread == null) {
      thread = new Thread(this::writeBatches, "facetwire-writer");
      thread.setDaemon(true);
      thread.start();
    }
    try {
      while (!handedOver.offer(batch, 100, TimeUnit.MILLISECONDS)) {
        rethrowFailure();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while handing articles to the writer", e);
    }
  }

  /** Lets the writer write what it was handed, stops it and waits for it; throws its failure if any. */
  void finish() {
    handOver(List.of());  // The empty batch tells the writer to stop.
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the writer", e);
    }
    rethrowFailure();
  }

  private void writeBatches() {
    try {
      for (List<T> next; !(next = handedOver.take()).isEmpty(); ) {
        write.accept(next);
      }
    } catch (Throwable e) {
      failure = e;
    }
  }

  private void rethrowFailure() {
    if (failure != null) {
      throw new EngineUnavailableException("Writing articles failed: " + Engine.describe(failure), failure);
    }
  }
}
