package io.facetwire.extract;

import io.facetwire.facet.Facet;

/** The table-driven organisation tests' one reader: an article's organisations as one table cell, without a server. */
final class OrganisationsOfText {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  private OrganisationsOfText() {
  }

  /** The organisations of a one-paragraph article with no title, joined by "; " so a table cell can hold them. */
  static String joined(String body) {
    return String.join("; ", FX.extract(null, body).values(Facet.ORGANIZATION));
  }
}
