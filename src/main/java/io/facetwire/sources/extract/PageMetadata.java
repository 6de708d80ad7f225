package io.facetwire.sources.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title, author and publication date as publishers mark them up: schema.org JSON-LD (NewsArticle),
 * Open Graph and article:* meta tags, Dublin Core and plain meta names, then the visible page
 * ({@code <h1>}, {@code rel=author}, {@code <time datetime>}).
 */
final class PageMetadata {

  record Found(String title, String author, Instant published) {}

  private final ObjectMapper json;

  PageMetadata(ObjectMapper json) {
    // A fetched page's JSON-LD is JSON from outside: read within JsonLimits like every other (session 17).
    this.json = io.facetwire.article.JsonLimits.bounded(json);
  }

  Found of(Document page) {
    JsonNode ld = jsonLdArticle(page);
    String title = first(text(ld, "headline"), meta(page, "meta[property=og:title]"),
        meta(page, "meta[name=twitter:title]"), h1(page), page.title().isBlank() ? null : page.title().strip());
    String author = first(ldAuthor(ld), meta(page, "meta[name=author]"), meta(page, "meta[property=article:author]"),
        meta(page, "meta[name=dc.creator]"), visible(page, "[rel=author], .byline, .author"));
    Instant published = date(first(text(ld, "datePublished"), meta(page, "meta[property=article:published_time]"),
        meta(page, "meta[name=pubdate]"), meta(page, "meta[name=date]"), meta(page, "meta[name=dc.date]"),
        meta(page, "meta[itemprop=datePublished]"), attr(page, "time[datetime]", "datetime")));
    return new Found(title, author, published);
  }

  private JsonNode jsonLdArticle(Document page) {
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        JsonNode root = json.readTree(script.data());
        for (JsonNode node : root.isArray() ? root : root.has("@graph") ? root.get("@graph") : List.of(root)) {
          String type = node.path("@type").asText("");
          if (type.endsWith("Article") || type.equals("Report") || type.equals("BlogPosting")) {
            return node;
          }
        }
      } catch (IOException e) {
        // Broken JSON-LD is common; the meta tags still answer.
      }
    }
    return null;
  }

  private static String ldAuthor(JsonNode ld) {
    if (ld == null) {
      return null;
    }
    JsonNode a = ld.path("author");
    if (a.isArray() && !a.isEmpty()) {
      a = a.get(0);
    }
    return a.isTextual() ? a.asText() : text(a, "name");
  }

  private static String text(JsonNode node, String field) {
    if (node == null || !node.path(field).isTextual()) {
      return null;
    }
    String v = node.path(field).asText().strip();
    return v.isEmpty() ? null : v;
  }

  private static String meta(Document page, String selector) {
    return attr(page, selector, "content");
  }

  private static String attr(Document page, String selector, String attribute) {
    Element e = page.selectFirst(selector);
    if (e == null) {
      return null;
    }
    String v = e.attr(attribute).strip();
    return v.isEmpty() ? null : v;
  }

  private static String h1(Document page) {
    return visible(page, "article h1, h1");
  }

  private static String visible(Document page, String selector) {
    Element e = page.selectFirst(selector);
    if (e == null) {
      return null;
    }
    String v = e.text().strip();
    if (v.regionMatches(true, 0, "by ", 0, 3)) {
      v = v.substring(3).strip();
    }
    return v.isEmpty() || v.length() > 200 ? null : v;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  static Instant date(String v) {
    if (v == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(v);
      } catch (DateTimeParseException e2) {
        try {
          return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e3) {
          return null;
        }
      }
    }
  }
}
