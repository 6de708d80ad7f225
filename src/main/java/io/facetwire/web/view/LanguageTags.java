package io.facetwire.web.view;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The BCP 47 code of a language facet value ("German" to "de"), for a lang attribute on text in that
 * language (WCAG 2.1 SC 3.1.2). The index stores the English name the extractor made with
 * {@link Locale#getDisplayLanguage(Locale)}; this inverts that over {@link Locale#getISOLanguages()}.
 */
public final class LanguageTags {

  private static final Map<String, String> CODES = new ConcurrentHashMap<>();

  static {
    for (String code : Locale.getISOLanguages()) {
      String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
      if (!name.isEmpty()) {
        CODES.putIfAbsent(name.toLowerCase(Locale.ROOT), code);
      }
    }
  }

  private LanguageTags() {}

  /**
   * The value of a lang attribute for text whose language facet holds {@code languages}: the first one's code, or
   * null (no attribute: the page's own "en" holds) when there is none, it is English or unknown.
   */
  public static String attributeFor(List<String> languages) {
    String code = languages == null || languages.isEmpty() ? "" : foreignCode(languages.get(0));
    return code.isEmpty() ? null : code;
  }

  /** The code of a language name ("de"), or "" when the name is unknown, empty or English. */
  public static String foreignCode(String name) {
    if (name == null || name.isBlank()) {
      return "";
    }
    String code = CODES.getOrDefault(name.strip().toLowerCase(Locale.ROOT), "");
    return code.equals("en") ? "" : code;
  }
}
