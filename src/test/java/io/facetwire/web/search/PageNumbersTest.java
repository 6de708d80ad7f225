package io.facetwire.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pagination numbers without a server: first and last always, ellipses only over two or more pages. */
class PageNumbersTest {

  @Test
  void firstPageOfEighteen() {
    assertEquals(Arrays.asList(1, 2, 3, null, 18), PageNumbers.around(1, 18, 2));
  }

  @Test
  void middlePageHasGapsOnBothSides() {
    assertEquals(Arrays.asList(1, null, 7, 8, 9, 10, 11, null, 18), PageNumbers.around(9, 18, 2));
  }

  @Test
  void aGapOfOnePageShowsThatPage() {
    assertEquals(Arrays.asList(1, 2, 3, 4, 5, 6, null, 18), PageNumbers.around(4, 18, 2));
    assertEquals(Arrays.asList(1, null, 14, 15, 16, 17, 18), PageNumbers.around(16, 18, 2));
  }

  @Test
  void onePageNeedsNoPagination() {
    assertEquals(List.of(), PageNumbers.around(1, 1, 2));
    assertEquals(List.of(1, 2), PageNumbers.around(2, 2, 2));
  }
}
