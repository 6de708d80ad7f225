package io.facetwire.web.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.facetwire.article.WebLinks;
import io.facetwire.facet.Facet;
import io.facetwire.search.SearchResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code /api/search}, written once, straight to bytes: no Jackson tree of the page first
 * and no String in between (the API's own work per search is small next to the node's, so every
 * walk over the result shows in its ratio to raw {@code _search}).
 */
final class SearchResultJson {

  private final JsonFactory factory;

  SearchResultJson(JsonFactory factory) {
    this.factory = factory;
  }

  byte[] write(SearchResult result) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024);
    try (JsonGenerator g = factory.createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberField("total", result.total());
      g.writeBooleanField("total_is_exact", result.totalIsExact());
      g.writeNumberField("page", result.state().page());
      g.writeNumberField("size", result.state().size());
      g.writeNumberField("last_page", result.lastPage());
      g.writeArrayFieldStart("hits");
      for (SearchResult.Hit h : result.hits()) {
        hit(g, h);
      }
      g.writeEndArray();
      g.writeObjectFieldStart("facets");
      for (Facet facet : result.state().facets().all()) {
        g.writeArrayFieldStart(facet.param());
        for (SearchResult.FacetValue v : result.facet(facet)) {
          g.writeStartObject();
          g.writeStringField("value", v.value());
          g.writeNumberField("count", v.count());
          g.writeBooleanField("selected", v.selected());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeBooleanField("partial", result.partial());
      g.writeFieldName("notes");
      strings(g, SearchPageModel.notes(result));
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return out.toByteArray();
  }

  private static void hit(JsonGenerator g, SearchResult.Hit h) throws IOException {
    g.writeStartObject();
    List<String> written = new ArrayList<>(List.of("id", "title", "url", "source", "published_at", "snippet",
        "snippet_html"));
    g.writeStringField("id", h.id());
    g.writeStringField("title", h.title());
    g.writeStringField("url", WebLinks.httpOrNull(h.url()));
    g.writeStringField("source", h.source());
    g.writeStringField("published_at", h.publishedAt() == null ? null : h.publishedAt().toString());
    g.writeStringField("snippet", h.snippet().text());
    g.writeStringField("snippet_html", h.snippet().html());
    for (Map.Entry<Facet, List<String>> e : h.facets().map().entrySet()) {
      // A facet of the article's own field (source) is already there, as the single value it is.
      if (!written.contains(e.getKey().field())) {
        written.add(e.getKey().field());
        g.writeFieldName(e.getKey().field());
        strings(g, e.getValue());
      }
    }
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, List<String> values) throws IOException {
    g.writeStartArray();
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
