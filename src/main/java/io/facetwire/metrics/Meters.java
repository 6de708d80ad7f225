package io.facetwire.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;

/**
 * The process's meters, exposed in Prometheus' text format at {@code /metrics}. One registry per
 * process, like the process it describes: the engine, the importer and the web layer record into it
 * without being wired to each other. Names follow Micrometer's conventions (dots, base units); the
 * Prometheus names get underscores and {@code _seconds} / {@code _total} suffixes.
 */
public final class Meters {

  /** Buckets of the latency histograms: from 1 ms to a minute is what a request or an ES call takes. */
  private static final Duration MIN_EXPECTED = Duration.ofMillis(1);
  private static final Duration MAX_EXPECTED = Duration.ofSeconds(60);

  private static final PrometheusMeterRegistry REGISTRY = create();

  private Meters() {}

  public static PrometheusMeterRegistry registry() {
    return REGISTRY;
  }

  /** A latency timer with histogram buckets (so Prometheus can compute quantiles across servers). */
  public static Timer latency(String name, String description, String... tags) {
    return latency(REGISTRY, name, description, tags);
  }

  /** The same timer in another registry (the import warm-up's figures go to one nobody reads). */
  public static Timer latency(MeterRegistry registry, String name, String description, String... tags) {
    return Timer.builder(name).description(description).tags(tags)
        .publishPercentileHistogram()
        .minimumExpectedValue(MIN_EXPECTED).maximumExpectedValue(MAX_EXPECTED)
        .register(registry);
  }

  private static PrometheusMeterRegistry create() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    return registry;
  }
}
