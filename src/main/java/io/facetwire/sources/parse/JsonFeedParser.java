package io.facetwire.sources.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** JSON Feed 1.0 and 1.1 (jsonfeed.org): {@code version}, {@code items[]} with url, title, content, dates. */
final class JsonFeedParser {

  private final ObjectMapper json;

  JsonFeedParser(ObjectMapper json) {
    this.json = json;
  }

  ParsedFeed parse(byte[] body) throws FeedParseException {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new FeedParseException("not a feed: invalid JSON (" + FeedParser.oneLine(e.getOriginalMessage()) + ")");
    } catch (IOException e) {
      throw new FeedParseException("unreadable JSON: " + e.getMessage());
    }
    if (!root.path("version").asText("").startsWith("https://jsonfeed.org/version/")
        || !root.path("items").isArray()) {
      throw new FeedParseException("not a feed: JSON without a JSON Feed \"version\" and \"items\"");
    }
    List<FeedItem> items = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    int n = 0;
    for (JsonNode item : root.path("items")) {
      n++;
      String url = text(item, "url");
      if (url == null) {
        url = text(item, "external_url");
      }
      if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
        skipped.add("item " + n + ": no http(s) url");
        continue;
      }
      String content = item.hasNonNull("content_html") ? HtmlText.of(item.path("content_html").asText())
          : text(item, "content_text");
      String summary = text(item, "summary");
      Instant published = date(item, "date_published");
      if (published == null) {
        published = date(item, "date_modified");
      }
      items.add(new FeedItem(url, text(item, "title"), summary, content, author(item, root), published));
    }
    return new ParsedFeed("json_feed", text(root, "title"), items, skipped);
  }

  /** 1.1 has {@code authors[]}; 1.0 had {@code author}; either may sit on the feed instead of the item. */
  private static String author(JsonNode item, JsonNode feed) {
    for (JsonNode holder : List.of(item, feed)) {
      JsonNode authors = holder.path("authors");
      if (authors.isArray() && !authors.isEmpty() && authors.get(0).hasNonNull("name")) {
        return authors.get(0).path("name").asText();
      }
      if (holder.path("author").hasNonNull("name")) {
        return holder.path("author").path("name").asText();
      }
    }
    return null;
  }

  private static String text(JsonNode node, String field) {
    String v = node.path(field).isTextual() ? node.path(field).asText().strip() : null;
    return v == null || v.isEmpty() ? null : v;
  }

  private static Instant date(JsonNode node, String field) {
    String v = text(node, field);
    if (v == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
