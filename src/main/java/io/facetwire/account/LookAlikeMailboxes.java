package io.facetwire.account;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sign-up's rule against a mailbox name (the part before {@code @}) that reads as another one (session 15).
 * "аdmin@example.org" with a Cyrillic "а" was an account of its own that every page showed as the admin's
 * address. The domain is already written in IDNA's ASCII form ({@link Account#mailDomain}), where a look-alike
 * shows as {@code xn--…}; a mailbox name has no such form, so look-alikes are refused at sign-up, by UTS #39's two
 * tests:
 * <ul>
 *   <li><b>mixed scripts</b> (UTS #39 §5.2, "highly restrictive"): the letters are of one script, Common and
 *       Inherited characters (digits, dots, combining marks) aside, or Latin with the scripts Japanese, Chinese
 *       and Korean are written in together (Han with Hiragana and Katakana, Bopomofo or Hangul). A real mailbox
 *       name is never Latin and Cyrillic at once; a spoof almost always is;</li>
 *   <li><b>whole-script look-alikes</b> (§4): a name wholly of Cyrillic or Greek letters that each have a Latin
 *       twin ("асе", "рор") is a Latin name to every reader. Refused whatever accounts exist, so the answer tells
 *       nobody which addresses have accounts. The twins are the lower-case letters of Unicode's confusables data
 *       ({@code confusables.txt}) whose skeleton is one Latin letter, as NFKC and lower case leave them.</li>
 * </ul>
 * ICU4J's {@code SpoofChecker} does both with the full data, but it is a 14 MB dependency under the Unicode
 * licence, outside this project's list (Apache-2.0, MIT, BSD, EPL); the letters that matter for a mailbox name
 * are few and listed here.
 */
final class LookAlikeMailboxes {

  /** Cyrillic and Greek lower-case letters drawn like a Latin one (UTS #39 confusables, single-letter skeletons). */
  private static final String LATIN_TWINS = "аеорсухѕіјԁԛԝһӏԍҽк" + "οαικνρυχ";

  private static final Set<UnicodeScript> CJK = EnumSet.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA,
      UnicodeScript.KATAKANA, UnicodeScript.BOPOMOFO, UnicodeScript.HANGUL);

  private LookAlikeMailboxes() {}

  /** Why {@code localPart} (normalised, as stored) cannot be a mailbox name here, or null when it can. */
  static String problemWith(String localPart) {
    Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
    localPart.codePoints().mapToObj(UnicodeScript::of)
        .filter(s -> s != UnicodeScript.COMMON && s != UnicodeScript.INHERITED && s != UnicodeScript.UNKNOWN)
        .forEach(scripts::add);
    if (mixed(scripts)) {
      return "The part before @ mixes letters of different scripts (" + names(scripts) + "), as look-alike"
          + " addresses do: enter it in one script.";
    }
    if (!scripts.isEmpty() && (scripts.contains(UnicodeScript.CYRILLIC) || scripts.contains(UnicodeScript.GREEK))
        && localPart.codePoints().filter(Character::isLetter).allMatch(c -> LATIN_TWINS.indexOf(c) >= 0)) {
      return "The part before @ is written only with Cyrillic or Greek letters that look like Latin ones, so it"
          + " reads as another address: enter it as it is written.";
    }
    return null;
  }

  private static boolean mixed(Set<UnicodeScript> scripts) {
    if (scripts.size() <= 1) {
      return false;
    }
    Set<UnicodeScript> rest = EnumSet.copyOf(scripts);
    rest.remove(UnicodeScript.LATIN);
    if (!CJK.containsAll(rest)) {
      return true;
    }
    // Japanese (Han, Hiragana, Katakana), Chinese (Han, Bopomofo) and Korean (Han, Hangul) are each one writing.
    boolean japanese = EnumSet.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA).containsAll(rest);
    boolean chinese = EnumSet.of(UnicodeScript.HAN, UnicodeScript.BOPOMOFO).containsAll(rest);
    boolean korean = EnumSet.of(UnicodeScript.HAN, UnicodeScript.HANGUL).containsAll(rest);
    return !(japanese || chinese || korean);
  }

  private static String names(Set<UnicodeScript> scripts) {
    Set<String> names = new TreeSet<>();
    for (UnicodeScript s : scripts) {
      String n = s.name().toLowerCase(java.util.Locale.ROOT);
      names.add(Character.toUpperCase(n.charAt(0)) + n.substring(1));
    }
    return String.join(" and ", names);
  }
}
