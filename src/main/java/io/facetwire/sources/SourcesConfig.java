package io.facetwire.sources;

import io.facetwire.InvalidSetting;
import io.facetwire.Settings;
import io.facetwire.sources.fetch.FetchSettings;
import java.time.Duration;
import java.util.Map;

/**
 * Settings of the live sources feature, read once from the environment by the command line.
 *
 * @param fetch        how the fetcher treats other servers (contact, timeouts, limits, private addresses)
 * @param pollers      sources polled at the same time by one server (one slow source holds only one)
 * @param tick         how often a server looks for sources that are due
 * @param leaseTtl     how long a poll may hold its source before another server may take it over
 */
public record SourcesConfig(FetchSettings fetch, int pollers, Duration tick, Duration leaseTtl) {

  public static SourcesConfig defaults() {
    return new SourcesConfig(FetchSettings.defaults(), 4, Duration.ofSeconds(30), Duration.ofMinutes(10));
  }

  public static SourcesConfig fromEnvironment(Map<String, String> env) {
    return from(new Settings(env));
  }

  /** Reads the FACETWIRE_SOURCES_* variables once; a value that cannot be used names its variable. */
  public static SourcesConfig from(Settings env) {
    SourcesConfig d = defaults();
    FetchSettings fetch = d.fetch().withContact(env.string("FACETWIRE_SOURCES_CONTACT"))
        .withAllowPrivate(env.bool("FACETWIRE_SOURCES_ALLOW_PRIVATE", false));
    String pollers = env.string("FACETWIRE_SOURCES_POLLERS");
    int n = d.pollers();
    if (pollers != null && !pollers.isBlank()) {
      try {
        n = Integer.parseInt(pollers.strip());
      } catch (NumberFormatException e) {
        n = -1;
      }
      if (n < 1 || n > 64) {
        throw new InvalidSetting("FACETWIRE_SOURCES_POLLERS must be a number from 1 to 64, got '" + pollers + "'");
      }
    }
    return new SourcesConfig(fetch, n, d.tick(), d.leaseTtl());
  }

  public SourcesConfig withFetch(FetchSettings newFetch) {
    return new SourcesConfig(newFetch, pollers, tick, leaseTtl);
  }

  public SourcesConfig withTick(Duration newTick) {
    return new SourcesConfig(fetch, pollers, newTick, leaseTtl);
  }
}
