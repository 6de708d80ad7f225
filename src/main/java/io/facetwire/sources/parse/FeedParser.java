package io.facetwire.sources.parse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads whatever a source serves: RSS 0.9x/1.0 (RDF)/2.0 and Atom through ROME, JSON Feed through
 * Jackson, news sitemaps through {@link SitemapParser}. The format is told from the body, not from
 * the Content-Type, which publishers often get wrong.
 */
public final class FeedParser {

  private static final int HEAD_BYTES = 4096;

  private final ObjectMapper json;

  public FeedParser(ObjectMapper json) {
    // A fetched JSON Feed is JSON from outside like a request body: read within JsonLimits (nesting, string
    // length, no shared name table that keys chosen to collide can break; session 17, left by session 16).
    this.json = io.facetwire.article.JsonLimits.bounded(json);
  }

  public ParsedFeed parse(byte[] body, String contentType) throws FeedParseException {
    if (body.length == 0) {
      throw new FeedParseException("not a feed: the response was empty");
    }
    String head = head(body);
    String start = head.stripLeading();
    if (start.startsWith("{")) {
      return new JsonFeedParser(json).parse(body);
    }
    if (!start.startsWith("<")) {
      throw new FeedParseException("not a feed: the body is neither XML nor JSON (it starts with \""
          + printable(start) + "\")");
    }
    String root = rootElement(start);
    if (root.equals("html") || (root.isEmpty() && start.toLowerCase(Locale.ROOT).contains("<html"))) {
      throw new FeedParseException("not a feed: the address serves an HTML page" + feedLinkHint(body));
    }
    if (SafeXml.declaresDoctype(head)) {
      throw new FeedParseException(SafeXml.DOCTYPE_REFUSED);
    }
    if (root.equals("urlset") || root.equals("sitemapindex")) {
      return new SitemapParser().parse(body);
    }
    return parseWithRome(body, contentType);
  }

  private ParsedFeed parseWithRome(byte[] body, String contentType) throws FeedParseException {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false); // ROME's default too; stated because it is the XXE guard
      input.setXmlHealerOn(false);
      XmlReader reader = contentType == null
          ? new XmlReader(new ByteArrayInputStream(body), true)
          : new XmlReader(new ByteArrayInputStream(body), contentType, true);
      feed = input.build(reader);
    } catch (FeedException | IllegalArgumentException e) {
      throw new FeedParseException("not a feed: " + oneLine(e.getMessage()), e);
    } catch (IOException e) {
      throw new FeedParseException("unreadable XML: " + oneLine(e.getMessage()), e);
    }
    List<FeedItem> items = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    int n = 0;
    for (SyndEntry entry : feed.getEntries()) {
      n++;
      String link = entry.getLink() != null ? entry.getLink() : entry.getUri();
      if (link == null || !(link.startsWith("http://") || link.startsWith("https://"))) {
        skipped.add("item " + n + ": no http(s) link");
        continue;
      }
      String summary = entry.getDescription() == null ? null : HtmlText.of(entry.getDescription().getValue());
      String content = null;
      for (SyndContent c : entry.getContents()) {
        String text = HtmlText.of(c.getValue());
        if (text != null && (content == null || text.length() > content.length())) {
          content = text;
        }
      }
      String title = entry.getTitle() == null ? null : HtmlText.of(entry.getTitle());
      String author = entry.getAuthor() == null || entry.getAuthor().isBlank() ? null : entry.getAuthor().strip();
      var date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      items.add(new FeedItem(link.strip(), title, summary, content, author, date == null ? null : date.toInstant()));
    }
    return new ParsedFeed(feed.getFeedType(), feed.getTitle(), items, skipped);
  }

  /** The body's first bytes as text, without a byte order mark (enough to see the root element). */
  private static String head(byte[] body) {
    int skip = body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf ? 3 : 0;
    return new String(body, skip, Math.min(HEAD_BYTES, body.length - skip), StandardCharsets.ISO_8859_1);
  }

  /** The first element's local name, after the XML declaration, comments and processing instructions. */
  static String rootElement(String start) {
    int i = 0;
    while (true) {
      i = start.indexOf('<', i);
      if (i < 0 || i + 1 >= start.length()) {
        return "";
      }
      char c = start.charAt(i + 1);
      if (c == '?' || c == '!') {
        int end = start.indexOf('>', i);
        if (end < 0) {
          return "";
        }
        i = end + 1;
        continue;
      }
      int end = i + 1;
      while (end < start.length() && !Character.isWhitespace(start.charAt(end)) && start.charAt(end) != '>'
          && start.charAt(end) != '/') {
        end++;
      }
      String name = start.substring(i + 1, end);
      int colon = name.indexOf(':');
      return (colon >= 0 ? name.substring(colon + 1) : name).toLowerCase(Locale.ROOT);
    }
  }

  /** A page often names its feed; saying so turns the error into the fix. */
  private static String feedLinkHint(byte[] body) {
    Element link = Jsoup.parse(new String(body, StandardCharsets.UTF_8)).selectFirst(
        "link[rel=alternate][type~=(?i)application/(rss|atom|feed)\\+(xml|json)][href]");
    return link == null ? "" : "; it names a feed at " + link.attr("href");
  }

  private static String printable(String s) {
    String t = s.length() > 40 ? s.substring(0, 40) : s;
    return t.replaceAll("[^\\p{Print}]", "?");
  }

  static String oneLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    String m = message.replaceAll("\\s+", " ").strip();
    return m.length() > 300 ? m.substring(0, 300) + "…" : m;
  }
}
