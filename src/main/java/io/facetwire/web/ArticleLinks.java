package io.facetwire.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links to article pages; ids are opaque, so they are always encoded. */
final class ArticleLinks {

  private ArticleLinks() {}

  static String articleUrl(String id) {
    return "/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
