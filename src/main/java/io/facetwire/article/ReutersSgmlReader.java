package io.facetwire.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reuters-21578 SGML ({@code reut2-NNN.sgm}): each {@code <REUTERS ... NEWID="n">} element is one
 * article.
 *
 * <p>The files are SGML, not XML (no root element, numeric references to control characters, a bare
 * {@code >} in text), so an XML parser refuses them; the structure is regular enough to cut apart with
 * string searches. The file is read line by line as ISO-8859-1 (one file has a stray Latin-1 byte) and
 * only one {@code <REUTERS>} block is held in memory at a time.
 *
 * <p>Mapping: id "reuters-NEWID" (stable across re-imports), title from {@code <TITLE>}, body from the
 * {@code <DATELINE>} plus {@code <BODY>} (the "Reuter" sign-off dropped), source "Reuters", date from
 * {@code <DATE>} taken as UTC, and the hand-made PLACES / PEOPLE / TOPICS / ORGS / EXCHANGES lists as
 * source tags. Briefs have a title but no body: the title becomes the body ("Blah blah blah." is
 * filler). Unprocessed stories ({@code TYPE="UNPROC"}) have no {@code <TITLE>}: their first line is the
 * title and the rest the body (tables keep their line breaks). A record with no text at all is rejected.
 */
public final class ReutersSgmlReader implements ArticleReader {

