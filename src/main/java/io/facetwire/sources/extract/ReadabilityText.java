package io.facetwire.sources.extract;

import io.facetwire.sources.parse.HtmlText;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Readability4J: a Java/Kotlin port of Mozilla's Readability (Firefox's Reader View), on jsoup. It
 * changes the document it reads, so it gets a copy.
 */
public final class ReadabilityText implements MainText {

  @Override
  public String of(Document page, String url) {
    Article article = new Readability4J(url, page.clone()).parse();
    Element content = article.getArticleContent();
    if (content == null) {
      return "";
    }
    String text = HtmlText.of(content);
    return text == null ? "" : text;
  }

  @Override
  public String name() {
    return "Readability4J 1.0.8";
  }
}
