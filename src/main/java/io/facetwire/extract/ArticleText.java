package io.facetwire.extract;

/**
 * The text of one article as every {@link ValueExtractor} sees it: title and body, and (for the built-in
 * extractors) the tokens of both, made once per article however many facets read them.
 */
public final class ArticleText {

  private final Tokenizer tokenizer;
  private final String title;
  private final String body;
  private Tokens tokens;

  ArticleText(Tokenizer tokenizer, String title, String body) {
    this.tokenizer = tokenizer;
    this.title = title == null ? "" : title;
    this.body = body == null ? "" : body;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
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
