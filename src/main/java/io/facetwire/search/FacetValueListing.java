package io.facetwire.search;

import io.facetwire.TextChars;
import java.util.List;
import java.util.Map;

/**
 * Which part of one facet's full value list a {@code /facets/{facet}} page shows: the values starting
 * with {@code prefix}, in {@code order}, page {@code page}. Printed into that page's links by
 * {@link SearchState#facetValuesUrl}, parsed back by {@link #fromQuery}.
 */
public record FacetValueListing(String prefix, FacetValueSearch.Order order, int page) {

  public static final String PREFIX = "prefix";
  public static final String ORDER = "order";
  public static final String PAGE = "vpage";
  /** The first page of all values, most frequent first: the search page's "All …" link. */
  public static final FacetValueListing FIRST = new FacetValueListing("", FacetValueSearch.Order.COUNT, 1);

  public FacetValueListing {
    prefix = prefix == null ? "" : TextChars.clean(prefix).strip();
    order = order == null ? FacetValueSearch.Order.COUNT : order;
    page = Math.max(1, page);
  }

  /** Lenient like the search's own parameters: a bad page number is page 1, an unknown order is by count. */
  public static FacetValueListing fromQuery(Map<String, List<String>> params) {
    return new FacetValueListing(first(params, PREFIX),
        "az".equals(first(params, ORDER)) ? FacetValueSearch.Order.AZ : FacetValueSearch.Order.COUNT,
        page(first(params, PAGE)));
  }

  public FacetValueListing withOrder(FacetValueSearch.Order newOrder) {
    return new FacetValueListing(prefix, newOrder, 1);
  }

  public FacetValueListing withPage(int newPage) {
    return new FacetValueListing(prefix, order, newPage);
  }

  /** The parameters that differ from {@link #FIRST}, appended to the search's own. */
  QueryString appendTo(QueryString qs, boolean withPrefix, boolean withPage) {
    QueryString out = qs;
    if (withPrefix && !prefix.isEmpty()) {
      out = out.with(PREFIX, prefix);
    }
    if (order == FacetValueSearch.Order.AZ) {
      out = out.with(ORDER, "az");
    }
    if (withPage && page > 1) {
      out = out.with(PAGE, Integer.toString(page));
    }
    return out;
  }

  private static String first(Map<String, List<String>> params, String name) {
    List<String> values = params == null ? null : params.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static int page(String value) {
    try {
      return value == null ? 1 : Math.max(1, Integer.parseInt(value.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
