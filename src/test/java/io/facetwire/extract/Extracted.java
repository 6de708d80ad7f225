package io.facetwire.extract;

import io.facetwire.facet.Facet;

/**
 * One passage's values of one facet as the extraction tests compare them: joined by "; " in the extractor's order (a
 * topic list as it is), from the default extractor (loaded once for every test class that reads through here). Without a title the passage is a
 * body alone.
 */
final class Extracted {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  private Extracted() {}

  static String countries(String body) {
    return countries(null, body);
  }

  static String countries(String title, String body) {
    return values(Facet.COUNTRY, title, body);
  }

  static String persons(String body) {
    return persons(null, body);
  }

  static String persons(String title, String body) {
    return values(Facet.PERSON, title, body);
  }

  /** The topics as a list, for tests that ask whether one topic is among them. */
  static java.util.List<String> topics(String title, String body) {
    return FX.extract(title, body).values(Facet.TOPIC);
  }

  private static String values(Facet facet, String title, String body) {
    return String.join("; ", FX.extract(title, body).values(facet));
  }
}
