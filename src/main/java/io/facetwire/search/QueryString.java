package io.facetwire.search;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A URL query string as ordered name/value pairs: the one place that encodes parameters into a link
 * and decodes them back (a saved search's or a history entry's stored query string, a pasted link).
 * Every link the search pages print goes through here, so no caller glues "?" and "&" by hand.
 */
public final class QueryString {

  /** One parameter; also what a hidden form field carries ({@code name}, {@code value}). */
  public record Param(String name, String value) {}

  private static final QueryString EMPTY = new QueryString(List.of());

  private final List<Param> params;

  private QueryString(List<Param> params) {
    this.params = List.copyOf(params);
  }

  public static QueryString empty() {
    return EMPTY;
  }

  /** Decodes {@code a=1&b=x+y} (a leading "?" allowed); lenient: a broken %-escape is kept as typed. */
  public static QueryString parse(String queryString) {
    List<Param> params = new ArrayList<>();
    if (queryString == null || queryString.isBlank()) {
      return EMPTY;
    }
    String qs = queryString.startsWith("?") ? queryString.substring(1) : queryString;
    for (String pair : qs.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.add(new Param(name, value));
    }
    return new QueryString(params);
  }

  /** A link to {@code path} with an already encoded, stored query string ("" or null: no "?"). */
  public static String link(String path, String encodedQueryString) {
    return encodedQueryString == null || encodedQueryString.isEmpty() ? path : path + "?" + encodedQueryString;
  }

  /** The parameters in this order (one copy, however many there are). */
  public static QueryString of(List<Param> params) {
    return params.isEmpty() ? EMPTY : new QueryString(params);
  }

  /** This string with one more parameter at the end. */
  public QueryString with(String name, String value) {
    List<Param> next = new ArrayList<>(params);
    next.add(new Param(name, value));
    return new QueryString(next);
  }

  public List<Param> params() {
    return params;
  }

  /** The parameters by name, values in order, as a web framework hands them to a route. */
  public Map<String, List<String>> toMap() {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (Param p : params) {
      map.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p.value());
    }
    return map;
  }

  public boolean isEmpty() {
    return params.isEmpty();
  }

  /** {@code path} with this query string, or {@code path} alone when there are no parameters. */
  public String link(String path) {
    return link(path, toString());
  }

  /** The encoded form, {@code q=putin&country=Russia} (form encoding: a space is "+"). */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (Param p : params) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(encode(p.name())).append('=').append(encode(p.value()));
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QueryString other && params.equals(other.params);
  }

  @Override
  public int hashCode() {
    return params.hashCode();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
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
