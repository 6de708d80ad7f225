package io.facetwire.sources.extract;

import org.jsoup.nodes.Document;

/** Finds an article's main text in a page, leaving navigation, adverts and comments out. */
public interface MainText {

  /** Paragraphs separated by blank lines; "" when the page has no recognisable article. */
  String of(Document page, String url);

  String name();
}
