package io.facetwire.web.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.article.WebLinks;
import io.facetwire.search.SearchResult;

/** A hit's story in the search API: its id, how many other versions match, and the first few of them. */
final class StoryJson {

  private StoryJson() {}

  static void addVersions(ObjectNode hit, SearchResult.Hit h) {
    hit.put("story_id", h.storyId());
    hit.put("other_versions", h.otherVersions());
    ArrayNode versions = hit.putArray("versions");
    for (SearchResult.Version v : h.versions()) {
      versions.addObject().put("id", v.id()).put("title", v.title()).put("url", WebLinks.httpOrNull(v.url()))
          .put("source", v.source()).put("published_at", v.publishedAt() == null ? null : v.publishedAt().toString());
    }
  }
}
