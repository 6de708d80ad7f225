package io.facetwire.extract;

import java.util.List;

/**
 * The text of one article as every {@link ValueExtractor} sees it: title and body, and (for the built-in
 * extractors) the tokens of both, made once per article however many facets read them.
 */
public final class ArticleText {

  private final Tokenizer tokenizer;
  private final String title;
  private final String body;
  private final String source;
  private Tokens tokens;
  /** The organisations found, once per article: the person facet leaves them out too. */
  List<String> organisations;

  ArticleText(Tokenizer tokenizer, String title, String body, String source) {
    this.tokenizer = tokenizer;
    this.source = source == null ? "" : source.strip();
    this.title = title == null ? "" : title;
    this.body = body == null ? "" : body;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  /** The outlet the article comes from ("Reuters"), empty if unknown. */
  public String source() {
    return source;
  }

  /** The source as a facet's values: itself, or none. */
  List<String> sourceValues() {
    return source.isEmpty() ? List.of() : List.of(source);
  }

  /** Title and body tokenized in one pass, on first use. */
  Tokens tokens() {
    if (tokens == null) {
      Tokens t = Tokens.forChars(title.length() + body.length());
      // A headline in capitals ("U.S. SAYS ...") carries no case information; the tokens say so.
      tokenizer.tokenize(title, t, Tokenizer.isShouted(title), 0);
      t.titleEnd = t.size;
      tokenizer.tokenize(body, t, false, Tokenizer.datelineEnd(body));
      tokens = t;
    }
    return tokens;
  }
}
