package io.facetwire.web.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Which page numbers a pagination shows: the first, the last, and those around the current one, with
 * a gap (null) where two or more pages are left out — "1 2 3 4 5 … 18", never "1 2 3 4 18". A gap
 * of a single page shows that page instead, since "…" would take as much room.
 */
final class PageNumbers {

  private PageNumbers() {}

  /** Page numbers from 1 to {@code last}, null for an ellipsis; empty when there is one page. */
  static List<Integer> around(int current, int last, int radius) {
    if (last <= 1) {
      return List.of();
    }
    int start = Math.max(1, current - radius);
    int end = Math.min(last, current + radius);
    List<Integer> pages = new ArrayList<>();
    if (start > 1) {
      pages.add(1);
      if (start == 3) {
        pages.add(2);
      } else if (start > 3) {
        pages.add(null);
      }
    }
    for (int p = start; p <= end; p++) {
      pages.add(p);
    }
    if (end < last) {
      if (end == last - 2) {
        pages.add(last - 1);
      } else if (end < last - 2) {
        pages.add(null);
      }
      pages.add(last);
    }
    return pages;
  }
}
