package io.facetwire;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A value loaded on a thread of its own while the caller goes on with other start-up work: the
 * extractor's gazetteers and language profiles (seconds of reading and parsing) load while the
 * Elasticsearch node starts, instead of before it (issue 15: start-up at scale). A failure of the
 * load is thrown by {@link #join} as it was thrown, so a bad taxonomy is still its one-line error.
 */
final class BackgroundLoad<T> {

  private final FutureTask<T> task;

  private BackgroundLoad(Supplier<T> loader) {
    this.task = new FutureTask<>(loader::get);
  }

  /** Starts loading on a daemon thread {@code name}: a start-up that fails elsewhere is not held up by it. */
  static <T> BackgroundLoad<T> start(String name, Supplier<T> loader) {
    BackgroundLoad<T> load = new BackgroundLoad<>(loader);
    Thread thread = new Thread(load.task, name);
    thread.setDaemon(true);
    thread.start();
    return load;
  }

  /** Waits for the value; what the loader threw is thrown here unwrapped. */
  T join() {
    try {
      return task.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading at start-up", e);
    }
  }
}
