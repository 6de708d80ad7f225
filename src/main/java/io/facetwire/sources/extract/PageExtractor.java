package io.facetwire.sources.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * An article page's bytes in, its canonical address, title, author, date and main text out. The
 * main-text step is pluggable so the candidates can be compared on the same pages
 * ({@code ExtractorComparison} in the tests; figures in docs/sources.md).
 */
public final class PageExtractor {

  private final MainText mainText;
  private final PageMetadata metadata;

  public PageExtractor(MainText mainText, ObjectMapper json) {
    this.mainText = mainText;
    this.metadata = new PageMetadata(json);
  }

  /** The extractor Facetwire uses (see docs/sources.md for why). */
  public static PageExtractor standard(ObjectMapper json) {
    return new PageExtractor(new ReadabilityText(), json);
  }

  public ArticlePage extract(byte[] body, String contentType, String fetchedUrl) {
    return extract(PageCharset.decode(body, contentType), fetchedUrl);
  }

  public ArticlePage extract(String html, String fetchedUrl) {
    Document page = Jsoup.parse(html, fetchedUrl);
    PageMetadata.Found found = metadata.of(page);
    return new ArticlePage(CanonicalUrl.of(page, fetchedUrl), found.title(), found.author(), found.published(),
        mainText.of(page, fetchedUrl));
  }

  public String mainTextName() {
    return mainText.name();
  }
}
