package io.facetwire.sources.parse;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A (news) sitemap: {@code <urlset>} of {@code <url><loc>}, with the Google News extension's
 * {@code <news:title>} and {@code <news:publication_date>} when present. Sitemaps carry no text, so
 * every entry's page is fetched and extracted. A sitemap index is refused with a message naming its
 * first child sitemaps: each is added as its own source, with its own interval.
 */
final class SitemapParser {

  ParsedFeed parse(byte[] body) throws FeedParseException {
    List<FeedItem> items = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<String> children = new ArrayList<>();
    boolean index = false;
    String loc = null;
    String title = null;
    Instant published = null;
    Instant lastmod = null;
    int n = 0;
    try {
      XMLStreamReader r = SafeXml.streamFactory().createXMLStreamReader(new ByteArrayInputStream(body));
      StringBuilder text = new StringBuilder();
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
          throw new FeedParseException(SafeXml.DOCTYPE_REFUSED);
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          text.setLength(0);
          String name = r.getLocalName();
          if (name.equals("sitemapindex")) {
            index = true;
          } else if (name.equals("url")) {
            loc = null;
            title = null;
            published = null;
            lastmod = null;
          }
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          text.append(r.getText());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String value = text.toString().strip();
          switch (r.getLocalName()) {
            case "loc" -> {
              if (index) {
                children.add(value);
              } else {
                loc = value;
              }
            }
            case "title" -> title = value.isEmpty() ? null : value;
            case "publication_date" -> published = date(value);
            case "lastmod" -> lastmod = date(value);
            case "url" -> {
              n++;
              if (loc == null || !(loc.startsWith("http://") || loc.startsWith("https://"))) {
                skipped.add("url " + n + ": no http(s) <loc>");
              } else {
                items.add(new FeedItem(loc, title, null, null, null, published != null ? published : lastmod));
              }
            }
            default -> { }
          }
          text.setLength(0);
        }
      }
    } catch (XMLStreamException e) {
      throw new FeedParseException("not a valid sitemap: " + FeedParser.oneLine(e.getMessage()), e);
    }
    if (index) {
      throw new FeedParseException("a sitemap index, not a sitemap: add its sitemaps as sources ("
          + String.join(", ", children.subList(0, Math.min(3, children.size())))
          + (children.size() > 3 ? ", …" : "") + ")");
    }
    return new ParsedFeed("news_sitemap", null, items, skipped);
  }

  private static Instant date(String v) {
    if (v.isEmpty()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }
}
