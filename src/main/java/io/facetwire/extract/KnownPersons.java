package io.facetwire.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Well-known people by the short form news uses alone ("Reagan", "Xi"), from {@code known-persons.txt},
 * so that "President Reagan" gives "Ronald Reagan". A short form two people share is ambiguous and
 * gives nobody. Keys are lower-cased without accents. Immutable, hence thread-safe.
 */
final class KnownPersons {

  /** The person a short form names, and whether the short form needs a title before it to count. */
  record Person(String name, boolean needsTitle) {
  }

  private final Map<String, Person> byShortForm;
  /** Full names by {@link #key} of the whole name: how other spellings find the list's one. */
  private final Map<String, String> byFullName;

  private KnownPersons(Map<String, Person> byShortForm, Map<String, String> byFullName) {
    this.byShortForm = byShortForm;
    this.byFullName = byFullName;
  }

  static KnownPersons loadDefault() {
    Map<String, Person> map = new HashMap<>();
    Map<String, String> full = new HashMap<>();
    List<String> ambiguous = new ArrayList<>();
    for (String line : NameLexicon.lines("known-persons.txt")) {
      int bar = line.indexOf('|');
      String name = (bar < 0 ? line : line.substring(0, bar)).strip();
      String shortForm = bar < 0 ? name.substring(name.lastIndexOf(' ') + 1) : line.substring(bar + 1).strip();
      boolean needsTitle = name.startsWith("~") || shortForm.startsWith("~");
      name = name.replace("~", "");
      shortForm = shortForm.replace("~", "");
      full.putIfAbsent(fullKey(name), name);
      String key = key(shortForm.substring(shortForm.lastIndexOf('-') + 1));
      if (map.putIfAbsent(key, new Person(name, needsTitle)) != null) {
        ambiguous.add(key);
      }
    }
    ambiguous.forEach(map::remove);
    return new KnownPersons(Lookups.map(map), Lookups.map(full));
  }

  /** The person this surname or short form names unambiguously, or null. */
  Person find(String key) {
    return byShortForm.get(key);
  }

  /**
   * The list's spelling of a name written another way ("Jose Maria Aznar", "JOSÉ MARÍA AZNAR",
   * "Recep Tayyip Erdogan"), or the name itself when the list does not know it.
   */
  String spelling(String name) {
    return byFullName.getOrDefault(fullKey(name), name);
  }

  /** A whole name as a key: lower case, no accents, dots and hyphens as spaces. */
  static String fullKey(String name) {
    return SPACES.matcher(key(name).replace('.', ' ').replace('-', ' ')).replaceAll(" ").strip();
  }

  /** Compiled once: String.replaceAll compiles its expression on every call (every person of every article). */
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  /** Lower case without accents: "Erdoğan" and "Erdogan" are one key. */
  static String key(String word) {
    return AccentFolding.withoutMarks(word.toLowerCase(Locale.ROOT));
  }
}
