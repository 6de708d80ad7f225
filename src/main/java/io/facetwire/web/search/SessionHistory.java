package io.facetwire.web.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.search.SearchState;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The last searches of this browser session, kept in the browser (a session cookie), not on the
 * server: nothing to store, nothing shared between servers, gone when the browser session ends.
 * Capped at {@link #MAX_ENTRIES} searches and {@link #RETENTION}, and at a cookie's size.
 */
public final class SessionHistory {

  static final String COOKIE = "fw_history";
  public static final int MAX_ENTRIES = 20;
  static final Duration RETENTION = Duration.ofDays(7);
  private static final int MAX_COOKIE_BYTES = 3_500;

  record Entry(String q, long t) {}

  /** A past search as the page lists it. */
  record Item(String label, String url) {}

  private final ObjectMapper json;
  private final FacetCatalog facets;

  SessionHistory(ObjectMapper json, FacetCatalog facets) {
    this.facets = facets;
    // The history cookie comes back from the browser: JSON from outside, read within JsonLimits (session 17).
    this.json = io.facetwire.article.JsonLimits.limited(json);
  }

  List<Entry> read(Context ctx) {
    String raw = ctx.cookie(COOKIE);
    if (raw == null || raw.isEmpty() || raw.length() > 8_000) {
      return new ArrayList<>();
    }
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(raw);
      List<Entry> entries = json.readValue(bytes, new TypeReference<List<Entry>>() {});
      long oldest = Instant.now().minus(RETENTION).getEpochSecond();
      List<Entry> kept = new ArrayList<>();
      for (Entry e : entries) {
        if (e != null && e.q() != null && e.t() >= oldest && kept.size() < MAX_ENTRIES) {
          kept.add(e);
        }
      }
      return kept;
    } catch (Exception e) {
      // A damaged or hand-edited cookie is simply forgotten.
      return new ArrayList<>();
    }
  }

  /** Records a search (newest first, no repeats) and returns the list to show, this search excluded. */
  List<Item> record(Context ctx, SearchState state) {
    List<Entry> entries = read(ctx);
    String current = state.canonical().toQueryString();
    entries.removeIf(e -> e.q().equals(current));
    List<Item> shown = items(entries);
    if (!state.isBlank()) {
      entries.add(0, new Entry(current, Instant.now().getEpochSecond()));
      while (entries.size() > MAX_ENTRIES) {
        entries.remove(entries.size() - 1);
      }
      write(ctx, entries);
    }
    return shown;
  }

  void clear(Context ctx) {
    ctx.cookie(cookie("", 0));
  }

  private void write(Context ctx, List<Entry> entries) {
    try {
      String value;
      List<Entry> kept = new ArrayList<>(entries);
      do {
        value = Base64.getUrlEncoder().withoutPadding().encodeToString(json.writeValueAsBytes(kept));
        if (value.getBytes(StandardCharsets.US_ASCII).length <= MAX_COOKIE_BYTES || kept.isEmpty()) {
          break;
        }
        kept.remove(kept.size() - 1);
      } while (true);
      ctx.cookie(cookie(value, -1));
    } catch (Exception e) {
      // History is a convenience: never let it break the search page.
    }
  }

  private static Cookie cookie(String value, int maxAge) {
    Cookie cookie = new Cookie(COOKIE, value);
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    cookie.setSameSite(SameSite.LAX);
    cookie.setMaxAge(maxAge);
    return cookie;
  }

  private List<Item> items(List<Entry> entries) {
    List<Item> items = new ArrayList<>();
    for (Entry e : entries) {
      SearchState past = SearchState.parse(e.q(), facets);
      items.add(new Item(past.describeShown(), past.url()));
    }
    return items;
  }
}
