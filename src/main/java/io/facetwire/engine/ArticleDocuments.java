package io.facetwire.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.article.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Turns articles into index documents and back.
 *
 * <p>Each document carries a {@code content_hash} of everything but {@code ingested_at}, so a
 * re-import of identical input is recognised as unchanged and keeps its original ingestion time
 * (which "new since your last visit" depends on).
 */
public final class ArticleDocuments {

  private final ObjectMapper json;

  public ArticleDocuments(ObjectMapper json) {
    this.json = json;
  }

  public ObjectNode toDocument(Article article, String contentHash) {
    ObjectNode doc = json.valueToTree(article);
    doc.put("content_hash", contentHash);
    var inputs = doc.putObject("suggest").putArray("input");
    titleSuggestions(article.title()).forEach(inputs::add);
    return doc;
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
      return json.treeToValue(source, Article.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored article does not match the Article record: " + e.getMessage(), e);
    }
  }

  public String contentHash(Article article) {
    try {
      // Map keys sorted: the hash must not depend on a map's iteration order, which differs between JVMs.
      byte[] bytes = json.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .writeValueAsBytes(article.withIngestedAt(null));
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