  private static final Pattern NEWID = Pattern.compile("\\bNEWID\\s*=\\s*\"?(\\d+)");
  private static final Pattern TEXT_TYPE = Pattern.compile("<TEXT[^>]*TYPE\\s*=\\s*\"?(\\w+)");
  private static final Pattern D_ELEMENT = Pattern.compile("<D>(.*?)</D>", Pattern.DOTALL);
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Tag lists copied into {@link Article#sourceTags()}, SGML element name to key. */
  private static final Map<String, String> TAG_LISTS = tagLists();

  @Override
  public void read(InputStream in, String fileName, ReadOptions options, RecordSink sink) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
    StringBuilder block = null;
    int blockStart = 0;
    int lineNumber = 0;
    String line;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (line.contains("<REUTERS")) {
        if (block != null) {
          rejectUnclosed(block, blockStart, fileName, sink);
        }
        block = new StringBuilder(4096);
        blockStart = lineNumber;
      }
      if (block == null) {
        continue; // the DOCTYPE line and anything else between elements
      }
      block.append(line).append('\n');
      if (line.contains("</REUTERS>")) {
        readBlock(block.toString(), blockStart, fileName, options, sink);
        block = null;
      }
    }
    if (block != null) {
      rejectUnclosed(block, blockStart, fileName, sink);
    }
  }

  private static void rejectUnclosed(StringBuilder block, int startLine, String fileName, RecordSink sink) {
    String newId = newId(block.toString());
    sink.reject(new RecordError(fileName, location(newId, startLine), startLine,
        "<REUTERS> element is not closed by </REUTERS>"));
  }

  private static void readBlock(String block, int startLine, String fileName, ReadOptions options, RecordSink sink) {
    String newId = newId(block);
    String location = location(newId, startLine);
    if (newId == null) {
      sink.reject(new RecordError(fileName, location, startLine, "<REUTERS> element has no NEWID attribute"));
      return;
    }
    String text = element(block, "TEXT");
    String title = text == null ? null : element(text, "TITLE");
    title = title == null ? "" : WHITESPACE.matcher(SgmlText.decode(title)).replaceAll(" ").strip();
    String body;
    if (title.isEmpty()) {
      // Unprocessed stories have no <TITLE>: as for plain text, the first line is the headline.
      String unprocessed = text == null ? "" : SgmlText.decode(text.replaceAll("<[^>]*>", "")).strip();
      unprocessed = withoutSignOff(unprocessed).strip();
      int newline = unprocessed.indexOf('\n');
      title = WHITESPACE.matcher(newline < 0 ? unprocessed : unprocessed.substring(0, newline)).replaceAll(" ").strip();
      if (title.isEmpty()) {
        Matcher type = TEXT_TYPE.matcher(block);
        String kind = type.find() ? " (TEXT TYPE=\"" + type.group(1) + "\")" : "";
        sink.reject(new RecordError(fileName, location, startLine, "article has no title and no text" + kind));
        return;
      }
      String rest = newline < 0 ? "" : unprocessed.substring(newline + 1).strip();
      body = rest.isEmpty() ? title : rest;
    } else {
      body = body(text, title);
    }
    String date = element(block, "DATE");
    Instant publishedAt = date == null ? null : ReutersDates.parse(SgmlText.decode(date));
    Article article = Article.fromInput("reuters-" + newId, null, title, body, options.sourceOr("Reuters"),
        // The record's own date wins; the user's default only fills in a missing or unreadable one.
        publishedAt != null ? publishedAt : options.publishedAt(), sourceTags(block));
    sink.accept(article, location);
  }

  /** DATELINE + BODY; for a brief (no BODY) whatever follows the title, unless it is filler. */
  private static String body(String text, String title) {
    String body = element(text, "BODY");
    if (body != null) {
      String dateline = element(text, "DATELINE");
      String full = (dateline == null ? "" : SgmlText.decode(dateline).strip() + " ") + SgmlText.decode(body);
      String story = withoutSignOff(full).strip();
      return story.isEmpty() ? title : story;
    }
    int afterTitle = text.indexOf("</TITLE>");
    String rest = afterTitle < 0 ? "" : SgmlText.decode(text.substring(afterTitle + "</TITLE>".length())).strip();
    rest = withoutSignOff(rest).strip();
    if (rest.isEmpty() || rest.toLowerCase(Locale.ROOT).startsWith("blah blah blah")) {
      return title;
    }
    return rest;
  }

  /**
   * The text without the wire's sign-off at its end: whitespace, "Reuter" in any case, up to three
   * dots, optional whitespace ({@code \s+reuter\.{0,3}\s*$}). Checked from the end by hand: the regular
   * expression tried a match at every whitespace of every story and cost as much as reading it.
   */
  static String withoutSignOff(String s) {
    int end = s.length();
    while (end > 0 && isSpace(s.charAt(end - 1))) {
      end--;
    }
    for (int dots = 0; dots < 3 && end > 0 && s.charAt(end - 1) == '.'; dots++) {
      end--;
    }
    int word = end - "reuter".length();
    if (word < 1 || !s.regionMatches(true, word, "reuter", 0, "reuter".length()) || !isSpace(s.charAt(word - 1))) {
      return s;
    }
    int start = word;
    while (start > 0 && isSpace(s.charAt(start - 1))) {
      start--;
    }
    return s.substring(0, start);
  }

  /** The characters of the regex class {@code \s}: space, tab, newline, vertical tab, form feed, return. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private static Map<String, List<String>> sourceTags(String block) {
    Map<String, List<String>> tags = new LinkedHashMap<>();
    for (Map.Entry<String, String> list : TAG_LISTS.entrySet()) {
      String content = element(block, list.getKey());
      if (content == null) {
        continue;
      }
      List<String> values = new ArrayList<>();
      Matcher d = D_ELEMENT.matcher(content);
      while (d.find()) {
        String value = SgmlText.decode(d.group(1)).strip();
        if (!value.isEmpty()) {
          values.add(value);
        }
      }
      if (!values.isEmpty()) {
        tags.put(list.getValue(), values);
      }
    }
    return tags;
  }

  /**
   * Content of the first {@code <NAME ...>...</NAME>} in {@code s}, or null. The tag must be followed
   * by '>' or a space, so TITLE never matches inside a longer name.
   */
  static String element(String s, String name) {
    String open = "<" + name;
    int from = 0;
    while (true) {
      int start = s.indexOf(open, from);
      if (start < 0) {
        return null;
      }
      int after = start + open.length();
      if (after < s.length() && (s.charAt(after) == '>' || s.charAt(after) == ' ')) {
        int contentStart = s.indexOf('>', after) + 1;
        int end = s.indexOf("</" + name + ">", contentStart);
        return end < 0 ? null : s.substring(contentStart, end);
      }
      from = after;
    }
  }

  private static String newId(String block) {
    int tagEnd = block.indexOf('>');
    Matcher m = NEWID.matcher(tagEnd < 0 ? block : block.substring(0, tagEnd));
    return m.find() ? m.group(1) : null;
  }

  private static String location(String newId, int line) {
    return newId == null ? "record at line " + line : "record NEWID " + newId + " (line " + line + ")";
  }

  private static Map<String, String> tagLists() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("PLACES", "places");
    m.put("PEOPLE", "people");
    m.put("TOPICS", "topics");
    m.put("ORGS", "orgs");
    m.put("EXCHANGES", "exchanges");
    return m;
  }

  /** Reuters DATE values: " 5-MAR-1987 09:12:33.21", sometimes with wire junk after or a broken time. */
  static final class ReutersDates {
    private static final Pattern DATE = Pattern.compile(
        "(\\d{1,2})-([A-Za-z]{3})-(\\d{4})(?:\\s+(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,3}))?)?");
    private static final List<String> MONTHS = List.of(
        "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");

    private ReutersDates() {}

    /** The instant (UTC), the day alone when the time is garbled, or null when there is no date. */
    static Instant parse(String text) {
      Matcher m = DATE.matcher(text);
      if (!m.find()) {
        return null;
      }
      int month = MONTHS.indexOf(m.group(2).toUpperCase(Locale.ROOT)) + 1;
      if (month == 0) {
        return null;
      }
      LocalDate day;
      try {
        day = LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
      } catch (java.time.DateTimeException e) {
        return null;
      }
      LocalTime time = LocalTime.MIDNIGHT;
      if (m.group(4) != null) {
        try {
          String fraction = m.group(7) == null ? "0" : (m.group(7) + "00").substring(0, 3);
          time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
              Integer.parseInt(m.group(6)), Integer.parseInt(fraction) * 1_000_000);
        } catch (java.time.DateTimeException e) {
          time = LocalTime.MIDNIGHT; // e.g. "605:12:19.12": keep the day, drop the time
        }
      }
      return LocalDateTime.of(day, time).toInstant(ZoneOffset.UTC);
    }
  }
}
