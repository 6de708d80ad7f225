package io.facetwire.extract;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints the facets of plain-text files (first line = title): {@code PrintFacets file...}. */
public final class PrintFacets {
  public static void main(String[] args) throws Exception {
    FacetExtractor fx = FacetExtractor.loadDefault();
    for (String a : args) {
      String text = Files.readString(Path.of(a), StandardCharsets.UTF_8);
      int nl = text.indexOf('\n');
      String title = nl < 0 ? text : text.substring(0, nl);
      String body = nl < 0 ? "" : text.substring(nl + 1);
      System.out.println(a + "\n  " + fx.extract(title, body) + "\n  topic scores " + fx.explain(title, body).topics());
    }
  }
}
