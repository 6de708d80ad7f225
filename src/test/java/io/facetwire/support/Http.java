package io.facetwire.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A tiny HTTP client for tests: real requests to the real server, no redirects followed. */
public final class Http {

  /** Read at each request: a class's client may be made before its server has a port ({@link ServerExtension}). */
  private final Supplier<String> base;
  private final HttpClient client;
  private final String bearer;

  public Http(String base) {
    this(() -> base);
  }

  /** A client of the server whose base URL {@code base} gives when a request is made. */
  Http(Supplier<String> base) {
    this(base, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build(), null);
  }

  Http(Supplier<String> base, HttpClient client, String bearer) {
    this.base = base;
    this.client = client;
    this.bearer = bearer;
  }

  /** The same client sending {@code Authorization: Bearer token} with every request. */
  public Http withBearer(String token) {
    return new Http(base, client, token);
  }

  public String base() {
    return base.get();
  }

  public record Response(int status, String body, java.net.http.HttpHeaders headers) {
    public Document html() {
      return Jsoup.parse(body);
    }

    public JsonNode json() {
      try {
        return Json.mapper().readTree(body);
      } catch (IOException e) {
        throw new AssertionError("Not JSON (" + status + "): " + body, e);
      }
    }

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  public Response get(String pathAndQuery) {
    return send(request(pathAndQuery).GET().build());
  }

  public Response post(String path, String contentType, String body) {
    return send(request(path).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  /** A request with any headers the caller adds; the bearer token (if any) is already on it. */
  public HttpRequest.Builder request(String pathAndQuery) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.get() + pathAndQuery));
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    return b;
  }

  public Response postForm(String path, Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    return post(path, "application/x-www-form-urlencoded", body);
  }

  public static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  public Response send(HttpRequest request) {
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r.body(), r.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
