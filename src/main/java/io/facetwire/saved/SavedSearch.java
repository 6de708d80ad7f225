package io.facetwire.saved;

import java.time.Instant;

/**
 * A search kept under a name. The search itself is stored as its canonical URL query string
 * ({@code SearchState.toQueryString()}), so running it again is just opening that URL.
 *
 * @param owner who may see and change it; set by the server, never taken from a request. Until
 *              accounts exist every saved search belongs to {@link #ANONYMOUS_OWNER}.
 */
public record SavedSearch(
    String id,
    String owner,
    String name,
    String queryString,
    Instant createdAt,
    Instant updatedAt,
    Instant lastRunAt) {

  public static final String ANONYMOUS_OWNER = "anonymous";
  public static final int MAX_NAME_LENGTH = 200;

  public String searchUrl() {
    return queryString == null || queryString.isEmpty() ? "/search" : "/search?" + queryString;
  }
}
