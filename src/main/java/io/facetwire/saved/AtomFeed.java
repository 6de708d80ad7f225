package io.facetwire.saved;

import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A saved search as an Atom 1.0 feed (RFC 4287): newest matches first, one entry per article with an
 * id derived from the article id alone, so a feed reader never sees the same article twice. Text goes
 * through the XML writer, which escapes it; characters XML 1.0 forbids are dropped first.
 */
public final class AtomFeed {

  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private AtomFeed() {}

  /**
   * @param baseUrl  scheme and host the links start with, e.g. {@code https://news.example.org}
   * @param selfPath the feed's own path
   */
  public static String render(SavedSearch saved, List<SavedSearchHits.Hit> hits, String baseUrl, String selfPath) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(ATOM);
      element(xml, "id", "urn:facetwire:saved-search:" + saved.id());
      element(xml, "title", "Facetwire: " + saved.name());
      element(xml, "updated", updated(saved, hits).toString());
      link(xml, "self", baseUrl + selfPath, "application/atom+xml");
      xml.writeStartElement("author");
      element(xml, "name", "Facetwire");
      xml.writeEndElement();
      for (SavedSearchHits.Hit hit : hits) {
        entry(xml, hit, baseUrl);
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Could not write the feed: " + e.getMessage(), e);
    }
    return out.toString();
  }

  private static void entry(XMLStreamWriter xml, SavedSearchHits.Hit hit, String baseUrl) throws XMLStreamException {
    xml.writeStartElement("entry");
    element(xml, "id", entryId(hit.id()));
    element(xml, "title", hit.title().isBlank() ? "(untitled)" : hit.title());
    Instant updated = hit.ingestedAt() != null ? hit.ingestedAt() : Instant.EPOCH;
    element(xml, "updated", updated.toString());
    if (hit.publishedAt() != null) {
      element(xml, "published", hit.publishedAt().toString());
    }
    link(xml, "alternate", baseUrl + "/articles/" + URLEncoder.encode(hit.id(), StandardCharsets.UTF_8), "text/html");
    String url = io.facetwire.article.WebLinks.httpOrNull(hit.url());
    if (url != null) {
      link(xml, "related", url, null);
    }
    if (!hit.source().isBlank()) {
      xml.writeStartElement("source");
      element(xml, "title", hit.source());
      xml.writeEndElement();
    }
    element(xml, "summary", hit.snippet().text());
    xml.writeEndElement();
  }

  /** Stable across feed fetches, renames and re-imports: it depends on the article id only. */
  public static String entryId(String articleId) {
    return "urn:facetwire:article:" + URLEncoder.encode(articleId, StandardCharsets.UTF_8);
  }

  private static Instant updated(SavedSearch saved, List<SavedSearchHits.Hit> hits) {
    return hits.stream().map(SavedSearchHits.Hit::ingestedAt).filter(java.util.Objects::nonNull)
        .max(Instant::compareTo).orElse(saved.createdAt() == null ? Instant.EPOCH : saved.createdAt());
  }

  private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(xmlSafe(text));
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("href", xmlSafe(href));
    if (type != null) {
      xml.writeAttribute("type", type);
    }
  }

  /** Drops what XML 1.0 cannot carry at all (control characters, lone surrogates). */
  static String xmlSafe(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
      } else if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
