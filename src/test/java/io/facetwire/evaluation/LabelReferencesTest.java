package io.facetwire.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.facetwire.Json;
import io.facetwire.article.Article;
import io.facetwire.article.ArticleReaders;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordSink;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A label line and the article it names, read from its corpus file, give the same reference. */
class LabelReferencesTest {

  @Test
  void aReutersStoryAndItsLabelGiveOneReference() throws Exception {
    Article story = readAll("/fixtures/reut2-000.sgm", "reut2-000.sgm").get(0);
    String newid = story.id().substring("reuters-".length());
    String label = "{\"reuters\": \"reuters21578/reut2-000.sgm\", \"newid\": " + newid + "}";
    assertEquals("reuters:reuters21578/reut2-000.sgm#" + newid, LabelledSets.reference(Json.mapper().readTree(label)));
    assertEquals(LabelledSets.reference(Json.mapper().readTree(label)),
        LabelledSets.reference(story, "reuters21578/reut2-000.sgm"));
  }

  @Test
  void aFileAndAUrlLabelNameTheirArticle() throws Exception {
    assertEquals("file:bbc-news/tech/001.txt",
        LabelledSets.reference(Json.mapper().readTree("{\"file\": \"bbc-news/tech/001.txt\"}")));
    assertEquals("url:https://en.wikinews.org/wiki/X",
        LabelledSets.reference(Json.mapper().readTree("{\"url\": \"https://en.wikinews.org/wiki/X\"}")));
    assertNull(LabelledSets.reference(Json.mapper().readTree("{\"resource\": \"/stories/a.txt\"}")));
  }

  @Test
  void theReferencesOfAFolderAreThoseOfEveryLabelSetInIt(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("dev-x.jsonl"), "{\"file\": \"bbc-news/tech/001.txt\"}\n\n"
        + "{\"reuters\": \"reuters21578/reut2-003.sgm\", \"newid\": 3525}\n");
    Files.writeString(dir.resolve("notes.txt"), "{\"file\": \"not/a/label.txt\"}\n");
    assertEquals(Set.of("file:bbc-news/tech/001.txt", "reuters:reuters21578/reut2-003.sgm#3525"),
        LabelledSets.references(dir));
  }

  private static List<Article> readAll(String resource, String name) throws Exception {
    List<Article> out = new ArrayList<>();
    try (InputStream in = LabelReferencesTest.class.getResourceAsStream(resource)) {
      ArticleReaders.forFile(name).read(in, name, ReadOptions.NONE, RecordSink.skippingRejects(out::add));
    }
    return out;
  }
}
