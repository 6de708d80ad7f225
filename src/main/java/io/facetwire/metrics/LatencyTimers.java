package io.facetwire.metrics;

import io.micrometer.core.instrument.Timer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latency timers of one meter name, one per combination of tag values, each registered once and then
 * found in a map: building and registering a {@link Timer} (tags sorted, an id made and looked up) on
 * every request or Elasticsearch call cost more than the recording itself. The tag values must come from
 * a bounded set (route templates, statuses, API names), as for any meter.
 */
public final class LatencyTimers {

  private final String name;
  private final String description;
  private final String[] tagKeys;
  private final ConcurrentHashMap<List<String>, Timer> timers = new ConcurrentHashMap<>();

  public LatencyTimers(String name, String description, String... tagKeys) {
    this.name = name;
    this.description = description;
    this.tagKeys = tagKeys.clone();
  }

  /** The timer for these tag values, in the order of the keys given to the constructor. */
  public Timer get(String... values) {
    if (values.length != tagKeys.length) {
      throw new IllegalArgumentException(name + " takes " + tagKeys.length + " tag values, not " + values.length);
    }
    List<String> key = Arrays.asList(values);
    Timer timer = timers.get(key);
    return timer != null ? timer : timers.computeIfAbsent(List.of(values), k -> register(values));
  }

  private Timer register(String[] values) {
    String[] tags = new String[tagKeys.length * 2];
    for (int i = 0; i < tagKeys.length; i++) {
      tags[2 * i] = tagKeys[i];
      tags[2 * i + 1] = values[i];
    }
    return Meters.latency(name, description, tags);
  }
}
