package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.Json;
import io.facetwire.facet.Facet;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /api/openapi.json} is a valid OpenAPI 3.1 document (the reference parser, swagger-parser, finds
 * nothing wrong), describes every /api route and machine format the server has, and real answers of
 * the running server match it: every documented field present with its type, every answered field
 * documented.
 */
class OpenApiTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.with(config -> config.withMetricsToken("metrics-token-0123456789"))
      .fixtures("fixtures/wikinews_2019.csv", "fixtures/us-embassy-staff-cut.txt");
  static OpenAPI api;
  static final List<String> problems = new ArrayList<>();

  @BeforeAll
  static void start() {
    Http.Response doc = server.http().get("/api/openapi.json");
    assertEquals(200, doc.status());
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(doc.body(), null, options);
    assertEquals(List.of(), parsed.getMessages(), "the parser's complaints");
    api = parsed.getOpenAPI();
    assertNotNull(api);
  }

  @Test
  void isOpenApi31AndDescribesEveryApiRouteAndMachineFormat() {
    assertEquals("3.1.0", api.getOpenapi());
    var app = server.app();
    List<String> missing = new ArrayList<>();
    for (var handler : app.unsafe.internalRouter.allHttpHandlers()) {
      String path = handler.endpoint.path;
      String method = handler.endpoint.method.name().toLowerCase(Locale.ROOT);
      boolean machine = path.startsWith("/api/") || path.startsWith("/health") || path.equals("/metrics")
          || path.matches("/search\\.(json|atom|csv)");
      if (machine && operation(path, method) == null) {
        missing.add(method + " " + path);
      }
    }
    assertEquals(List.of(), missing, "routes the document does not describe");
    // The facet filters come from the facets themselves.
    var searchParams = new TreeSet<String>();
    api.getPaths().get("/api/search").getGet().getParameters().forEach(p -> searchParams.add(p.getName()));
    for (Facet f : server.facetwire().facets().all()) {
      assertTrue(searchParams.contains(f.param()) && searchParams.contains(f.excludeParam()), searchParams.toString());
    }
  }

  @Test
  void realAnswersMatchTheDocument() throws Exception {
    Http http = server.http();
    Http admin = server.api();
    String id = http.get("/api/search?q=Solovyov").json().path("hits").get(0).path("id").asText();

    conforms("/api/search", "get", http.get("/api/search?q=Putin&expand=person&size=5"));
    conforms("/api/search", "get", http.get("/api/search?country=Russia&not_topic=sport&sort=newest"));
    conforms("/search.json", "get", http.get("/search.json?q=election"));
    conforms("/api/articles/{id}", "get", http.get("/api/articles/" + Http.enc(id)));
    conforms("/api/articles/{id}", "get", http.get("/api/articles/no-such-article"));
    conforms("/api/articles", "post", admin.post("/api/articles", "application/json",
        "{\"title\":\"Talks in Moscow\",\"body\":\"Vladimir Putin met Angela Merkel.\",\"published_at\":\"2020-03-05\"}"));
    conforms("/api/articles", "post", admin.post("/api/articles", "application/x-ndjson",
        "{\"title\":\"Fine\",\"body\":\"Oil in Norway.\"}\n{not json}\n"));
    conforms("/api/articles", "post", http.post("/api/articles", "application/json", "{\"title\":\"x\",\"body\":\"y\"}"));
    conforms("/api/extract", "post", http.post("/api/extract", "application/json",
        "{\"title\":\"Summit\",\"body\":\"Vladimir Putin visited Germany to talk about sanctions.\"}"));
    conforms("/api/extract", "post", http.post("/api/extract", "application/json", "not json"));
    conforms("/api/extract", "post", http.post("/api/extract", "application/json",
        "{\"title\":\"Big\",\"body\":\"" + "word ".repeat(400_000) + "\"}"));
    conforms("/api/facets/{facet}", "get", http.get("/api/facets/person?prefix=put"));
    conforms("/api/suggest", "get", http.get("/api/suggest?q=put"));
    conforms("/health", "get", http.get("/health"));
    conforms("/health/ready", "get", http.get("/health/ready"));
    conforms("/health/live", "get", http.get("/health/live"));
    conforms("/metrics", "get", http.get("/metrics"));
    conforms("/metrics", "get", http.withBearer("metrics-token-0123456789").get("/metrics"));
    conforms("/search.atom", "get", http.get("/search.atom?q=Putin"));
    conforms("/search.csv", "get", http.get("/search.csv?q=Putin"));
    assertEquals(List.of(), problems);
  }

  private static Operation operation(String path, String method) {
    PathItem item = api.getPaths().get(path);
    if (item == null) {
      return null;
    }
    return item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)));
  }

  /** The answer's status is documented, with its media type, and a JSON body matches its schema. */
  private static void conforms(String path, String method, Http.Response response) throws Exception {
    String where = method.toUpperCase(Locale.ROOT) + " " + path + " " + response.status();
    Operation op = operation(path, method);
    ApiResponse documented = op == null ? null : op.getResponses().get(Integer.toString(response.status()));
    if (documented == null) {
      problems.add(where + ": status not documented (" + response.body().lines().findFirst().orElse("") + ")");
      return;
    }
    String type = response.header("Content-Type").split(";")[0].strip();
    MediaType media = documented.getContent() == null ? null : documented.getContent().get(type);
    if (media == null) {
      problems.add(where + ": content type " + type + " not documented");
      return;
    }
    if (type.equals("application/json")) {
      JsonNode body = Json.mapper().readTree(response.body());
      SchemaConformance.problems(body, media.getSchema()).forEach(p -> problems.add(where + " " + p));
    }
  }
}
