package io.facetwire.evaluation;

import io.facetwire.extract.AccentFolding;
import io.facetwire.extract.Transliterations;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a labelled value and an extracted value are compared: case, accents, dots and hyphens do not
 * matter ("George W Bush" = "George W. Bush", "Erdoğan" = "Erdogan", "Bonham-Carter" = "Bonham Carter").
 */
final class Values {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Values() {}

  static String key(String value) {
    String s = AccentFolding.withoutMarks(value).toLowerCase(Locale.ROOT).replace('.', ' ').replace('-', ' ')
        .replace('\u2019', '\'');
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  /**
   * A person's key: also the transliterations of one Russian or Ukrainian name are one person ("Volodymyr
   * Zelenskyy" = "Volodymyr Zelensky", LABELLING.md, session 17), as the extractor reads them.
   */
  static String personKey(String value) {
    return Transliterations.foldEndings(key(value));
  }

  /** Last word of a name, as a key: how Reuters PEOPLE tags ("james-baker") are matched. */
  static String surnameKey(String name) {
    String k = key(name);
    return k.substring(k.lastIndexOf(' ') + 1);
  }
}
