package io.facetwire.engine;

/**
 * Names of the aliases the application reads and writes. Each alias points at one versioned index
 * ({@code articles} -> {@code articles-v1}), so a new mapping can be built beside the old one and the
 * alias moved. The prefix keeps several installations (or test classes) apart on one cluster.
 */
public record IndexNames(String prefix) {

  public static final String ARTICLES = "articles";
  public static final String SAVED_SEARCHES = "saved-searches";
  public static final String USERS = "users";
  public static final String SESSIONS = "sessions";
  public static final String RATE_LIMITS = "rate-limits";
  public static final String SEARCH_HISTORY = "search-history";
  public static final String SOURCES = "sources";
  public static final String TOPIC_VERSIONS = "topic-versions";

  public static IndexNames defaults() {
    return new IndexNames("facetwire-");
  }

  public String articles() {
    return prefix + ARTICLES;
  }

  public String savedSearches() {
    return prefix + SAVED_SEARCHES;
  }

  public String users() {
    return prefix + USERS;
  }

  public String sessions() {
    return prefix + SESSIONS;
  }

  public String rateLimits() {
    return prefix + RATE_LIMITS;
  }

  public String searchHistory() {
    return prefix + SEARCH_HISTORY;
  }

  public String sources() {
    return prefix + SOURCES;
  }

  /** Versions of the topic definitions an admin saved, and the state of the re-tag after the last. */
  public String topicVersions() {
    return prefix + TOPIC_VERSIONS;
  }

  /** The alias for a mapping file's base name, e.g. "articles" -> "facetwire-articles". */
  public String alias(String mappingName) {
    return prefix + mappingName;
  }
}
