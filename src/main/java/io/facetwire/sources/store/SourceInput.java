package io.facetwire.sources.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** What an admin types when adding a source, checked; each problem is a sentence for the form or CLI. */
public final class SourceInput {

  public static final int MAX_NAME = 100;
  public static final int MIN_INTERVAL = 1;
  public static final int MAX_INTERVAL = 24 * 60;

  private SourceInput() {}

  /** Null when fine, else the reason. */
  public static String problemWith(String name, String url, int intervalMinutes) {
    if (name == null || name.isBlank()) {
      return "Give the source a name (it is shown as the source of its articles).";
    }
    if (name.strip().length() > MAX_NAME) {
      return "The name is longer than " + MAX_NAME + " characters.";
    }
    if (url == null || url.isBlank()) {
      return "Enter the address of a feed or news sitemap.";
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        return "The address must start with https:// (or http://) and name a host.";
      }
    } catch (URISyntaxException e) {
      return "That is not a valid address.";
    }
    if (intervalMinutes < MIN_INTERVAL || intervalMinutes > MAX_INTERVAL) {
      return "The poll interval must be between " + MIN_INTERVAL + " and " + MAX_INTERVAL + " minutes.";
    }
    return null;
  }
}
