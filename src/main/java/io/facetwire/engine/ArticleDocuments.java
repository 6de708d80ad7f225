package io.facetwire.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.article.Article;
import io.facetwire.article.ArticleFields;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.facet.FacetValues;
import io.facetwire.story.HeadlineWords;
import io.facetwire.story.NearDuplicateKeys;
import io.facetwire.story.StoryGrouping;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns articles into index documents and back.
 *
 * <p>Each document carries a {@code content_hash} of everything but {@code ingested_at}, so a
 * re-import of identical input is recognised as unchanged and keeps its original ingestion time
 * (which "new since your last visit" depends on).
 *
 * <p>The stored shape is flat: each facet of the catalog is a top-level field named by
 * {@link Facet#field()}, between {@code published_at} and {@code source_tags}, so documents (and
 * their hashes) written before facets became data read and hash the same.
 */
public final class ArticleDocuments {

  private final ObjectMapper json;
  /** Writes the bytes {@link #toJson} would give without building the tree (the import's hot path). */
  private final ArticleJsonWriter streaming;
  /** One digest per thread: {@code MessageDigest.getInstance} looks up the provider each time. */
  private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  });
  private final FacetCatalog facets;

  public ArticleDocuments(ObjectMapper json, FacetCatalog facets) {
    this.json = json;
    this.facets = facets;
    // The hash must not depend on a map's iteration order: Article keeps its source tags sorted by key.
    this.streaming = new ArticleJsonWriter(json.writer(), facets);
  }

  /**
   * An article serialized without {@code ingested_at}: the bytes its content hash is taken of
   * ({@link #stored} writes the stored document and takes the same hash in one pass).
   */
  record Encoded(String contentHash, byte[] json) {}

  /**
   * The content hash's reference: the article's bytes alone, then hashed. Kept (session 17's review) because
   * {@link #contentHash(Article)} (the re-index) uses it and the tests hold {@link #stored}'s one-pass hash
   * to it; not public, since the writer's path is {@link #stored}.
   */
  Encoded encode(Article article) {
    byte[] bytes = streaming.article(article.withIngestedAt(null));
    return new Encoded(hash(SHA_256.get().digest(bytes)), bytes);
  }

  /**
   * A stored document's bytes and the content hash written in it; its {@code ingested_at} value is
   * {@code bytes[ingestedAtStart, ingestedAtEnd)}, so the same document with another ingestion time (a
   * changed article rewritten with its first one) is made without the article.
   */
  public record Stored(String contentHash, byte[] bytes, int ingestedAtStart, int ingestedAtEnd) {

    /** This document with {@code ingested_at} set to {@code when}: what {@link #stored} writes for it. */
    public Stored ingestedAt(Instant when) {
      byte[] value = ArticleJsonWriter.instantValue(when);
      byte[] doc = new byte[bytes.length - (ingestedAtEnd - ingestedAtStart) + value.length];
      System.arraycopy(bytes, 0, doc, 0, ingestedAtStart);
      System.arraycopy(value, 0, doc, ingestedAtStart, value.length);
      System.arraycopy(bytes, ingestedAtEnd, doc, ingestedAtStart + value.length, bytes.length - ingestedAtEnd);
      return new Stored(contentHash, doc, ingestedAtStart, ingestedAtStart + value.length);
    }
  }

  /**
   * The stored document as JSON bytes, equal to serializing {@link #toDocument}: the article with its
   * {@code ingested_at} and the {@linkplain #derivedFields derived fields} (the near-duplicate keys given,
   * as the story grouping made them), written in one pass; its content hash is {@link #encode}'s.
   */
  public Stored stored(Article article, List<String> nearDupKeys, Instant ingestedAt) {
    String localized = LocalizedText.subField(article.values(Facet.LANGUAGE));
    return streaming.stored(article, ingestedAt, ArticleDocuments::contentHash,
        new ArticleJsonWriter.Derived(titleSuggestions(article.title()), StoryGrouping.KEYS_FIELD, nearDupKeys,
            NearDuplicateKeys.OWN_FIELD, NearDuplicateKeys.own(nearDupKeys), HeadlineWords.FIELD,
            HeadlineWords.of(article.title()), LocalizedText.FIELD, localized,
            localized == null ? null : localizedText(article)));
  }

  /** The content hash of {@code head[0, length)} followed by {@code end}: the article's bytes without a copy. */
  private static String contentHash(byte[] head, int length, byte[] end) {
    MessageDigest sha = SHA_256.get();
    sha.update(head, 0, length);
    return hash(sha.digest(end));
  }

  private static String hash(byte[] digest) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
  }

  public ObjectNode toDocument(Article article, String contentHash) {
    ObjectNode doc = toJson(article);
    doc.setAll(derivedFields(article, contentHash));
    return doc;
  }

  /** The article as JSON, the stored document without derived fields: also what the API answers. */
  public ObjectNode toJson(Article article) {
    ObjectNode doc = json.createObjectNode();
    doc.put(ArticleFields.ID, article.id());
    doc.put(ArticleFields.URL, article.url());
    doc.put(ArticleFields.TITLE, article.title());
    doc.put(ArticleFields.BODY, article.body());
    doc.put(ArticleFields.SOURCE, article.source());
    doc.set(ArticleFields.PUBLISHED_AT, json.valueToTree(article.publishedAt()));
    for (Facet facet : facets.all()) {
      if (doc.has(facet.field())) {
        continue; // a facet of the article's own field (source): stored once, as the article has it
      }
      ArrayNode values = doc.putArray(facet.field());
      article.values(facet).forEach(values::add);
    }
    doc.set(ArticleFields.SOURCE_TAGS, json.valueToTree(article.sourceTags()));
    if (article.storyId() != null) {
      doc.put(ArticleFields.STORY_ID, article.storyId()); // left out until grouped, so older hashes still match
    }
    if (article.topicsVersion() != null) {
      doc.put(ArticleFields.TOPICS_VERSION, article.topicsVersion()); // left out when unknown, as the story
    }
    doc.set(ArticleFields.INGESTED_AT, json.valueToTree(article.ingestedAt()));
    return doc;
  }

  /**
   * What the stored document has beyond the article itself: its content hash, autocomplete inputs, the
   * keys its near-duplicates are found by ({@code near_dup}, made from its text), its own among them as doc values
   * for story grouping to read without the document ({@code near_dup_own}), its headline's words as story grouping
   * compares them, also doc values ({@code near_dup_words}) and,
   * for an article in a language with its own analyzer, its text in that analysis ({@link LocalizedText}).
   */
  private ObjectNode derivedFields(Article article, String contentHash) {
    ObjectNode fields = json.createObjectNode();
    fields.put(ArticleFields.CONTENT_HASH, contentHash);
    var inputs = fields.putObject("suggest").putArray("input");
    titleSuggestions(article.title()).forEach(inputs::add);
    var keys = fields.putArray(StoryGrouping.KEYS_FIELD);
    List<String> nearDupKeys = StoryGrouping.keys(article);
    nearDupKeys.forEach(keys::add);
    var own = fields.putArray(NearDuplicateKeys.OWN_FIELD);
    NearDuplicateKeys.own(nearDupKeys).forEach(own::add);
    var words = fields.putArray(HeadlineWords.FIELD);
    HeadlineWords.of(article.title()).forEach(words::add);
    String localized = LocalizedText.subField(article.values(Facet.LANGUAGE));
    if (localized != null) {
      fields.putObject(LocalizedText.FIELD).put(localized, localizedText(article));
    }
    return fields;
  }

  private static String localizedText(Article article) {
    return (article.title() == null ? "" : article.title()) + "\n\n" + (article.body() == null ? "" : article.body());
  }

  /**
   * Inputs for title autocomplete: the title, and the title from each of its next few words on, so
   * typing "navalny" finds "Germany says Alexei Navalny poisoned" (the completion suggester matches
   * from the start of an input only).
   */
  static java.util.List<String> titleSuggestions(String title) {
    java.util.List<String> inputs = new java.util.ArrayList<>();
    if (title == null || title.isBlank()) {
      return inputs;
    }
    String t = title.strip();
    inputs.add(t);
    int from = 0;
    for (int word = 0; word < 6; word++) {
      int space = t.indexOf(' ', from);
      if (space < 0) {
        break;
      }
      from = space + 1;
      String suffix = t.substring(from);
      if (suffix.length() >= 3) {
        inputs.add(suffix);
      }
    }
    return inputs;
  }

  public Article fromDocument(ObjectNode source) {
    try {
      Map<Facet, List<String>> values = new LinkedHashMap<>();
      for (Facet facet : facets.all()) {
        values.put(facet, strings(source.get(facet.field())));
      }
      Map<String, List<String>> tags = new LinkedHashMap<>();
      source.path(ArticleFields.SOURCE_TAGS).fields()
          .forEachRemaining(e -> tags.put(e.getKey(), strings(e.getValue())));
      return new Article(text(source, ArticleFields.ID), text(source, ArticleFields.URL),
          text(source, ArticleFields.TITLE), text(source, ArticleFields.BODY), text(source, ArticleFields.SOURCE),
          json.treeToValue(source.get(ArticleFields.PUBLISHED_AT), java.time.Instant.class),
          new FacetValues(values), tags,
          json.treeToValue(source.get(ArticleFields.INGESTED_AT), java.time.Instant.class),
          text(source, ArticleFields.STORY_ID), integer(source, ArticleFields.TOPICS_VERSION));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalStateException("Stored article does not match the Article record: " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Integer integer(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || !v.canConvertToInt() ? null : v.asInt();
  }

  /** A stored list of strings; a single string (as Elasticsearch allows) reads as a list of one. */
  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (node.isArray()) {
      node.forEach(v -> out.add(v.asText()));
    } else if (!node.asText().isBlank()) {
      out.add(node.asText());
    }
    return out;
  }

  public String contentHash(Article article) {
    return encode(article).contentHash();
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
