package io.facetwire.story;

import io.facetwire.article.Article;
import io.facetwire.article.ArticleIds;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordSink;
import io.facetwire.article.ReutersSgmlReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The BBC and Reuters corpora as articles, for drawing and scoring story pairs (programs, not tests). */
final class StoryCorpora {

  private StoryCorpora() {}

  /** BBC files: id "bbc/FOLDER/NNN", headline on the first line; no dates in the set. */
  static List<Article> bbc(Path dir) throws Exception {
    List<Article> out = new ArrayList<>();
    try (var files = Files.walk(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().equals("README.TXT"))
          .sorted().toList()) {
        String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).strip();
        int nl = text.indexOf('\n');
        String id = "bbc/" + dir.relativize(f).toString().replace(".txt", "");
        out.add(Article.fromInput(id, null, nl > 0 ? text.substring(0, nl).strip() : text,
            nl > 0 ? text.substring(nl + 1).strip() : "", "BBC", null, null));
      }
    }
    return out;
  }

  /** Reuters-21578 stories with a title and a body of 100+ characters, with their stable ids. */
  static List<Article> reuters(Path dir) throws Exception {
    List<Article> out = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".sgm")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(f)) {
          new ReutersSgmlReader().read(in, f.getFileName().toString(), ReadOptions.NONE, RecordSink.skippingRejects(a -> {
            if (a.title() != null && a.body() != null && a.body().length() > 100) {
              out.add(ArticleIds.withStableId(a));
            }
          }));
        }
      }
    }
    return out;
  }
}
