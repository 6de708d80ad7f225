package io.facetwire.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adapts what people type to Elasticsearch's {@code simple_query_string}, which never throws on
 * user syntax: {@code "phrases"} and {@code -word} already work there; the words {@code OR} and
 * {@code AND} that people type are turned into its operators {@code |} and {@code +}.
 *
 * <p>The user's text is passed as the query's value, never spliced into a JSON or Lucene query string.
 */
final class QuerySyntax {

  private static final Pattern OR = Pattern.compile("(?<=\\s)OR(?=\\s)");
  private static final Pattern AND = Pattern.compile("(?<=\\s)AND(?=\\s)");

  private QuerySyntax() {}

  static String toSimpleQueryString(String userQuery) {
    // Operators outside quotes only: a quoted "black OR white" stays a phrase.
    StringBuilder out = new StringBuilder(userQuery.length());
    String[] parts = userQuery.split("\"", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        out.append('"');
      }
      out.append(i % 2 == 0 ? operators(parts[i]) : parts[i]);
    }
    return out.toString();
  }

  private static String operators(String text) {
    String padded = " " + text + " ";
    padded = OR.matcher(padded).replaceAll(Matcher.quoteReplacement("|"));
    padded = AND.matcher(padded).replaceAll(Matcher.quoteReplacement("+"));
    return padded.substring(1, padded.length() - 1);
  }
}
