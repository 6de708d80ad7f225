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
  private final LanguageIdentifier languages;
  /** When the article was published, or null: which state a country's name meant then (West Germany before 1990). */
  private final java.time.Instant publishedAt;
  private Tokens tokens;
  /** The organisations found, once per article: the person facet leaves them out too. */
  List<String> organisations;
  private String language;

  ArticleText(Tokenizer tokenizer, LanguageIdentifier languages, String title, String body, String source) {
    this(tokenizer, languages, title, body, source, null);
  }

  ArticleText(Tokenizer tokenizer, LanguageIdentifier languages, String title, String body, String source,
      java.time.Instant publishedAt) {
    this.publishedAt = publishedAt;
    this.tokenizer = tokenizer;
    this.languages = languages;
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

  /** When the article was published, or null if unknown. */
  public java.time.Instant publishedAt() {
    return publishedAt;
  }

  /** The source as a facet's values: itself, or none. */
  List<String> sourceValues() {
    return source.isEmpty() ? List.of() : List.of(source);
  }

  /** The language's ISO code ("en", "de"), or "" when the text does not tell; detected once, on first use. */
  public String language() {
    if (language == null) {
      language = languages.code(title, body);
    }
    return language;
  }

  /**
   * Whether the English rules (gazetteers, name lists, topic definitions) hold for this text: English,
   * or a text too short to tell (most of what Facetwire reads is English, and a headline-only item
   * should keep its facets).
   */
  boolean englishRulesHold() {
    String code = language();
    return code.isEmpty() || code.equals(LanguageIdentifier.ENGLISH);
  }

  /** The language as a facet's values: its English name, or none. */
  List<String> languageValues() {
    String name = LanguageIdentifier.name(language());
    return name.isEmpty() ? List.of() : List.of(name);
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
