package io.facetwire.web.search.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.xml.sax.InputSource;

/** Test helper: checks SVG output with a strict XML parser, then hands back a jsoup tree to query. */
final class SvgDom {

  private SvgDom() {}

  /** Fails unless {@code svg} is well-formed XML with an svg root in the SVG namespace. */
  static Element parse(String svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      org.w3c.dom.Document strict = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
      assertEquals("svg", strict.getDocumentElement().getLocalName());
      assertEquals("http://www.w3.org/2000/svg", strict.getDocumentElement().getNamespaceURI());
    } catch (Exception e) {
      fail("not well-formed SVG: " + e.getMessage());
    }
    Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
    return doc.selectFirst("svg");
  }

  /** The element whose id the attribute names (aria-labelledby and friends). */
  static Element byIdRef(Element svg, String attribute) {
    String id = svg.attr(attribute);
    Element target = svg.getElementById(id);
    if (target == null) {
      fail(attribute + " names id '" + id + "', which is not in the SVG");
    }
    return target;
  }
}
