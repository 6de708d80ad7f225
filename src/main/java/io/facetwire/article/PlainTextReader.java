package io.facetwire.article;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One article per plain text file ({@code .txt}, {@code .md}, ...).
 *
 * <p>Optional front matter at the very top names what text alone cannot:
 * <pre>
 * ---
 * title: Headline
 * source: RT
 * date: 2017-07-30
 * url: https://example.org/story
 * ---
 * </pre>
 * Without a front matter title, the first non-blank line is the title and the rest the body (the
 * BBC files and the seed article are laid out that way); a one-line file is both title and body.
 * {@link ReadOptions} fill in source and date when the front matter does not give them. Character
 * references left in the text ({@code &#233;}, {@code &amp;}) are decoded as {@link SgmlText} does.
 */
public final class PlainTextReader implements ArticleReader {

  /** Front matter keys we understand; "date" and "published_at" are the same thing. */
  private static final List<String> KNOWN_KEYS = List.of("title", "source", "date",
      ArticleFields.PUBLISHED_AT, "url", "id");

  @Override
  public void read(InputStream in, String fileName, ReadOptions options, RecordSink sink) throws IOException {
    // A single article is small, so reading it whole is fine (unlike the multi-record formats).
    String text = LenientUtf8.decode(in.readAllBytes());
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] lines = text.split("\r?\n", -1);
    try {
      sink.accept(parse(lines, options), "line 1");
    } catch (FrontMatterException e) {
      sink.reject(new RecordError(fileName, "line " + e.line, e.line, e.getMessage()));
    } catch (InvalidArticleException e) {
      sink.reject(new RecordError(fileName, "", 0, e.reason()));
    }
  }

  private static Article parse(String[] lines, ReadOptions options)
      throws FrontMatterException, InvalidArticleException {
    FrontMatter front = lines.length > 0 && lines[0].strip().equals("---")
        ? FrontMatter.read(lines) : FrontMatter.NONE;
    int next = front.bodyStart();

    Instant publishedAt = null;
    String dateKey = front.values().containsKey(ArticleFields.PUBLISHED_AT) ? ArticleFields.PUBLISHED_AT : "date";
    String dateText = front.values().get(dateKey);
    if (dateText != null) {
      try {
        publishedAt = DateParsing.parse(dateText);
      } catch (IllegalArgumentException e) {
        throw new FrontMatterException(front.lines().get(dateKey), "front matter " + dateKey + ": " + e.getMessage());
      }
    }

    String title = front.values().get("title");
    if (title == null) {
      // The first non-blank line after the front matter is the headline.
      while (next < lines.length && lines[next].isBlank()) {
        next++;
      }
      if (next == lines.length) {
        throw new InvalidArticleException("no text: the file is empty or holds only front matter");
      }
      title = lines[next].strip();
      next++;
    }
    String body = String.join("\n", Arrays.copyOfRange(lines, Math.min(next, lines.length), lines.length)).strip();
    if (body.isEmpty()) {
      if (front.values().containsKey("title")) {
        throw new InvalidArticleException("no body text after the front matter");
      }
      body = title; // a one-line file: the line is all there is, and search needs a body
    }
    // Some files were saved from web pages with their character references left in ("Jos&#233; Manuel
    // Barroso" in the BBC set): the text means the character, for the reader and for the facets.
    title = SgmlText.decode(title);
    body = SgmlText.decode(body);
    return Article.fromInput(front.values().get("id"), front.values().get("url"), title, body,
        options.sourceOr(front.values().get("source")), options.publishedAtOr(publishedAt), Map.of());
  }

  /**
   * The known {@code key: value} pairs of a front matter block, the line each came from (for error
   * messages), and the index of the first line after the block.
   */
  private record FrontMatter(Map<String, String> values, Map<String, Integer> lines, int bodyStart) {

    static final FrontMatter NONE = new FrontMatter(Map.of(), Map.of(), 0);

    /** Reads the block that starts with the {@code ---} on the first line. */
    static FrontMatter read(String[] text) throws FrontMatterException {
      Map<String, String> values = new HashMap<>();
      Map<String, Integer> lines = new HashMap<>();
      for (int i = 1; i < text.length; i++) {
        String line = text[i].strip();
        if (line.equals("---")) {
          return new FrontMatter(values, lines, i + 1);
        }
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        if (colon <= 0) {
          throw new FrontMatterException(i + 1, "front matter line is not \"key: value\": " + line);
        }
        String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = unquote(line.substring(colon + 1).strip());
        // Unknown keys (tags, author, ...) are allowed and ignored, so richer front matter still imports.
        if (KNOWN_KEYS.contains(key) && !value.isEmpty()) {
          values.put(key, value);
          lines.put(key, i + 1);
        }
      }
      throw new FrontMatterException(1, "front matter opened with --- on line 1 is never closed by a --- line");
    }
  }

  /** YAML-style quotes around a value are not part of it. */
  private static String unquote(String value) {
    if (value.length() >= 2
        && ((value.startsWith("\"") && value.endsWith("\"")) || (value.startsWith("'") && value.endsWith("'")))) {
      return value.substring(1, value.length() - 1).strip();
    }
    return value;
  }

  /** A front matter problem, tied to the line it is on. */
  private static final class FrontMatterException extends Exception {
    final int line;

    FrontMatterException(int line, String message) {
      super(message);
      this.line = line;
    }
  }
}
