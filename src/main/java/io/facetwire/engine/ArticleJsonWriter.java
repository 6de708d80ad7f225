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
import java.nio.charset.StandardCharsets;
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

  /** What {@link #article} writes after the article's own fields when it has no {@code ingested_at}. */
  private static final byte[] NULL_INGESTED_AT_END =
      (",\"" + ArticleFields.INGESTED_AT + "\":null}").getBytes(StandardCharsets.UTF_8);

  private final ObjectWriter generators;
  /** The catalog's facets that get a field of their own, in catalog order. */
  private final List<Facet> facetFields;
  /** The last {@code ingested_at} written, with its text ({@link #text}). */
  private volatile InstantText lastText;

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
    Buffer out = new Buffer(initialSize(article));
    try (JsonGenerator g = generators.createGenerator(out)) {
      g.writeStartObject();
      ownFields(g, article);
      g.writeFieldName(ArticleFields.INGESTED_AT);
      instant(g, article.ingestedAt());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return out.toByteArray();
  }

  /** What the stored document adds to the article, in the order {@link ArticleDocuments#toDocument} puts it. */
  record Derived(List<String> suggestions, String keysField, List<String> keys, String ownKeysField,
      List<String> ownKeys, String wordsField, List<String> words, String localizedObject, String localizedField,
      String localizedText) {}

  /** The content hash of the bytes {@link #article} writes for an article without {@code ingested_at}. */
  interface ContentHash {
    /** @param head the article's bytes up to {@code length}; {@code end} the bytes {@link #article} writes after them */
    String of(byte[] head, int length, byte[] end);
  }

  /**
   * The stored document in one pass, with its content hash: the bytes {@link #article} writes for the
   * article without {@code ingested_at} are hashed as they stand in the buffer (their last field,
   * {@code "ingested_at":null}, is given to the hash, not written), then the stored {@code ingested_at} and
   * the derived fields follow. The import used to write the article, copy it, write the tail and copy both
   * into the document: four arrays per article where this makes the buffer and the document.
   */
  ArticleDocuments.Stored stored(Article article, Instant ingestedAt, ContentHash hash, Derived derived) {
    Buffer out = new Buffer(initialSize(article) + 64 * derived.suggestions().size()
        + 16 * (size(derived.keys()) + size(derived.ownKeys()) + size(derived.words()))
        + (derived.localizedText() == null ? 0 : derived.localizedText().length() + 64));
    String contentHash;
    int valueStart;
    int valueEnd;
    try (JsonGenerator g = generators.createGenerator(out)) {
      g.writeStartObject();
      ownFields(g, article);
      g.flush();
      contentHash = hash.of(out.buffer(), out.size(), NULL_INGESTED_AT_END);
      g.writeFieldName(ArticleFields.INGESTED_AT);
      String ingestedText = ingestedAt == null ? null : text(ingestedAt);
      if (ingestedText == null) {
        g.writeNull();
      } else {
        g.writeString(ingestedText);
      }
      g.flush();
      // The generator writes the ":" with the value: the value is the last bytes written (ASCII, unescaped).
      valueEnd = out.size();
      valueStart = valueEnd - (ingestedText == null ? 4 : ingestedText.length() + 2);
      g.writeStringField(ArticleFields.CONTENT_HASH, contentHash);
      g.writeObjectFieldStart("suggest");
      g.writeFieldName("input");
      strings(g, derived.suggestions());
      g.writeEndObject();
      g.writeFieldName(derived.keysField());
      strings(g, derived.keys());
      g.writeFieldName(derived.ownKeysField());
      strings(g, derived.ownKeys());
      g.writeFieldName(derived.wordsField());
      strings(g, derived.words());
      if (derived.localizedField() != null) {
        g.writeObjectFieldStart(derived.localizedObject());
        g.writeStringField(derived.localizedField(), derived.localizedText());
        g.writeEndObject();
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ArticleDocuments.Stored(contentHash, out.toByteArray(), valueStart, valueEnd);
  }

  /** Every field of the article but {@code ingested_at}, the last one. */
  private void ownFields(JsonGenerator g, Article article) throws IOException {
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
  }

  private static int size(List<String> values) {
    return values == null ? 0 : values.size();
  }

  /** A byte stream whose bytes can be read in place (hashed without a copy). */
  private static final class Buffer extends ByteArrayOutputStream {
    Buffer(int capacity) {
      super(capacity);
    }

    byte[] buffer() {
      return buf;
    }
  }

  private static int initialSize(Article article) {
    int text = (article.body() == null ? 0 : article.body().length())
        + (article.title() == null ? 0 : article.title().length());
    return text + 512;
  }

  /** The JSON value {@link #instant} writes, as bytes. */
  static byte[] instantValue(Instant instant) {
    // An instant's text is ASCII digits, letters and punctuation: nothing to escape.
    return (instant == null ? "null" : "\"" + instant + "\"").getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * An instant's text, the last one kept: a batch's articles are all written with one {@code ingested_at},
   * which was formatted again for each of them (a tenth of what the writer allocated for documents).
   */
  private String text(Instant instant) {
    InstantText last = lastText;
    if (last == null || !last.instant().equals(instant)) {
      last = new InstantText(instant, instant.toString());
      lastText = last;  // one immutable pair: threads writing at once at worst format again
    }
    return last.text();
  }

  private record InstantText(Instant instant, String text) {}

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
