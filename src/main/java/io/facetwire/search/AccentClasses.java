package io.facetwire.search;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Lucene regular-expression classes that match a letter in any case and with any accent: "u" becomes
 * {@code [uUùúûüÙÚÛÜ...]}. The facet type-ahead and entity-name look-ups run a terms aggregation's
 * {@code include} pattern over the stored values, so folding there needs no folded copy of the field,
 * no mapping change and no reindex, and works the same on the embedded node and a stock cluster.
 */
final class AccentClasses {

  /** Base letter (lower case) to every accented or cased letter of Latin-1 and Latin Extended-A/B that folds to it. */
  private static final Map<Character, String> VARIANTS = build();

  private AccentClasses() {}

  private static Map<Character, String> build() {
    Map<Character, StringBuilder> out = new HashMap<>();
    for (char c = 'a'; c <= 'z'; c++) {
      out.computeIfAbsent(c, k -> new StringBuilder()).append(c).append(Character.toUpperCase(c));
    }
    for (char c = '\u00C0'; c <= '\u024F'; c++) {
      char base = fold(c);
      if (base != c && base >= 'a' && base <= 'z') {
        out.get(base).append(c);
      }
    }
    Map<Character, String> done = new HashMap<>();
    out.forEach((k, v) -> done.put(k, v.toString()));
    return Map.copyOf(done);
  }

  /** The unaccented lower-case letter of c ("Ü" -> 'u', "ø" -> 'o'), or c itself. */
  static char fold(char c) {
    switch (c) {
      case 'ø', 'Ø' -> { return 'o'; }
      case 'ł', 'Ł' -> { return 'l'; }
      case 'đ', 'Đ' -> { return 'd'; }
      case 'ı' -> { return 'i'; }
      default -> { }
    }
    String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    char base = d.charAt(0);
    return Character.toLowerCase(base);
  }

  /**
   * Text without accents, in lower case: "Müller" -> "muller". Not {@code extract.AccentFolding} on purpose: this
   * folds one character to one character (so a folded query lines up letter by letter with the classes
   * {@link #literal} builds) and also folds the letters NFD leaves whole (ø, ł, đ, ı), which a stored value may
   * hold and a user types without.
   */
  static String foldText(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      sb.append(fold(text.charAt(i)));
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * A pattern matching {@code text} in any case and accents, every other character escaped, so the
   * user's text can only ever match literally.
   */
  static String literal(String text) {
    StringBuilder re = new StringBuilder();
    String folded = foldText(text);
    folded.codePoints().forEach(cp -> {
      if (cp < 128 && VARIANTS.containsKey((char) cp)) {
        re.append('[').append(VARIANTS.get((char) cp)).append(']');
      } else if (Character.isLetterOrDigit(cp)) {
        String ch = new String(Character.toChars(cp));
        String lower = ch.toLowerCase(Locale.ROOT);
        String upper = ch.toUpperCase(Locale.ROOT);
        re.append(lower.equals(upper) ? ch : "[" + lower + upper + "]");
      } else {
        re.append('\\').appendCodePoint(cp);
      }
    });
    return re.toString();
  }
}
