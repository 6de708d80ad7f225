package io.facetwire.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.facetwire.article.Article;
import io.facetwire.article.ArticleFields;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes an article's stored JSON straight to a {@link JsonGenerator}: the same bytes as serializing
 * {@link ArticleDocuments#toJson} (field order, escaping, ISO-8601 instants, nulls), without building
 * a Jackson tree per article first. The import writes every article through here once, so the tree's
 * nodes and the second walk over them were a measurable part of the server's CPU per article.
 */
final class ArticleJsonWriter {

  /** The fields written before the facets: a facet stored in one of them (source) is not written twice. */
  private static final List<String> OWN_FIELDS = List.of(ArticleFields.ID, ArticleFields.URL, ArticleFields.TITLE,
      ArticleFields.BODY, ArticleFields.SOURCE, ArticleFields.PUBLISHED_AT);

  private final ObjectWriter generators;
  /** The catalog's facets that get a field of their own, in catalog order. */
  private final List<Facet> facetFields;

  /** @param generators the writer whose generator settings (escaping, features) the bytes must follow */
  ArticleJsonWriter(ObjectWriter generators, FacetCatalog facets) {
    this.generators = generators;
    List<Facet> own = new ArrayList<>();
    List<String> taken = new ArrayList<>(OWN_FIELDS);
    for (Facet facet : facets.all()) {
      if (!taken.contains(facet.field())) {
        taken.add(facet.field());
        own.add(facet);
      }
    }
    this.facetFields = List.copyOf(own);
  }

  /** The article without derived fields, as {@link ArticleDocuments#toJson} shapes it. */
  byte[] article(Article article) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(initialSize(article));
    try (JsonGenerator g = generators.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField(ArticleFields.ID, article.id());
      g.writeStringField(ArticleFields.URL, article.url());
      g.writeStringField(ArticleFields.TITLE, article.title());
      g.writeStringField(ArticleFields.BODY, article.body());
      g.writeStringField(ArticleFields.SOURCE, article.source());
      g.writeFieldName(ArticleFields.PUBLISHED_AT);
      instant(g, article.publishedAt());
      for (Facet facet : facetFields) {
        g.writeFieldName(facet.field());
        strings(g, article.values(facet));
      }
      g.writeObjectFieldStart(ArticleFields.SOURCE_TAGS);
      for (Map.Entry<String, List<String>> tag : article.sourceTags().entrySet()) {
        g.writeFieldName(tag.getKey());
        strings(g, tag.getValue());
      }
      g.writeEndObject();
      if (article.storyId() != null) {
        g.writeStringField(ArticleFields.STORY_ID, article.storyId()); // left out until grouped, as toJson does
      }
      if (article.topicsVersion() != null) {
        g.writeNumberField(ArticleFields.TOPICS_VERSION, article.topicsVersion());
      }
      g.writeFieldName(ArticleFields.INGESTED_AT);
      instant(g, article.ingestedAt());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return out.toByteArray();
  }

  /**
   * The stored document's last fields, as one JSON object: {@code ingested_at}, {@code content_hash},
   * the autocomplete inputs ({@code suggest.input}), the near-duplicate keys and, for a language with an
   * analyzer of its own, the localized text ({@code localizedField} null: none) — the order
   * {@link ArticleDocuments#toDocument} puts them in.
   */
  byte[] tail(Instant ingestedAt, String contentHash, List<String> suggestions, String keysField, List<String> keys,
      String localizedObject, String localizedField, String localizedText) {
    // Sized for what follows (a key is about 12 bytes written), so the buffer is not copied as it grows.
    ByteArrayOutputStream out = new ByteArrayOutputStream(128 + 64 * suggestions.size() + 16 * (keys == null ? 0 : keys.size())
        + (localizedText == null ? 0 : localizedText.length() + 64));
    try (JsonGenerator g = generators.createGenerator(out)) {
      g.writeStartObject();
      g.writeFieldName(ArticleFields.INGESTED_AT);
      instant(g, ingestedAt);
      g.writeStringField(ArticleFields.CONTENT_HASH, contentHash);
      g.writeObjectFieldStart("suggest");
      g.writeFieldName("input");
      strings(g, suggestions);
      g.writeEndObject();
      g.writeFieldName(keysField);
      strings(g, keys);
      if (localizedField != null) {
        g.writeObjectFieldStart(localizedObject);
        g.writeStringField(localizedField, localizedText);
        g.writeEndObject();
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static int initialSize(Article article) {
    int text = (article.body() == null ? 0 : article.body().length())
        + (article.title() == null ? 0 : article.title().length());
    return text + 512;
  }

  /** Jackson's {@code InstantSerializer} with dates as text writes {@link Instant#toString()}. */
  private static void instant(JsonGenerator g, Instant instant) throws IOException {
    if (instant == null) {
      g.writeNull();
    } else {
      g.writeString(instant.toString());
    }
  }

  private static void strings(JsonGenerator g, List<String> values) throws IOException {
    if (values == null) {
      g.writeNull();
      return;
    }
    g.writeStartArray();
    for (String v : values) {
      g.writeString(v); // null as null, as a tree's ArrayNode.add((String) null) writes it
    }
    g.writeEndArray();
  }
}
