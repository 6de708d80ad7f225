package io.facetwire.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV with a header row (RFC 4180: quoted fields may hold commas, quotes and newlines).
 *
 * <p>Columns are found by name, ignoring case and order: {@code title} and {@code text}|{@code body}
 * are required; {@code url}, {@code date}|{@code published_at}, {@code source} and {@code id} are
 * optional. Wikinews exports get their quirks fixed by {@link WikinewsRules}.
 *
 * <p>A record with a wrong field count, no title, no text or a bad date is rejected and reading goes
 * on. A syntax error (such as a quote that is never closed) leaves the parser unable to tell where
 * the next record starts, so it is reported at the record where it began and reading stops there;
 * every record before it has already been delivered.
 */
public final class CsvArticleReader implements ArticleReader {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader()
      .setSkipHeaderRecord(true)
      .setIgnoreEmptyLines(true)
      .get();

  @Override
  public void read(InputStream in, String fileName, ReadOptions options, RecordSink sink) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    skipBom(reader);
    CSVParser parser;
    try {
      parser = CSVParser.parse(reader, FORMAT);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      sink.reject(new RecordError(fileName, "line 1", 1, "cannot read the CSV header row: " + message(e)));
      return;
    }
    Columns columns;
    try {
      columns = Columns.of(parser.getHeaderNames());
    } catch (InvalidArticleException e) {
      sink.reject(new RecordError(fileName, "line 1", 1, e.reason()));
      return;
    }

    Iterator<CSVRecord> records = parser.iterator();
    int recordNumber = 0;
    while (true) {
      // The parser has consumed all lines of earlier records, so the next one starts on the line after.
      int startLine = (int) parser.getCurrentLineNumber() + 1;
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          break;
        }
        record = records.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        recordNumber++;
        sink.reject(new RecordError(fileName, location(recordNumber, startLine), startLine,
            "CSV syntax error: " + message(e) + "; the rest of the file was not read"));
        return;
      }
      recordNumber++;
      String location = location(recordNumber, startLine);
      try {
        sink.accept(columns.toArticle(record, options), location);
      } catch (InvalidArticleException e) {
        sink.reject(new RecordError(fileName, location, startLine, e.reason()));
      }
    }
  }

  private static String location(int recordNumber, int line) {
    return "record " + recordNumber + " (line " + line + ")";
  }

  private static void skipBom(BufferedReader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
  }

  /** commons-csv wraps its IOException (which holds the useful text) in an UncheckedIOException. */
  private static String message(Exception e) {
    Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  /** Where each field is in this file's header; -1 for an optional column the file lacks. */
  private record Columns(int fieldCount, int urlCol, int dateCol, int titleCol, int textCol, int sourceCol,
      int idCol) {

    static Columns of(List<String> header) throws InvalidArticleException {
      int title = find(header, "title");
      int text = find(header, "text", "body");
      if (title < 0 || text < 0) {
        throw new InvalidArticleException("the header row needs a title column and a text (or body) column;"
            + " found " + header);
      }
      return new Columns(header.size(), find(header, "url"),
          find(header, "date", ArticleFields.PUBLISHED_AT), title, text,
          find(header, "source"), find(header, "id"));
    }

    private static int find(List<String> header, String... names) {
      for (String name : names) {
        for (int i = 0; i < header.size(); i++) {
          if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(name)) {
            return i;
          }
        }
      }
      return -1;
    }

    Article toArticle(CSVRecord record, ReadOptions options) throws InvalidArticleException {
      if (record.size() != fieldCount) {
        throw new InvalidArticleException("record has " + record.size() + " fields but the header has "
            + fieldCount);
      }
      String url = value(record, urlCol);
      String title = value(record, titleCol);
      String text = value(record, textCol);
      boolean wikinews = url != null && WikinewsRules.isWikinews(url);
      if (wikinews) {
        url = WikinewsRules.normaliseUrl(url);
        // A page that is nothing but its dateline (the 2021 "TEST PAGE" rows) keeps it as its body:
        // an article with a date as text is more honest than one rejected for having no text.
        String withoutDateline = text == null ? null : WikinewsRules.stripDateline(text);
        if (withoutDateline != null && !withoutDateline.isEmpty()) {
          text = withoutDateline;
        }
      }
      if (title == null) {
        throw new InvalidArticleException("title is empty");
      }
      if (text == null || text.isBlank()) {
        throw new InvalidArticleException("text is empty");
      }
      Instant publishedAt = null;
      String dateText = value(record, dateCol);
      if (dateText != null) {
        try {
          publishedAt = DateParsing.parse(dateText);
        } catch (IllegalArgumentException e) {
          throw new InvalidArticleException(e.getMessage());
        }
      }
      // The file's own source column wins, then the user's --source, then what the URL tells us.
      String source = options.sourceOr(value(record, sourceCol));
      if (source == null && wikinews) {
        source = "Wikinews";
      }
      return Article.fromInput(value(record, idCol), url, title.replaceAll("\\s+", " "), stripSpace(text), source,
          options.publishedAtOr(publishedAt), Map.of());
    }

    private static String value(CSVRecord record, int index) {
      if (index < 0) {
        return null;
      }
      String v = stripSpace(record.get(index));
      return v.isEmpty() ? null : v;
    }

    /** Like {@link String#strip()}, but also drops no-break spaces, which web scrapes leave at the ends. */
    private static String stripSpace(String s) {
      int start = 0;
      int end = s.length();
      while (start < end && isSpace(s.charAt(start))) {
        start++;
      }
      while (end > start && isSpace(s.charAt(end - 1))) {
        end--;
      }
      return s.substring(start, end);
    }

    private static boolean isSpace(char c) {
      return Character.isWhitespace(c) || c == '\u00a0';
    }
  }
}
