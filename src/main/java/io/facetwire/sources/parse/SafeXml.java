package io.facetwire.sources.parse;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;

/**
 * XML parsers that refuse what a hostile feed could use against the server: a document type
 * declaration (the carrier of entity expansion, "billion laughs", and of external entities, XXE).
 * News feeds and sitemaps do not need one; the rare RSS 0.91 feed with the Netscape DOCTYPE is
 * refused with a clear message rather than read with DTDs on.
 */
public final class SafeXml {

  public static final String DOCTYPE_REFUSED = "refused: the XML declares a DOCTYPE (entity declarations could"
      + " expand without bound or read local files); feeds and sitemaps do not need one";

  private SafeXml() {}

  /** StAX with DTDs and external entities off, for sitemaps. */
  public static XMLInputFactory streamFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    trySet(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
    trySet(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return f;
  }

  private static void trySet(XMLInputFactory f, String name, Object value) {
    try {
      f.setProperty(name, value);
    } catch (IllegalArgumentException e) {
      // Not every StAX implementation knows the JAXP 1.5 properties; DTD support is off anyway.
    }
  }

  /** True when the document declares a DOCTYPE before its root element (checked on the raw text). */
  public static boolean declaresDoctype(String head) {
    return head.contains("<!DOCTYPE") || head.contains("<!doctype") || head.contains("<!ENTITY");
  }
}
