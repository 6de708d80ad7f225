package io.facetwire.saved;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses a URL query string (as kept in a saved search) back into parameters. */
public final class QueryStrings {

  private QueryStrings() {}

  public static Map<String, List<String>> parse(String queryString) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (queryString == null || queryString.isBlank()) {
      return params;
    }
    String qs = queryString.startsWith("?") ? queryString.substring(1) : queryString;
    for (String pair : qs.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return params;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // A broken %-escape in a stored or pasted link: keep the raw text rather than fail.
      return s;
    }
  }
}
