package io.facetwire.web;

import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.search.MatchExport;
import io.facetwire.search.SearchResult;
import io.facetwire.search.SearchState;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Machine forms of any results page: {@code /search.atom} (a feed of the newest matches) and
 * {@code /search.csv} (every match, streamed, up to {@link MatchExport#MAX_ROWS}).
 */
final class ExportRoutes {

  static final int FEED_ENTRIES = 20;

  private final MatchExport export;
  private final io.facetwire.FacetwireConfig config;
  private final FacetCatalog facets;

  ExportRoutes(MatchExport export, io.facetwire.FacetwireConfig config, FacetCatalog facets) {
    this.facets = facets;
    this.export = export;
    this.config = config;
  }

  void csv(Context ctx) throws IOException {
    SearchState state = SearchState.fromQuery(ctx.queryParamMap(), facets);
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"facetwire-export.csv\"");
    OutputStream out = ctx.res().getOutputStream();
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    // One column per facet, named by its stored field, values joined by "; ".
    List<String> header = new java.util.ArrayList<>(List.of("id", "published_at", "source", "title", "url"));
    // A facet of the article's own field (source) already has its column.
    List<Facet> facetColumns = facets.all().stream().filter(f -> !header.contains(f.field())).toList();
    facetColumns.forEach(f -> header.add(f.field()));
    header.add("snippet");
    try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
        .setHeader(header.toArray(String[]::new)).get())) {
      MatchExport.Outcome outcome = export.newest(state, MatchExport.MAX_ROWS, hit -> {
        List<String> row = new java.util.ArrayList<>(List.of(hit.id(),
            hit.publishedAt() == null ? "" : hit.publishedAt().toString(), hit.source(), hit.title(),
            java.util.Objects.toString(io.facetwire.article.WebLinks.httpOrNull(hit.url()), "")));
        for (Facet facet : facetColumns) {
          row.add(String.join("; ", hit.values(facet)));
        }
        row.add(hit.snippet().text());
        csv.printRecord(row);
      });
      if (outcome.partial()) {
        // The rows are already sent: the last line says the export is incomplete, so nobody takes it whole.
        csv.printRecord("# partial: the export ran out of its time budget (FACETWIRE_SEARCH_TIMEOUT per page, "
            + "FACETWIRE_EXPORT_TIMEOUT in all) after " + outcome.rows() + " rows; narrow the search to export every match");
      }
    }
  }

  void atom(Context ctx) throws IOException {
    SearchState state = SearchState.fromQuery(ctx.queryParamMap(), facets);
    String base = RequestInfo.baseUrl(ctx, config);
    List<SearchResult.Hit> hits = new java.util.ArrayList<>();
    export.newest(state, FEED_ENTRIES, hits::add);
    ctx.contentType("application/atom+xml; charset=utf-8");
    try {
      java.io.StringWriter buffer = new java.io.StringWriter();
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
      element(xml, "title", "Facetwire: " + state.canonical().describe());
      element(xml, "id", "urn:facetwire:search:" + state.canonical().toQueryString());
      Instant updated = hits.stream().map(SearchResult.Hit::publishedAt).filter(java.util.Objects::nonNull)
          .max(Instant::compareTo).orElse(Instant.EPOCH);
      element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
      link(xml, "self", base + state.formatUrl("atom"));
      link(xml, "alternate", base + state.canonical().url());
      xml.writeStartElement("author");
      element(xml, "name", "Facetwire");
      xml.writeEndElement();
      for (SearchResult.Hit hit : hits) {
        xml.writeStartElement("entry");
        element(xml, "id", "urn:facetwire:article:" + hit.id());
        element(xml, "title", hit.title());
        link(xml, "alternate", base + ArticleLinks.articleUrl(hit.id()));
        Instant when = hit.publishedAt() == null ? Instant.EPOCH : hit.publishedAt();
        element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(when));
        if (hit.source() != null && !hit.source().isEmpty()) {
          xml.writeStartElement("author");
          element(xml, "name", hit.source());
          xml.writeEndElement();
        }
        element(xml, "summary", hit.snippet().text());
        for (Facet facet : facets.all()) {
          for (String value : hit.values(facet)) {
            // The facet is the category's scheme, so a reader can tell the country Georgia from a topic.
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", value);
            xml.writeAttribute("scheme", "urn:facetwire:facet:" + facet.param());
            xml.writeAttribute("label", facet.singular() + ": " + value);
          }
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
      ctx.result(buffer.toString());
    } catch (XMLStreamException e) {
      throw new IOException("Could not write the feed", e);
    }
  }

  private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(XmlText.clean(text == null ? "" : text));
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("href", href);
  }

}
