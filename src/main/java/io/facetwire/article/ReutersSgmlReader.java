package io.facetwire.article;

import io.facetwire.article.SgmlElement.Span;
import java.io.IOException;
import java.io.InputStream;
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

  /** Tag lists copied into {@link Article#sourceTags()}, in this order: SGML element and key. */
  private static final List<TagList> TAG_LISTS = tagLists();

  @Override
  public void read(InputStream in, String fileName, ReadOptions options, RecordSink sink) throws IOException {
    Latin1Lines lines = new Latin1Lines(in);
    // One builder for every block of the file: a record costs its text once as the block's String, not a
    // String per line plus a builder per block (the reader allocated 18.7 kB per Reuters record).
    StringBuilder block = new StringBuilder(8192);
    boolean inBlock = false;
    int blockStart = 0;
    int lineNumber = 0;
    StringBuilder line;
    while ((line = lines.next()) != null) {
      lineNumber++;
      if (line.indexOf("<REUTERS") >= 0) {
        if (inBlock) {
          rejectUnclosed(block, blockStart, fileName, sink);
        }
        block.setLength(0);
        inBlock = true;
        blockStart = lineNumber;
      }
      if (!inBlock) {
        continue; // the DOCTYPE line and anything else between elements
      }
      block.append(line).append('\n');
      if (line.indexOf("</REUTERS>") >= 0) {
        readBlock(block.toString(), blockStart, fileName, options, sink);
        inBlock = false;
      }
    }
    if (inBlock) {
      rejectUnclosed(block, blockStart, fileName, sink);
    }
  }

  private static void rejectUnclosed(StringBuilder block, int startLine, String fileName, RecordSink sink) {
    String newId = newId(block.toString());
    sink.reject(new RecordError(fileName, location(newId, startLine), startLine,
        "<REUTERS> element is not closed by </REUTERS>"));
  }

  /*
   * The block is cut apart by positions (SgmlElement.Span) rather than by substrings of substrings: the story's
   * text used to be copied six times on its way to the article (TEXT, BODY, decoded, dateline prefixed, sign-off
   * cut, stripped); now it is decoded once into a builder and taken out once.
   */

  private static void readBlock(String block, int startLine, String fileName, ReadOptions options, RecordSink sink) {
    String newId = newId(block);
    String location = location(newId, startLine);
    if (newId == null) {
      sink.reject(new RecordError(fileName, location, startLine, "<REUTERS> element has no NEWID attribute"));
      return;
    }
    Span text = TEXT.in(block, 0, block.length());
    Span titleSpan = text == null ? null : TITLE.in(block, text.start(), text.end());
    String title = titleSpan == null ? "" : spaced(SgmlText.decode(titleSpan.of(block))).strip();
    String body;
    if (title.isEmpty()) {
      // Unprocessed stories have no <TITLE>: as for plain text, the first line is the headline.
      String unprocessed = text == null ? "" : SgmlText.decode(text.of(block).replaceAll("<[^>]*>", "")).strip();
      unprocessed = withoutSignOff(unprocessed).strip();
      int newline = unprocessed.indexOf('\n');
      title = spaced(newline < 0 ? unprocessed : unprocessed.substring(0, newline)).strip();
      if (title.isEmpty()) {
        Matcher type = TEXT_TYPE.matcher(block);
        String kind = type.find() ? " (TEXT TYPE=\"" + type.group(1) + "\")" : "";
        sink.reject(new RecordError(fileName, location, startLine, "article has no title and no text" + kind));
        return;
      }
      String rest = newline < 0 ? "" : unprocessed.substring(newline + 1).strip();
      body = rest.isEmpty() ? title : rest;
    } else {
      body = body(block, text, title);
    }
    Span date = DATE.in(block, 0, block.length());
    Instant publishedAt = date == null ? null : ReutersDates.parse(SgmlText.decode(date.of(block)));
    Article article = Article.fromInput("reuters-" + newId, null, title, body, options.sourceOr("Reuters"),
        // The record's own date wins; the user's default only fills in a missing or unreadable one.
        publishedAt != null ? publishedAt : options.publishedAt(), sourceTags(block));
    sink.accept(article, location);
  }

  /** DATELINE + BODY; for a brief (no BODY) whatever follows the title, unless it is filler. */
  private static String body(String block, Span text, String title) {
    Span body = BODY.in(block, text.start(), text.end());
    if (body != null) {
      Span dateline = DATELINE.in(block, text.start(), text.end());
      StringBuilder full = new StringBuilder(body.end() - body.start() + (dateline == null ? 0 : 64));
      if (dateline != null) {
        full.append(SgmlText.decode(dateline.of(block)).strip()).append(' ');
      }
      SgmlText.decode(block, body.start(), body.end(), full);
      // withoutSignOff(full).strip(), taken out of the builder once
      int end = signOffStart(full);
      int start = 0;
      while (start < end && Character.isWhitespace(full.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(full.charAt(end - 1))) {
        end--;
      }
      return start == end ? title : full.substring(start, end);
    }
    String textOnly = text.of(block);
    int afterTitle = textOnly.indexOf("</TITLE>");
    String rest = afterTitle < 0 ? "" : SgmlText.decode(textOnly.substring(afterTitle + "</TITLE>".length())).strip();
    rest = withoutSignOff(rest).strip();
    if (rest.isEmpty() || rest.toLowerCase(Locale.ROOT).startsWith("blah blah blah")) {
      return title;
    }
    return rest;
  }

  /**
   * Every run of whitespace ({@code \\s}: space, tab, newline, vertical tab, form feed, return) as one space, as
   * {@code s.replaceAll("\\s+", " ")} does; the same instance when nothing changes (a headline's single spaces).
   */
  static String spaced(String s) {
    int i = 0;
    int n = s.length();
    while (i < n && !(isSpace(s.charAt(i)) && (s.charAt(i) != ' ' || i + 1 < n && isSpace(s.charAt(i + 1))))) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder out = new StringBuilder(n);
    out.append(s, 0, i);
    while (i < n) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        out.append(' ');
        while (i < n && isSpace(s.charAt(i))) {
          i++;
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /**
   * The text without the wire's sign-off at its end: whitespace, "Reuter" in any case, up to three
   * dots, optional whitespace ({@code \s+reuter\.{0,3}\s*$}). Checked from the end by hand: the regular
   * expression tried a match at every whitespace of every story and cost as much as reading it.
   */
  static String withoutSignOff(String s) {
    int start = signOffStart(s);
    return start == s.length() ? s : s.substring(0, start);
  }

  /** Where the sign-off {@link #withoutSignOff} cuts begins (with the whitespace before it), or the length. */
  private static int signOffStart(CharSequence s) {
    int end = s.length();
    while (end > 0 && isSpace(s.charAt(end - 1))) {
      end--;
    }
    for (int dots = 0; dots < 3 && end > 0 && s.charAt(end - 1) == '.'; dots++) {
      end--;
    }
    int word = end - "reuter".length();
    if (word < 1 || !regionMatchesIgnoreCase(s, word, "reuter") || !isSpace(s.charAt(word - 1))) {
      return s.length();
    }
    int start = word;
    while (start > 0 && isSpace(s.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  /** {@code s.regionMatches(true, at, word, 0, word.length())} for a builder too; {@code word} is lower-case ASCII. */
  private static boolean regionMatchesIgnoreCase(CharSequence s, int at, String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = s.charAt(at + i);
      char w = word.charAt(i);
      if (c != w && Character.toLowerCase(Character.toUpperCase(c)) != w) {
        return false;
      }
    }
    return true;
  }

  /** The characters of the regex class {@code \s}: space, tab, newline, vertical tab, form feed, return. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private static Map<String, List<String>> sourceTags(String block) {
    Map<String, List<String>> tags = new LinkedHashMap<>();
    for (TagList list : TAG_LISTS) {
      Span content = list.element().in(block, 0, block.length());
      if (content == null) {
        continue;
      }
      // Each <D>…</D> in turn, as the lazy pattern <D>(.*?)</D> finds them.
      List<String> values = new ArrayList<>();
      int from = content.start();
      while (true) {
        int open = SgmlElement.indexIn(block, D_OPEN, from, content.end());
        int close = open < 0 ? -1 : SgmlElement.indexIn(block, D_CLOSE, open + D_OPEN.length(), content.end());
        if (close < 0) {
          break;
        }
        String value = SgmlText.decode(block.substring(open + D_OPEN.length(), close)).strip();
        if (!value.isEmpty()) {
          values.add(value);
        }
        from = close + D_CLOSE.length();
      }
      if (!values.isEmpty()) {
        tags.put(list.key(), values);
      }
    }
    return tags;
  }

  /** A tag list copied into {@link Article#sourceTags()}: its element and its key there. */
  private record TagList(SgmlElement element, String key) {}

  private static final SgmlElement TEXT = new SgmlElement("TEXT");
  private static final SgmlElement TITLE = new SgmlElement("TITLE");
  private static final SgmlElement BODY = new SgmlElement("BODY");
  private static final SgmlElement DATELINE = new SgmlElement("DATELINE");
  private static final SgmlElement DATE = new SgmlElement("DATE");
  private static final String D_OPEN = "<D>";
  private static final String D_CLOSE = "</D>";

  private static String newId(String block) {
    int tagEnd = block.indexOf('>');
    // The region's bounds are opaque (the default): \\b sees no further than the substring before '>' did.
    Matcher m = NEWID.matcher(block).region(0, tagEnd < 0 ? block.length() : tagEnd);
    return m.find() ? m.group(1) : null;
  }

  private static String location(String newId, int line) {
    return newId == null ? "record at line " + line : "record NEWID " + newId + " (line " + line + ")";
  }

  private static List<TagList> tagLists() {
    return List.of(new TagList(new SgmlElement("PLACES"), "places"), new TagList(new SgmlElement("PEOPLE"), "people"),
        new TagList(new SgmlElement("TOPICS"), "topics"), new TagList(new SgmlElement("ORGS"), "orgs"),
        new TagList(new SgmlElement("EXCHANGES"), "exchanges"));
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
