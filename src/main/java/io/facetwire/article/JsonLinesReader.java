package io.facetwire.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * JSON Lines ({@code .jsonl}, {@code .ndjson}): one JSON object per line, converted by
 * {@link ArticleJson}. Reading line by line keeps memory flat and lets a broken line be reported by
 * its number while every other line is still read.
 */
public final class JsonLinesReader implements ArticleReader {

  // Thread-safe once configured; one per JVM is enough. Trailing tokens fail, so a line holding two
  // objects or an object plus junk is reported instead of silently half-read.
  private static final ObjectMapper MAPPER = JsonLimits.limited()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  @Override
  public void read(InputStream in, String fileName, ReadOptions options, RecordSink sink) throws IOException {
    Utf8Lines lines = new Utf8Lines(in);
    Utf8Lines.Line next;
    while ((next = lines.next()) != null) {
      int lineNumber = next.number();
      String location = "line " + lineNumber;
      if (next.problem() != null) {
        sink.reject(new RecordError(fileName, location, lineNumber, next.problem()));
        continue;
      }
      String line = next.text();
      if (lineNumber == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1); // a BOM written by some editors is not part of the JSON
      }
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        sink.reject(new RecordError(fileName, location, lineNumber, "invalid JSON: " + JsonLimits.reason(e)));
        continue;
      }
      try {
        sink.accept(ArticleJson.toArticle(node, options), location);
      } catch (InvalidArticleException e) {
        sink.reject(new RecordError(fileName, location, lineNumber, e.reason()));
      }
    }
  }
}
