package io.facetwire.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3.1 description of the HTTP API, kept as a resource file
 * beside the routes ({@code io/facetwire/web/openapi.json}). The tests parse it with the reference
 * parser and hold real responses against it, so it cannot drift from what the server answers.
 */
final class OpenApiRoute {

  static final String RESOURCE = "io/facetwire/web/openapi.json";
  private static final byte[] DOCUMENT = load();

  private OpenApiRoute() {}

  static void handle(Context ctx) {
    ctx.contentType("application/json").result(DOCUMENT);
  }

  private static byte[] load() {
    try (InputStream in = OpenApiRoute.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
