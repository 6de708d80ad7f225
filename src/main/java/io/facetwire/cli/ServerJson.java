package io.facetwire.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.facetwire.article.RecordError;
import io.facetwire.article.RecordNote;
import io.facetwire.ingest.ImportSummary;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What the {@code import} command reads from a running server — its {@code running.json} and the answer of
 * {@code POST /api/import/files} — read with Jackson's streaming parser.
 *
 * <p>Why not the shared {@code ObjectMapper}: building it (databind, the Java time module, record
 * introspection) loaded about 640 classes, half of what the command loads, for two documents of a few
 * fields, while the user waits before the first byte of the files reaches the server (issue 15). The
 * parser alone is a few dozen classes. The reading is as lenient as the mapper's was: unknown fields
 * are skipped, a missing number is 0 and a missing text is empty.
 */
final class ServerJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private ServerJson() {}

  /**
   * A running server's file: its node, its address and its token (each null when absent).
   *
   * @return null when the document is JSON {@code null}
   * @throws IOException when it is not a JSON object
   */
  static RunningFacetwire.Published published(InputStream in) throws IOException {
    try (JsonParser p = FACTORY.createParser(in)) {
      JsonToken first = p.nextToken();
      if (first == JsonToken.VALUE_NULL) {
        return null;
      }
      expect(p, first, JsonToken.START_OBJECT);
      String node = null;
      String server = null;
      String token = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "node" -> node = text(p, null);
          case "server" -> server = text(p, null);
          case "token" -> token = text(p, null);
          default -> p.skipChildren();
        }
      }
      return new RunningFacetwire.Published(node, server, token);
    }
  }

  /** The summary the server answered an upload with: counts, refused records and notes, each with its file. */
  static ImportSummary summary(InputStream in) throws IOException {
    try (JsonParser p = FACTORY.createParser(in)) {
      expect(p, p.nextToken(), JsonToken.START_OBJECT);
      long read = 0;
      long indexed = 0;
      long unchanged = 0;
      List<RecordError> failures = new ArrayList<>();
      List<RecordNote> notes = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "read" -> read = p.getValueAsLong(0);
          case "indexed" -> indexed = p.getValueAsLong(0);
          case "unchanged" -> unchanged = p.getValueAsLong(0);
          case "failed" -> records(p, (file, location, line, text) ->
              failures.add(new RecordError(file, location, line, text)), "reason");
          case "notes" -> records(p, (file, location, line, text) ->
              notes.add(new RecordNote(file, location, line, text)), "note");
          default -> p.skipChildren();
        }
      }
      return new ImportSummary(read, indexed, unchanged, failures, notes);
    }
  }

  private interface RecordSink {
    void accept(String file, String location, int line, String text);
  }

  /** An array of {file, location, line, TEXTFIELD} objects; anything else in its place is skipped. */
  private static void records(JsonParser p, RecordSink sink, String textField) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      p.skipChildren();
      return;
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        p.skipChildren();
        continue;
      }
      String file = "";
      String location = "";
      int line = 0;
      String text = "";
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (field.equals("file")) {
          file = text(p, "");
        } else if (field.equals("location")) {
          location = text(p, "");
        } else if (field.equals("line")) {
          line = p.getValueAsInt(0);
        } else if (field.equals(textField)) {
          text = text(p, "");
        } else {
          p.skipChildren();
        }
      }
      sink.accept(file, location, line, text);
    }
  }

  /** A scalar's text ({@code fallback} for null); an object or array in its place is skipped. */
  private static String text(JsonParser p, String fallback) throws IOException {
    if (p.currentToken().isStructStart()) {
      p.skipChildren();
      return fallback;
    }
    return p.getValueAsString(fallback);
  }

  private static void expect(JsonParser p, JsonToken got, JsonToken wanted) throws IOException {
    if (got != wanted) {
      throw new com.fasterxml.jackson.core.JsonParseException(p, "expected " + wanted + ", got " + got);
    }
  }
}
