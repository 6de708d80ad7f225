package io.facetwire.web.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3.1 description of the HTTP API. The hand-written part is
 * the resource {@code io/facetwire/web/openapi.json}; what depends on the facets — the facet filter
 * parameters of the searches, the facet lists of hits, articles and extraction, the facet counts and
 * facet names — is added here from the application's {@link FacetCatalog}, so a new facet is described
 * without editing it.
 * The tests parse the result with the reference parser and hold real responses against it.
 */
public final class OpenApiRoute {

  static final String RESOURCE = "io/facetwire/web/openapi.json";
  /** Operations that take the search page's facet filters. */
  private static final List<String> SEARCHES = List.of("/api/search", "/search.json", "/search.atom",
      "/search.csv", "/api/facets/{facet}");
  /** Schemas that carry an article's facet values, one list per facet under its stored field name. */
  private static final List<String> WITH_FACET_LISTS = List.of("Hit", "Article", "Extracted");

  private final byte[] document;

  public OpenApiRoute(ObjectMapper json, FacetCatalog facets) {
    try {
      this.document = json.writeValueAsBytes(build(json, facets));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void handle(Context ctx) {
    ctx.contentType("application/json").result(document);
  }

  static ObjectNode build(ObjectMapper json, FacetCatalog facets) throws IOException {
    ObjectNode doc;
    try (InputStream in = OpenApiRoute.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      doc = (ObjectNode) json.readTree(in);
    }
    ObjectNode schemas = (ObjectNode) doc.path("components").path("schemas");
    ArrayNode names = ((ObjectNode) schemas.get("FacetName")).putArray("enum");
    ObjectNode counts = (ObjectNode) schemas.get("FacetCounts");
    for (Facet facet : facets.all()) {
      names.add(facet.param());
      ((ObjectNode) counts.get("properties")).putObject(facet.param()).put("type", "array")
          .putObject("items").put("$ref", "#/components/schemas/FacetValue");
      ((ArrayNode) counts.withArray("required")).add(facet.param());
      for (String schema : WITH_FACET_LISTS) {
        ObjectNode s = (ObjectNode) schemas.get(schema);
        if (s.get("properties").has(facet.field())) {
          continue; // the article's own field is the facet (source): documented as the field it is
        }
        ((ObjectNode) s.get("properties")).putObject(facet.field()).put("type", "array")
            .put("description", facet.plural()).putObject("items").put("type", "string");
        s.withArray("required").add(facet.field());
      }
    }
    for (String path : SEARCHES) {
      ArrayNode parameters = (ArrayNode) doc.path("paths").path(path).path("get").path("parameters");
      for (Facet facet : facets.all()) {
        parameters.add(filter(json, facet.param(), "Only articles with this " + facet.noun() + " (repeat for several)"));
        parameters.add(filter(json, facet.excludeParam(), "No articles with this " + facet.noun()));
      }
    }
    return doc;
  }

  private static JsonNode filter(ObjectMapper json, String name, String description) {
    ObjectNode p = json.createObjectNode().put("name", name).put("in", "query").put("explode", true)
        .put("description", description);
    p.putObject("schema").put("type", "array").putObject("items").put("type", "string");
    return p;
  }
}
