package io.facetwire.web.view;

import io.facetwire.extract.LanguageIdentifier;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The BCP 47 code of a language facet value ("German" to "de"), for a lang attribute on text in that
 * language (WCAG 2.1 SC 3.1.2). The index stores the English name the extractor made of the detector's code
 * ({@link LanguageIdentifier#name}); this inverts that over the codes the detector gives
 * ({@link LanguageIdentifier#codes}), keeping their language subtag ("zh-CN" and "zh-TW" are both "Chinese": "zh").
 *
 * <p>Session 28: it inverted {@link Locale#getDisplayLanguage(Locale)} over {@link Locale#getISOLanguages()}, which
 * lists the withdrawn codes beside the current ones, "ji" before "yi" for "Yiddish": a Yiddish article said
 * lang="ji", which the Nu Html Checker flags as deprecated; and it lists two-letter codes only, so Asturian ("ast"),
 * which the detector tells, had none.
 */
public final class LanguageTags {

  private static final Map<String, String> CODES = new ConcurrentHashMap<>();

  static {
    for (String code : LanguageIdentifier.codes()) {
      String name = LanguageIdentifier.name(code);
      int dash = code.indexOf('-');
      CODES.putIfAbsent(name.toLowerCase(Locale.ROOT), dash < 0 ? code : code.substring(0, dash));
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
