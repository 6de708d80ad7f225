package io.facetwire.search.answer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code _search} response with Jackson's streaming parser, keeping exactly what the search path
 * uses (see {@link SearchAnswer}) and skipping the rest unread ({@code _shards}, scores, sort values, a
 * bucket's {@code key_as_string}, a sampler's seed). Aggregations must come with typed keys
 * ({@code sterms#top}), as the client asks for them.
 */
public final class SearchAnswerReader {

  private SearchAnswerReader() {}

  /** @param p at the response's opening brace, or before it */
  public static SearchAnswer read(JsonParser p) throws IOException {
    start(p, JsonToken.START_OBJECT);
    long took = 0;
    boolean timedOut = false;
    HitList hits = new HitList(null, true, List.of());
    Map<String, AnswerAggregate> aggregations = Map.of();
    Map<String, List<TermSuggestion>> suggestions = Map.of();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "took" -> took = p.getValueAsLong();
        case "timed_out" -> timedOut = p.getValueAsBoolean();
        case "hits" -> hits = hitList(p);
        case "aggregations" -> aggregations = aggregations(p);
        case "suggest" -> suggestions = suggestions(p);
        default -> p.skipChildren();
      }
    }
    return new SearchAnswer(took, timedOut, hits.total, hits.exact, hits.hits, aggregations, suggestions);
  }

  private static void start(JsonParser p, JsonToken expected) throws IOException {
    JsonToken t = p.currentToken() == null ? p.nextToken() : p.currentToken();
    if (t != expected) {
      throw new IOException("Unexpected " + t + " where a search response has " + expected + " at "
          + p.currentLocation());
    }
  }

  private record HitList(Long total, boolean exact, List<StoredHit> hits) {}

  /** {@code {"total": {"value", "relation"}, "hits": [...]}}; a total may also be a plain number. */
  private static HitList hitList(JsonParser p) throws IOException {
    start(p, JsonToken.START_OBJECT);
    Long total = null;
    boolean exact = true;
    List<StoredHit> hits = List.of();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      if (name.equals("total") && t == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          if (field.equals("value")) {
            total = p.getValueAsLong();
          } else if (field.equals("relation")) {
            exact = "eq".equals(p.getText());
          } else {
            p.skipChildren();
          }
        }
      } else if (name.equals("total") && t == JsonToken.VALUE_NUMBER_INT) {
        total = p.getLongValue();
      } else if (name.equals("hits") && t == JsonToken.START_ARRAY) {
        hits = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
          hits.add(hit(p));
        }
      } else {
        p.skipChildren();
      }
    }
    return new HitList(total, exact, hits);
  }

  private static StoredHit hit(JsonParser p) throws IOException {
    String id = null;
    StoredFields source = StoredFields.NONE;
    Map<String, List<String>> highlight = Map.of();
    Map<String, StoredHit.InnerHits> inner = Map.of();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      if (t == JsonToken.VALUE_NULL) {
        continue;
      }
      switch (name) {
        case "_id" -> id = p.getText();
        case "_source" -> source = source(p);
        case "highlight" -> highlight = highlight(p);
        case "inner_hits" -> inner = innerHits(p);
        default -> p.skipChildren();
      }
    }
    return new StoredHit(id, source, highlight, inner);
  }

  private static StoredFields source(JsonParser p) throws IOException {
    start(p, JsonToken.START_OBJECT);
    Map<String, Object> values = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      if (t == JsonToken.START_ARRAY) {
        List<String> list = new ArrayList<>();
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          if (t.isScalarValue() && t != JsonToken.VALUE_NULL) {
            list.add(p.getText());
          } else {
            p.skipChildren();
          }
        }
        values.put(name, list);
      } else if (t.isScalarValue() && t != JsonToken.VALUE_NULL) {
        values.put(name, p.getText());
      } else {
        p.skipChildren();
      }
    }
    return new StoredFields(values);
  }

  private static Map<String, List<String>> highlight(JsonParser p) throws IOException {
    start(p, JsonToken.START_OBJECT);
    Map<String, List<String>> fragments = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      if (p.nextToken() != JsonToken.START_ARRAY) {
        p.skipChildren();
        continue;
      }
      List<String> list = new ArrayList<>(2);
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == JsonToken.VALUE_STRING) {
          list.add(p.getText());
        } else {
          p.skipChildren();
        }
      }
      fragments.put(field, list);
    }
    return fragments;
  }

  private static Map<String, StoredHit.InnerHits> innerHits(JsonParser p) throws IOException {
    start(p, JsonToken.START_OBJECT);
    Map<String, StoredHit.InnerHits> inner = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      HitList hits = new HitList(null, true, List.of());
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (field.equals("hits")) {
          hits = hitList(p);
        } else {
          p.skipChildren();
        }
      }
      inner.put(name, new StoredHit.InnerHits(hits.hits, hits.total));
    }
    return inner;
  }

  /** An object of typed keys ({@code sterms#top}) to aggregations. */
  private static Map<String, AnswerAggregate> aggregations(JsonParser p) throws IOException {
    start(p, JsonToken.START_OBJECT);
    Map<String, AnswerAggregate> out = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String typedKey = p.currentName();
      p.nextToken();
      subAggregation(p, typedKey, out);
    }
    return out;
  }

  /** Reads the value of {@code typedKey} into {@code out} when it is an aggregation, else skips it. */
  private static void subAggregation(JsonParser p, String typedKey, Map<String, AnswerAggregate> out)
      throws IOException {
    int hash = typedKey.indexOf('#');
    if (hash < 0 || p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    out.put(typedKey.substring(hash + 1), aggregate(p, typedKey.substring(0, hash)));
  }

  private static AnswerAggregate aggregate(JsonParser p, String type) throws IOException {
    long docCount = -1;
    Double value = null;
    List<AnswerAggregate.Bucket> buckets = List.of();
    Map<String, AnswerAggregate> sub = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      switch (name) {
        case "doc_count" -> docCount = p.getValueAsLong();
        case "value" -> {
          if (t.isNumeric()) {
            value = p.getDoubleValue();
          } else {
            p.skipChildren();
          }
        }
        case "buckets" -> buckets = buckets(p);
        default -> subAggregation(p, name, sub);
      }
    }
    return new AnswerAggregate(type, docCount, value, buckets, sub);
  }

  /** An array of buckets, or a keyed object of them ({@code filters}). */
  private static List<AnswerAggregate.Bucket> buckets(JsonParser p) throws IOException {
    List<AnswerAggregate.Bucket> buckets = new ArrayList<>();
    if (p.currentToken() == JsonToken.START_ARRAY) {
      while (p.nextToken() == JsonToken.START_OBJECT) {
        buckets.add(bucket(p, null));
      }
    } else if (p.currentToken() == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        p.nextToken();
        buckets.add(bucket(p, key));
      }
    } else {
      p.skipChildren();
    }
    return buckets;
  }

  private static AnswerAggregate.Bucket bucket(JsonParser p, String keyed) throws IOException {
    String key = keyed;
    long docCount = 0;
    Map<String, AnswerAggregate> sub = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals("key") && keyed == null) {
        key = p.getText();
      } else if (name.equals("doc_count")) {
        docCount = p.getValueAsLong();
      } else {
        subAggregation(p, name, sub);
      }
    }
    return new AnswerAggregate.Bucket(key, docCount, sub);
  }

  /** {@code {"term#spelling": [{"offset", "length", "options": [{"text"}]}]}}; other suggester types skipped. */
  private static Map<String, List<TermSuggestion>> suggestions(JsonParser p) throws IOException {
    start(p, JsonToken.START_OBJECT);
    Map<String, List<TermSuggestion>> out = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String typedKey = p.currentName();
      if (p.nextToken() != JsonToken.START_ARRAY || !typedKey.startsWith("term#")) {
        p.skipChildren();
        continue;
      }
      List<TermSuggestion> words = new ArrayList<>();
      while (p.nextToken() == JsonToken.START_OBJECT) {
        words.add(termSuggestion(p));
      }
      out.put(typedKey.substring("term#".length()), words);
    }
    return out;
  }

  private static TermSuggestion termSuggestion(JsonParser p) throws IOException {
    int offset = 0;
    int length = 0;
    List<String> options = new ArrayList<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      if (name.equals("offset")) {
        offset = p.getValueAsInt();
      } else if (name.equals("length")) {
        length = p.getValueAsInt();
      } else if (name.equals("options") && t == JsonToken.START_ARRAY) {
        while (p.nextToken() == JsonToken.START_OBJECT) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("text")) {
              options.add(p.getText());
            } else {
              p.skipChildren();
            }
          }
        }
      } else {
        p.skipChildren();
      }
    }
    return new TermSuggestion(offset, length, options);
  }
}
