package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The look-ups that split or join at white space by hand (session 22, to spare a regular expression per person of
 * every article) give what the expressions gave, on the odd white space a name may hold.
 */
class WhiteSpaceSplitsTest {

  private static final List<String> NAMES = List.of("", " ", "Rio de Janeiro", "  Rio  de\tJaneiro ",
      "Minas\u000BGerais", "Abu Dhabi\n", "New\r\nYork", "\fSri  Lanka\f", "Jean-Claude  Juncker",
      "J. R.  R. Tolkien", "Erdoğan", "Recep  Tayyip\u00A0Erdogan", "São\u2003Paulo", "a\u001Cb c", "x",
      "Hong Kong", "Saudi\t\tArabia", "United   States");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  @Test
  void fullKeyIsTheRegularExpressionsKey() {
    for (String name : NAMES) {
      String before = SPACES.matcher(KnownPersons.key(name).replace('.', ' ').replace('-', ' ')).replaceAll(" ")
          .strip();
      assertEquals(before, KnownPersons.fullKey(name), name);
    }
  }

  @Test
  void placeNamesAreReadAsSplitReadThem() {
    CountryGazetteer gazetteer = CountryGazetteer.loadDefault();
    for (String name : NAMES) {
      assertEquals(isPlaceNameBefore(gazetteer, name), gazetteer.isPlaceName(name), name);
    }
    assertTrue(gazetteer.isPlaceName("  Rio  de\tJaneiro "), "a listed city, however spaced");
  }

  /** CountryGazetteer.isPlaceName as it was, with String.split. */
  private static boolean isPlaceNameBefore(CountryGazetteer gazetteer, String name) {
    String[] words = name.toLowerCase(Locale.ROOT).strip().split("\\s+");
    if (words.length < 2) {
      return false;
    }
    for (CountryGazetteer.Entry e : gazetteer.startingWith(words[0])) {
      if (!e.organ() && e.kind() != CountryGazetteer.Kind.DEMONYM && Arrays.equals(e.lower(), words)) {
        return true;
      }
    }
    return false;
  }
}
