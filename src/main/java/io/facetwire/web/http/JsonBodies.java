package io.facetwire.web.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.facetwire.article.JsonLimits;
import java.io.IOException;
import java.io.InputStream;

/**
 * The one way a route reads a JSON request body: decoded as strict UTF-8 ({@link StrictUtf8Reader}), then
 * parsed within {@link JsonLimits}. A body that fails either is {@link Refused} with the line and the
 * reason, which the route turns into its 400; it is never a 500. JSON Lines bodies go through the import's
 * line reader, which applies the same UTF-8 rule line by line. Surrogates and NUL are then treated as in a
 * JSON Lines line, because after the decoding both are the same text in the same parser: encoded surrogates
 * ({@code ED A0 80}) are not UTF-8 and are refused; {@code "\ud800"} and {@code "\u0000"} escapes are read
 * and later dropped by {@code TextChars.clean} where text enters; a raw control byte in a string is a JSON
 * syntax error.
 */
public final class JsonBodies {

  /** A body that is not UTF-8 or not JSON within the limits: line (0 when unknown) and reason. */
  public static final class Refused extends Exception {
    private final int line;

    Refused(int line, String reason) {
      super(reason, null, false, false);
      this.line = line;
    }

    public int line() {
      return line;
    }

    /** "not valid UTF-8: …" or "not valid JSON: …", naming the place. */
    public String reason() {
      return getMessage();
    }
  }

  private final ObjectMapper reader;

  public JsonBodies(ObjectMapper base) {
    this.reader = JsonLimits.limited(base);
  }

  /**
   * The body's one JSON value; a missing node or null for an empty body. Other I/O failures (the body over
   * its limit, the client gone) pass through as they are, for the route and {@code Errors} to answer.
   */
  public JsonNode read(InputStream body) throws IOException, Refused {
    try {
      return reader.readTree(new StrictUtf8Reader(body));
    } catch (StrictUtf8Reader.NotUtf8 e) {
      throw new Refused(e.line(), e.getMessage());
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof StrictUtf8Reader.NotUtf8 notUtf8) {
        throw new Refused(notUtf8.line(), notUtf8.getMessage());
      }
      throw new Refused(JsonLimits.line(e), "not valid JSON: " + JsonLimits.reason(e));
    }
  }
}
