package io.facetwire.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: fixture files from src/test/resources/fixtures and a sink that keeps what it gets. */
final class Fixtures {

  private Fixtures() {}

  static Path path(String name) {
    try {
      var url = Fixtures.class.getResource("/fixtures/" + name);
      if (url == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads a fixture through the stream API, with the bare fixture name as file name. */
  static Collected read(ArticleReader reader, String name, ReadOptions options) {
    Collected sink = new Collected();
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      reader.read(in, name, options, sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sink;
  }

  static Collected read(ArticleReader reader, String name) {
    return read(reader, name, ReadOptions.NONE);
  }

  /** Reads in-memory text, for small inline cases. */
  static Collected readText(ArticleReader reader, String fileName, String text, ReadOptions options) {
    Collected sink = new Collected();
    try {
      reader.read(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
          fileName, options, sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sink;
  }

  /** A sink that records everything, in order. */
  static final class Collected implements RecordSink {
    final List<Article> articles = new ArrayList<>();
    final List<String> locations = new ArrayList<>();
    final List<RecordError> errors = new ArrayList<>();

    @Override
    public void accept(Article article, String location) {
      articles.add(article);
      locations.add(location);
    }

    @Override
    public void reject(RecordError error) {
      errors.add(error);
    }

    Article only() {
      if (articles.size() != 1 || !errors.isEmpty()) {
        throw new AssertionError("expected one article and no errors, got " + articles.size() + " and " + errors);
      }
      return articles.get(0);
    }

    Article byTitle(String title) {
      return articles.stream().filter(a -> a.title().equals(title)).findFirst()
          .orElseThrow(() -> new AssertionError("no article titled " + title));
    }

    Article byId(String id) {
      return articles.stream().filter(a -> id.equals(a.id())).findFirst()
          .orElseThrow(() -> new AssertionError("no article with id " + id));
    }
  }
}
