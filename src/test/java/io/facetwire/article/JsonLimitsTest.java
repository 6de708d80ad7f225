package io.facetwire.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 12, Low 7: a string past the limit is one refused record with its line, never a crash. */
class JsonLimitsTest {

  @Test
  void aStringLongerThanTheLimitIsRefusedByLineAndTheNextLineIsRead() throws Exception {
    String huge = "{\"title\":\"t\",\"body\":\"" + "x".repeat(JsonLimits.MAX_STRING_CHARS + 1) + "\"}";
    String input = huge + "\n{\"title\":\"Fine\",\"body\":\"A normal article.\"}\n";
    List<RecordError> errors = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    new JsonLinesReader().read(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "big.jsonl",
        ReadOptions.NONE, new RecordSink() {
          @Override
          public void accept(Article article, String location) {
            articles.add(article);
          }

          @Override
          public void reject(RecordError error) {
            errors.add(error);
          }
        });
    assertEquals(1, errors.size());
    assertEquals(1, errors.get(0).line());
    assertTrue(errors.get(0).reason().contains("a JSON string longer than 16,000,000 characters"), errors.get(0).reason());
    assertEquals(List.of("Fine"), articles.stream().map(Article::title).toList());
  }
}
