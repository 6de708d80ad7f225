package io.facetwire.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of one line of a topic definition file: quoted text, commas and colons as their own
 * pieces, everything else split on spaces. Kept apart from the grammar so that a quoted phrase may
 * contain a keyword ("near") or a comma without ending anything.
 */
final class DefinitionLine {

  /** One piece: {@code quoted} pieces are phrases taken as written; others may be keywords. */
  record Piece(String text, boolean quoted) {
    boolean is(String word) {
      return !quoted && text.equalsIgnoreCase(word);
    }

    boolean isNumber() {
      return !quoted && text.matches("\\d+(\\.\\d+)?");
    }
  }

  private final List<Piece> pieces;
  private int at;

  private DefinitionLine(List<Piece> pieces) {
    this.pieces = pieces;
  }

  /** Splits a line (comment already removed); an unclosed quote is an error naming the line. */
  static DefinitionLine split(String text, String source, int lineNo) {
    List<Piece> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == ',' || c == ':') {
        out.add(new Piece(String.valueOf(c), false));
        i++;
      } else if (c == '"' || (c == '=' && i + 1 < n && text.charAt(i + 1) == '"')) {
        int open = c == '"' ? i : i + 1;
        int close = text.indexOf('"', open + 1);
        if (close < 0) {
          throw new DefinitionException(source, lineNo, "a quote is not closed: " + text.substring(i));
        }
        out.add(new Piece((c == '=' ? "=" : "") + text.substring(open + 1, close), true));
        i = close + 1;
      } else {
        int start = i;
        while (i < n && !Character.isWhitespace(text.charAt(i)) && ",:\"".indexOf(text.charAt(i)) < 0) {
          i++;
        }
        out.add(new Piece(text.substring(start, i), false));
      }
    }
    return new DefinitionLine(out);
  }

  boolean atEnd() {
    return at >= pieces.size();
  }

  Piece peek(int ahead) {
    int k = at + ahead;
    return k < pieces.size() ? pieces.get(k) : null;
  }

  Piece next() {
    return pieces.get(at++);
  }

  /** True if the next pieces are these keywords (unquoted, any case); consumes them if so. */
  boolean accept(String... words) {
    for (int k = 0; k < words.length; k++) {
      Piece p = peek(k);
      if (p == null || !p.is(words[k])) {
        return false;
      }
    }
    at += words.length;
    return true;
  }

  /** True if a clause starts here: "near N :", "in article :", or either after "unless". */
  boolean atClause() {
    int k = peek(0) != null && peek(0).is("unless") ? 1 : 0;
    if (atArticleClause(k)) {
      return true;
    }
    Piece near = peek(k);
    Piece number = peek(k + 1);
    Piece colon = peek(k + 2);
    return near != null && near.is("near") && number != null && number.isNumber() && colon != null
        && colon.is(":");
  }

  /** True if "in article :" starts {@code ahead} pieces from here. */
  boolean atArticleClause(int ahead) {
    Piece in = peek(ahead);
    Piece article = peek(ahead + 1);
    Piece colon = peek(ahead + 2);
    return in != null && in.is("in") && article != null && article.is("article") && colon != null && colon.is(":");
  }
}
