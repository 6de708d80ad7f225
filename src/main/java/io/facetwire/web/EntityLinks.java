package io.facetwire.web;

import io.facetwire.search.Facet;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links to entity pages: {@code /country/Russia}, {@code /person/Vladimir%20Putin}. */
final class EntityLinks {

  private EntityLinks() {}

  static String url(Facet facet, String name) {
    return "/" + facet.param() + "/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
