package io.facetwire.web.search.svg;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Element ids for aria-labelledby. A page may hold several charts (an entity page shows more than
 * one), and ids must be unique in the page, so each rendering takes a fresh number.
 */
final class SvgIds {

  private static final AtomicLong NEXT = new AtomicLong();

  private SvgIds() {}

  static String next(String prefix) {
    return prefix + "-" + NEXT.incrementAndGet();
  }
}
