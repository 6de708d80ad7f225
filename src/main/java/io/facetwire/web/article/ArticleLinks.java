package io.facetwire.web.article;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links to article pages; ids are opaque, so they are always encoded. */
public final class ArticleLinks {

  private ArticleLinks() {}

  public static String articleUrl(String id) {
    return "/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
