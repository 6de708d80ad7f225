package io.facetwire.article;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Limits on JSON that comes from outside (request bodies, JSON Lines files), so a hostile document is
 * refused as a bad record (400 over HTTP) instead of exhausting the stack or the heap. An article is a
 * flat object with one nested level ({@code source_tags}), so 64 levels are plenty; no field needs
 * more than 16 M characters (bodies are cut to {@code FACETWIRE_MAX_ARTICLE_CHARS} anyway).
 */
public final class JsonLimits {

  public static final int MAX_DEPTH = 64;
  public static final int MAX_STRING_CHARS = 16_000_000;

  private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING_CHARS).build();

  private JsonLimits() {}

  /**
   * A copy of {@code base} (same modules and features) whose parser keeps to the limits. It also refuses
   * what reads two ways: a key given twice in one object (`{"body":"a","body":"b"}` kept the last in silence,
   * while another reader of the same bytes keeps the first) and anything after the one value.
   *
   * <p>Field names are not canonicalized (session 16): Jackson keeps the names it has read in a symbol table
   * shared by the parsers of one factory, and keys chosen to share one hash ({@code "AaAa…"}, {@code "BBBB…"}:
   * 2,048 of them in a 55 KB body) broke it — an {@code IllegalStateException} from its rehash (a 500 for the
   * anonymous {@code /api/extract}), or a refusal speaking of "a DoS attack based on hash collisions". An
   * article has a handful of fields, so interning their names saved nothing worth that.
   */
  public static ObjectMapper limited(ObjectMapper base) {
    // Built anew, not changed after: a factory makes its name table from the features it was built with.
    JsonFactory factory = base.getFactory().rebuild().streamReadConstraints(CONSTRAINTS)
        .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).disable(JsonFactory.Feature.INTERN_FIELD_NAMES).build();
    return base.copyWith(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /**
   * A copy of {@code base} whose parser keeps to the same limits and the same collision-safe field names as
   * {@link #limited(ObjectMapper)}, but reads what others publish the way their other readers do: a repeated key keeps
   * the last value and anything after the one value is left unread. For content fetched from other sites (JSON Feeds,
   * pages' JSON-LD), where a CMS plugin that writes a key twice must not cost a whole feed or a page's title and date
   * (session 17's review); the strict reading stays for what people send to this server.
   */
  public static ObjectMapper bounded(ObjectMapper base) {
    JsonFactory factory = base.getFactory().rebuild().streamReadConstraints(CONSTRAINTS)
        .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).disable(JsonFactory.Feature.INTERN_FIELD_NAMES).build();
    return base.copyWith(factory);
  }

  static ObjectMapper limited() {
    return new ObjectMapper(JsonFactory.builder().streamReadConstraints(CONSTRAINTS)
        .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).disable(JsonFactory.Feature.INTERN_FIELD_NAMES).build())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /** Line of the problem, 0 when the parser did not say (limits are reported without a place). */
  public static int line(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return at == null ? 0 : Math.max(0, at.getLineNr());
  }

  /** What was wrong, in words: the parser's message, or which limit the document broke. */
  public static String reason(JsonProcessingException e) {
    if (e instanceof StreamConstraintsException) {
      String m = String.valueOf(e.getOriginalMessage());
      if (m.contains("nesting depth")) {
        return "JSON nested deeper than " + MAX_DEPTH + " levels";
      }
      if (m.contains("String value length")) {
        return "a JSON string longer than " + String.format("%,d", MAX_STRING_CHARS) + " characters";
      }
      return "the JSON is too large: " + m.replaceAll(",? ?\\(?,? ?from `[^`]*`\\)?", "")
          .replaceAll("\\((\\d+)$", "($1)");
    }
    String m = String.valueOf(e.getOriginalMessage());
    if (m.startsWith("Trailing token")) {
      return "more than one JSON value: send one (or NDJSON, one value a line)";
    }
    if (m.startsWith("Duplicate field")) {
      return "a key given twice in one object: " + m.substring("Duplicate field ".length());
    }
    return withoutParserNames(e.getOriginalMessage());
  }

  /**
   * Jackson's own words without its inner names: "(start marker at [Source: REDACTED
   * (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1])" named a library class
   * in the answer to anyone who sent an unclosed object (session 13's sweep); the line and column stay.
   */
  static String withoutParserNames(String message) {
    return message == null ? "not valid JSON"
        : message.replaceAll("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2")
            .replaceAll("`[A-Za-z]+(\\.[A-Za-z_]+)+`", "");
  }
}
