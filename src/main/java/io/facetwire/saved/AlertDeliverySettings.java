package io.facetwire.saved;

import io.facetwire.InvalidSetting;
import io.facetwire.Settings;

/**
 * How many webhook deliveries a server runs at once, and how many owners' deliveries may wait for one of them
 * ({@link AlertDeliveries}). More threads let more slow receivers hang at once without holding the others; each
 * waiting delivery holds its owner's news in memory, so the queue is bounded too. Past both, news waits for the
 * check's retry (its watermark unmoved).
 *
 * @param threads deliveries running at once ({@code FACETWIRE_ALERT_DELIVERY_THREADS}, 1 to {@value #MAX_THREADS})
 * @param queued  owners' deliveries waiting for a thread ({@code FACETWIRE_ALERT_DELIVERY_QUEUE}, 1 to
 *                {@value #MAX_QUEUED})
 */
public record AlertDeliverySettings(int threads, int queued) {

  public static final int DEFAULT_THREADS = 4;
  public static final int DEFAULT_QUEUED = 64;
  /** A thread and a connection each: more than this is a mistake on a server, not a need. */
  public static final int MAX_THREADS = 64;
  /** Each waiting delivery holds up to an owner's 500 saved searches' news: bounded so the heap is. */
  public static final int MAX_QUEUED = 1000;

  public AlertDeliverySettings {
    if (threads < 1 || threads > MAX_THREADS) {
      throw new InvalidSetting("FACETWIRE_ALERT_DELIVERY_THREADS must be a whole number from 1 to " + MAX_THREADS
          + ", got '" + threads + "'");
    }
    if (queued < 1 || queued > MAX_QUEUED) {
      throw new InvalidSetting("FACETWIRE_ALERT_DELIVERY_QUEUE must be a whole number from 1 to " + MAX_QUEUED
          + ", got '" + queued + "'");
    }
  }

  public static AlertDeliverySettings defaults() {
    return new AlertDeliverySettings(DEFAULT_THREADS, DEFAULT_QUEUED);
  }

  /** Reads {@code FACETWIRE_ALERT_DELIVERY_THREADS} and {@code FACETWIRE_ALERT_DELIVERY_QUEUE}; a bad value names its variable. */
  public static AlertDeliverySettings from(Settings env) {
    return new AlertDeliverySettings(
        (int) env.count("FACETWIRE_ALERT_DELIVERY_THREADS", DEFAULT_THREADS, 1, MAX_THREADS),
        (int) env.count("FACETWIRE_ALERT_DELIVERY_QUEUE", DEFAULT_QUEUED, 1, MAX_QUEUED));
  }
}
