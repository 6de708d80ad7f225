package io.facetwire.web.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.facetwire.TextChars;
import io.facetwire.article.ArticleJson;
import io.facetwire.article.InvalidArticleException;
import io.facetwire.article.JsonLinesReader;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordError;
import io.facetwire.article.RecordSink;
import io.facetwire.extract.Explanation;
import io.facetwire.extract.ExtractedFacets;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.ingest.ImportSummary;
import io.facetwire.ingest.Importer;
import io.facetwire.web.http.BodyLimits;
import io.facetwire.web.http.JsonBodies;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * {@code POST /api/articles} (one JSON article, a JSON array, or NDJSON) and {@code POST /api/extract}
 * ({@code ?explain=true}: with the evidence for each value).
 */
public final class ImportRoutes {

  static final String REQUEST = "request";

  private final Importer importer;
  /** The extractor in use now (an admin may save new topics while the server runs). */
  private final java.util.function.Supplier<FacetExtractor> extractor;
  private final ObjectMapper json;
  /** Reads JSON bodies: strict UTF-8, nesting and string length limited, so a hostile body is a 400. */
  private final JsonBodies bodies;
  private final BodyLimits limits;
  private final int maxArticleChars;

  public ImportRoutes(Importer importer, java.util.function.Supplier<FacetExtractor> extractor, ObjectMapper json, BodyLimits limits,
      int maxArticleChars) {
    this.importer = importer;
    this.extractor = extractor;
    this.json = json;
    this.bodies = new JsonBodies(json);
    this.limits = limits;
    this.maxArticleChars = maxArticleChars;
  }

  public void importArticles(Context ctx) throws IOException {
    Importer.Run run = importer.start();
    RecordSink sink = run.forFile(REQUEST);
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase();
    String tooLarge = null;
    try (InputStream body = limits.stream(ctx)) {
      if (type.contains("ndjson") || type.contains("jsonl") || type.contains("json-seq")) {
        new JsonLinesReader().read(body, REQUEST, ReadOptions.NONE, sink);
      } else {
        readJson(body, sink);
      }
    } catch (BodyLimits.TooLarge e) {
      // A body sent without a length ran over the limit: what was read before is kept and reported.
      tooLarge = e.getMessage();
    }
    ImportSummary summary = run.finish();
    ImportAnswer out = ImportAnswer.ofBody(summary, tooLarge);
    if (tooLarge != null) {
      ctx.status(413);
    } else {
      ctx.status(summary.failures().isEmpty() ? 200 : summary.indexed() + summary.unchanged() > 0 ? 207 : 400);
    }
    ctx.contentType("application/json").result(json.writeValueAsString(out));
  }

  /** A single JSON object is one article; a JSON array is many, numbered from 1. */
  private void readJson(InputStream body, RecordSink sink) throws IOException {
    JsonNode root;
    try {
      root = bodies.read(body);
    } catch (JsonBodies.Refused e) {
      sink.reject(new RecordError(REQUEST, e.line() > 0 ? "line " + e.line() : "", e.line(), e.reason()));
      return;
    }
    if (root == null || root.isMissingNode()) {
      sink.reject(new RecordError(REQUEST, "", 0, "the request body is empty"));
      return;
    }
    if (root.isArray()) {
      int i = 0;
      for (JsonNode node : root) {
        i++;
        readOne(node, "record " + i, i, sink);
      }
    } else {
      readOne(root, "record 1", 1, sink);
    }
  }

  private static void readOne(JsonNode node, String location, int number, RecordSink sink) {
    try {
      sink.accept(ArticleJson.toArticle(node), location);
    } catch (InvalidArticleException e) {
      sink.reject(new RecordError(REQUEST, location, number, e.reason()));
    }
  }

  public void extract(Context ctx) throws IOException {
    JsonNode body;
    try (InputStream in = io.facetwire.web.http.LargeBodies.body(ctx, limits)) {
      body = bodies.read(in);
    } catch (JsonBodies.Refused e) {
      ctx.status(400).json(java.util.Map.of("error", "The body must be JSON in UTF-8; it is " + e.reason()));
      return;
    }
    if (body == null || !body.isObject()) {
      ctx.status(400).json(java.util.Map.of("error", "Send a JSON object with \"title\" and \"body\"."));
      return;
    }
    String title;
    String text;
    String source;
    java.time.Instant publishedAt;
    try {
      title = Objects.requireNonNullElse(ArticleJson.rawText(body, "title"), "");
      String bodyText = ArticleJson.rawText(body, "body");
      text = bodyText != null ? bodyText : Objects.requireNonNullElse(ArticleJson.rawText(body, "text"), "");
      // The outlet, when given, fills the source facet as it does on import.
      source = ArticleJson.rawText(body, "source");
      // The story's date, when given: "Germany" in a story of 1987 is West Germany, as on import.
      publishedAt = ArticleJson.publishedAt(body);
    } catch (InvalidArticleException e) {
      ctx.status(400).json(java.util.Map.of("error", e.reason()));
      return;
    }
    // The import's rule: a body past the article limit is cut, and the answer says so.
    boolean cut = text.length() > maxArticleChars;
    if (cut) {
      text = TextChars.atMost(text, maxArticleChars);
    }
    ExtractedFacets out = ExtractedFacets.of(extractor.get(), title, text, source, publishedAt,
        "true".equals(ctx.queryParam("explain"))).withExplanationLimited(Explanation.SHOWN);
    if (cut) {
      out = out.withNote(String.format("Only the first %,d characters of the body were read "
          + "(FACETWIRE_MAX_ARTICLE_CHARS).", maxArticleChars));
    }
    ctx.contentType("application/json").result(json.writeValueAsString(out));
  }
}
