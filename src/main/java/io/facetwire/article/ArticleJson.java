package io.facetwire.article;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place where a JSON object becomes an {@link Article}.
 *
 * <p>JSON Lines import and the HTTP API ({@code POST /api/articles}) both come through here, so a
 * record is accepted or refused for the same reasons, with the same words, whichever way it arrives.
 *
 * <p>Fields: {@code title} (required), {@code body} or {@code text} (required), and optional
 * {@code id}, {@code url}, {@code source}, {@code published_at} (alias {@code date}: ISO date or
 * date-time, or epoch milliseconds as a number), {@code source_tags} (object of string arrays).
 * Unknown fields are ignored, so feeds with extra metadata import without editing.
 */
public final class ArticleJson {

  private ArticleJson() {}

  /** Same as {@link #toArticle(JsonNode, ReadOptions)} with no defaults. */
  public static Article toArticle(JsonNode node) throws InvalidArticleException {
    return toArticle(node, ReadOptions.NONE);
  }

  /**
   * Converts one JSON object; {@code defaults} fill in source and date when the object lacks them.
   *
   * @throws InvalidArticleException with a reason fit to show the user
   */
  public static Article toArticle(JsonNode node, ReadOptions defaults) throws InvalidArticleException {
    if (node == null || !node.isObject()) {
      throw new InvalidArticleException("expected a JSON object, found " + describe(node));
    }
    String title = optionalText(node, "title");
    if (title == null) {
      throw new InvalidArticleException("missing \"title\"");
    }
    String body = optionalText(node, "body");
    if (body == null) {
      body = optionalText(node, "text");
    }
    if (body == null) {
      throw new InvalidArticleException("missing \"body\" (or \"text\")");
    }
    String id = optionalText(node, "id");
    String url = optionalText(node, "url");
    String source = optionalText(node, "source");
    Instant publishedAt = publishedAt(node);
    return Article.fromInput(id, url, title, body, defaults.sourceOr(source),
        defaults.publishedAtOr(publishedAt), sourceTags(node));
  }

  /** A string field, stripped; null when absent, null or blank. Numbers are accepted for ids. */
  private static String optionalText(JsonNode node, String field) throws InvalidArticleException {
    JsonNode value = node.get(field);
    if (field.equals("id") && value != null && value.isIntegralNumber()) {
      return value.asText();
    }
    String s = rawText(node, field);
    if (s == null) {
      return null;
    }
    s = s.strip();
    return s.isEmpty() ? null : s;
  }

  /**
   * A string field as sent (not stripped); null when absent or null. Any other JSON type is refused with
   * the field's name and what was found, instead of being read as its text ("Infinity", "[]", "").
   */
  public static String rawText(JsonNode node, String field) throws InvalidArticleException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isTextual()) {
      return value.asText();
    }
    throw new InvalidArticleException("\"" + field + "\" must be a string, found " + describe(value));
  }

  /**
   * The record's {@code published_at} (alias {@code date}): an ISO date or date-time, or epoch milliseconds; null when
   * absent or blank. Also what {@code POST /api/extract} reads, so a country's name means the state of its time there.
   */
  public static Instant publishedAt(JsonNode node) throws InvalidArticleException {
    String field = node.hasNonNull(ArticleFields.PUBLISHED_AT) ? ArticleFields.PUBLISHED_AT : "date";
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isIntegralNumber()) {
      return DateParsing.fromEpochMillis(value.asLong());
    }
    if (!value.isTextual()) {
      throw new InvalidArticleException("\"" + field + "\" must be a date string or epoch milliseconds, found "
          + describe(value));
    }
    if (value.asText().isBlank()) {
      return null;
    }
    try {
      return DateParsing.parse(value.asText());
    } catch (IllegalArgumentException e) {
      throw new InvalidArticleException("\"" + field + "\": " + e.getMessage());
    }
  }

  private static Map<String, List<String>> sourceTags(JsonNode node) throws InvalidArticleException {
    JsonNode tags = node.get(ArticleFields.SOURCE_TAGS);
    if (tags == null || tags.isNull()) {
      return Map.of();
    }
    if (!tags.isObject()) {
      throw new InvalidArticleException("\"source_tags\" must be an object of string arrays, found "
          + describe(tags));
    }
    Map<String, List<String>> result = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = tags.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isArray()) {
        throw new InvalidArticleException("\"source_tags." + e.getKey() + "\" must be an array of strings");
      }
      List<String> values = new ArrayList<>();
      for (JsonNode v : e.getValue()) {
        if (!v.isTextual()) {
          throw new InvalidArticleException("\"source_tags." + e.getKey() + "\" must hold only strings");
        }
        values.add(v.asText());
      }
      if (!values.isEmpty()) {
        result.put(e.getKey(), values);
      }
    }
    return result;
  }

  private static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> node.getNodeType().toString().toLowerCase();
    };
  }
}
