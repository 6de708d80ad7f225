package io.facetwire;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The environment, read once, with typed readers that turn a bad value into one line naming the
 * variable ({@link InvalidSetting}). Flags win over these: a command passes its flag's
 * value first and falls back to the variable only when the flag is absent.
 *
 * <p>Only the command line reads {@code System.getenv}, through {@link #system()}; the rest of the
 * application gets finished values, so tests build the settings they need from a plain map.
 */
public final class Settings {

  private static volatile Settings system;

  private final Map<String, String> env;

  public Settings(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /** The process environment, read on first use and kept. */
  public static Settings system() {
    Settings s = system;
    if (s == null) {
      s = new Settings(System.getenv());
      system = s;
    }
    return s;
  }

  /** Every variable, for the readers that take a map ({@code ElasticsearchSettings}). */
  public Map<String, String> asMap() {
    return env;
  }

  /** The value, stripped, or null when unset or blank. */
  public String string(String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  public String string(String name, String fallback) {
    String v = string(name);
    return v == null ? fallback : v;
  }

  public boolean bool(String name, boolean fallback) {
    String v = string(name);
    if (v == null) {
      return fallback;
    }
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1", "on" -> true;
      case "false", "no", "0", "off" -> false;
      default -> throw new InvalidSetting(name + " must be true or false, got '" + v + "'");
    };
  }

  /** A TCP port, 0 to 65535 (0: any free port). */
  public int port(String name, Integer flag, int fallback) {
    if (flag != null) {
      return checkPort("--port", flag);
    }
    String v = string(name);
    if (v == null) {
      return fallback;
    }
    try {
      return checkPort(name, Integer.parseInt(v));
    } catch (NumberFormatException e) {
      throw new InvalidSetting(name + " must be a port number (0-65535), got '" + v + "'");
    }
  }

  private static int checkPort(String name, int port) {
    if (port < 0 || port > 65535) {
      throw new InvalidSetting(name + " must be a port number (0-65535), got '" + port + "'");
    }
    return port;
  }

  /** {@code 64k}, {@code 32m}, {@code 1g} (binary units, an optional trailing "b") or plain bytes; at least one. */
  public long size(String name, long fallback) {
    String v = string(name);
    if (v == null) {
      return fallback;
    }
    String s = v.toLowerCase(Locale.ROOT);
    s = s.endsWith("b") ? s.substring(0, s.length() - 1) : s;
    int shift = s.endsWith("k") ? 10 : s.endsWith("m") ? 20 : s.endsWith("g") ? 30 : 0;
    try {
      long n = Long.parseLong(shift == 0 ? s : s.substring(0, s.length() - 1).strip());
      if (n >= 1 && n < (1L << (62 - shift))) {
        return n << shift;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidSetting(name + " must be a size such as 64k, 32m or 1g, got '" + v + "'");
  }

  /** A whole number of at least {@code min} ("1_000" and "1,000" read as 1000). */
  public long count(String name, long fallback, long min) {
    String v = string(name);
    if (v == null) {
      return fallback;
    }
    try {
      long n = Long.parseLong(v.replace("_", "").replace(",", ""));
      if (n >= min) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidSetting(name + " must be a whole number of at least " + min + ", got '" + v + "'");
  }

  /** A whole number from {@code min} to {@code max}, for settings where more than {@code max} is a mistake. */
  public long count(String name, long fallback, long min, long max) {
    String v = string(name);
    if (v == null) {
      return fallback;
    }
    try {
      long n = Long.parseLong(v.replace("_", "").replace(",", ""));
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidSetting(name + " must be a whole number from " + min + " to " + max + ", got '" + v + "'");
  }

  /** As {@link #duration} but longer than zero: a wait or a time-out of nothing is a mistake. */
  public Duration positiveDuration(String name, Duration fallback) {
    Duration d = duration(name, fallback);
    if (d.isZero()) {
      throw new InvalidSetting(name + " must be a duration longer than zero such as 500ms, 30s or 2m, got '"
          + string(name) + "'");
    }
    return d;
  }

  /** {@code 500ms}, {@code 30s}, {@code 2m} or plain milliseconds. */
  public Duration duration(String name, Duration fallback) {
    String v = string(name);
    return v == null ? fallback : parseDuration(name, v);
  }

  public static Duration parseDuration(String name, String value) {
    String s = value.strip().toLowerCase(Locale.ROOT);
    try {
      Duration d;
      if (s.endsWith("ms")) {
        d = Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2).strip()));
      } else if (s.endsWith("s")) {
        d = Duration.ofSeconds(Long.parseLong(s.substring(0, s.length() - 1).strip()));
      } else if (s.endsWith("m")) {
        d = Duration.ofMinutes(Long.parseLong(s.substring(0, s.length() - 1).strip()));
      } else {
        d = Duration.ofMillis(Long.parseLong(s));
      }
      if (!d.isNegative()) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidSetting(name + " must be a duration like 500ms, 30s or 2m, got '" + value + "'");
  }

  public Path path(String name, Path flag, Path fallback) {
    if (flag != null) {
      return flag;
    }
    String v = string(name);
    return v == null ? fallback : Path.of(v);
  }
}
