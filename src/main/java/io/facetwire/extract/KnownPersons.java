package io.facetwire.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Well-known people by the short form news uses alone ("Reagan", "Xi"), from {@code known-persons.txt},
 * so that "President Reagan" gives "Ronald Reagan". A short form two people share is ambiguous and
 * gives nobody. Keys are lower-cased without accents. Immutable, hence thread-safe.
 */
final class KnownPersons {

  /**
   * The person a short form names, whether the short form needs a title before it to count, and from when the short
   * form names them ({@code since}, null: always): "Fed Vice Chairman Johnson" in a 1987 story is not Boris Johnson,
   * nor "Theresa May" the "May" of a 1987 dateline. A story published before that names someone else by it.
   */
  record Person(String name, boolean needsTitle, java.time.Instant since) {

    Person(String name, boolean needsTitle) {
      this(name, needsTitle, null);
    }

    boolean knownAt(java.time.Instant publishedAt) {
      return since == null || publishedAt == null || !publishedAt.isBefore(since);
    }
  }

  /**
   * Whom a short form two people share names in a story of a given time: from {@code from} (inclusive) to {@code to}
   * (exclusive), either null for open; {@code undated} marks the one an undated story means.
   */
  record Era(String name, java.time.Instant from, java.time.Instant to, boolean undated) {

    boolean holds(java.time.Instant publishedAt) {
      return publishedAt == null ? undated
          : (from == null || !publishedAt.isBefore(from)) && (to == null || publishedAt.isBefore(to));
    }
  }

  private final Map<String, Person> byShortForm;
  /** Full names by {@link #key} of the whole name: how other spellings find the list's one. */
  private final Map<String, String> byFullName;
  /** The eras of the short forms two people share ("=" lines of the list), by {@link #key}. */
  private final Map<String, List<Era>> eras;

  /**
   * The first words (by {@link #fullKey}) of the whole names of three words or more: a run of capitalised words is
   * looked up whole ({@link #knowsWholeName(String)}) only when it opens with one, so a firm's long name costs one
   * look-up of its first word, not the joining and folding of every word.
   */
  private final Set<String> longNameOpeners;
  /** The last words of the list's whole names as it writes them: see {@link #mayEndAWholeName}. */
  private final Set<String> lastWordsAsWritten;

  private KnownPersons(Map<String, Person> byShortForm, Map<String, String> byFullName, Map<String, List<Era>> eras) {
    this.byShortForm = byShortForm;
    this.byFullName = byFullName;
    this.eras = eras;
    Set<String> openers = new HashSet<>();
    Set<String> lastWords = new HashSet<>();
    for (Map.Entry<String, String> e : byFullName.entrySet()) {
      String[] words = e.getKey().split(" ");
      if (words.length >= 3) {
        openers.add(words[0]);
      }
      String name = e.getValue();
      lastWords.add(name.substring(name.lastIndexOf(' ') + 1));
    }
    this.longNameOpeners = Lookups.set(openers);
    this.lastWordsAsWritten = Lookups.set(lastWords);
  }

  /**
   * True if a whole name in the list ends with this word as the list writes it ("Conable"): a look-up of the token's
   * own string, which allocates nothing, before a candidate's words are joined and folded to ask for the whole name.
   */
  boolean mayEndAWholeName(String written) {
    return lastWordsAsWritten.contains(written);
  }

  static KnownPersons loadDefault() {
    Map<String, Person> map = new HashMap<>();
    Map<String, String> full = new HashMap<>();
    Map<String, List<Era>> eras = new HashMap<>();
    List<String> ambiguous = new ArrayList<>();
    for (String line : NameLexicon.lines("known-persons.txt")) {
      if (line.startsWith("=")) {
        // "=Bush|2001-01-20||George W. Bush*": short form, from, to, the person (* for an undated story)
        String[] f = line.substring(1).split("\\|", -1);
        String name = f[3].strip();
        boolean undated = name.endsWith("*");
        eras.computeIfAbsent(key(f[0].strip()), k -> new ArrayList<>()).add(new Era(name.replace("*", "").strip(),
            day(f[1]), day(f[2]), undated));
        continue;
      }
      // "Full Name", "Full Name|Short" or "Full Name|Short|since": an empty short form is the surname.
      String[] f = line.split("\\|", -1);
      String name = f[0].strip();
      String shortForm = f.length < 2 || f[1].isBlank() ? name.substring(name.lastIndexOf(' ') + 1) : f[1].strip();
      java.time.Instant since = f.length < 3 ? null : year(f[2]);
      boolean needsTitle = name.startsWith("~") || shortForm.startsWith("~");
      name = name.replace("~", "");
      shortForm = shortForm.replace("~", "");
      full.putIfAbsent(fullKey(name), name);
      String key = key(shortForm.substring(shortForm.lastIndexOf('-') + 1));
      if (map.putIfAbsent(key, new Person(name, needsTitle, since)) != null) {
        ambiguous.add(key);
      }
    }
    ambiguous.forEach(map::remove);
    eras.replaceAll((k, v) -> List.copyOf(v));
    return new KnownPersons(Lookups.map(map), Lookups.map(full), Lookups.map(eras));
  }

  /** The first of January of a year written as "1999". */
  private static java.time.Instant year(String text) {
    return java.time.LocalDate.of(Integer.parseInt(text.strip()), 1, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
  }

  private static java.time.Instant day(String text) {
    return text.isBlank() ? null : java.time.LocalDate.parse(text.strip()).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
  }

  /** The person this surname or short form names unambiguously, or null. */
  Person find(String key) {
    return byShortForm.get(key);
  }

  /**
   * As {@link #find(String)}, and for a short form two people share, the one a story published at {@code publishedAt}
   * (null: undated) means, if the list says ("President Bush" in 1987 is George Bush, in 2004 George W. Bush). Such a
   * short form counts only after a title, as a "~" one does.
   */
  Person find(String key, java.time.Instant publishedAt) {
    Person person = byShortForm.get(key);
    if (person != null && !person.knownAt(publishedAt)) {
      return null; // "Fed Vice Chairman Johnson" in 1987: someone the list does not know
    }
    List<Era> shared = person == null ? eras.get(key) : null;
    if (shared != null) {
      for (Era era : shared) {
        if (era.holds(publishedAt)) {
          return new Person(era.name(), true);
        }
      }
    }
    return person;
  }

  /**
   * The list's spelling of a name written another way ("Jose Maria Aznar", "JOSÉ MARÍA AZNAR",
   * "Recep Tayyip Erdogan"), or the name itself when the list does not know it.
   */
  String spelling(String name) {
    return byFullName.getOrDefault(fullKey(name), name);
  }

  /** True if the list holds this given name and surname as one person's whole name ("Oliver North"). */
  boolean knowsWholeName(String given, String surname) {
    return byFullName.containsKey(fullKey(given + ' ' + surname));
  }

  /** True if the list holds this whole name as one person's ("Aung San Suu Kyi"), however written. */
  boolean knowsWholeName(String name) {
    return byFullName.containsKey(fullKey(name));
  }

  /** True if a whole name of three words or more in the list opens with this word ("aung"). */
  boolean mayOpenALongName(String word) {
    String key = fullKey(word);
    int space = key.indexOf(' ');
    return longNameOpeners.contains(space < 0 ? key : key.substring(0, space));
  }

  /** A whole name as a key: lower case, no accents, dots and hyphens as spaces. */
  static String fullKey(String name) {
    return WhiteSpace.collapse(key(name).replace('.', ' ').replace('-', ' ')).strip();
  }

  /**
   * Lower case without accents ("Erdoğan" and "Erdogan" are one key), and a word's last "y", "iy", "yy" or "ii"
   * read as "i": the transliterations of one Russian or Ukrainian name are one person ("Zelensky", "Zelenskiy",
   * "Zelenskyy"; "Sergey" and "Sergei"; "Dmitry" and "Dmitri"; session 17), in words of five letters or more. Both the list's names and the
   * article's are read so, so an English name ("Tony", "Kennedy") still meets its own spelling.
   */
  static String key(String word) {
    return Transliterations.foldEndings(AccentFolding.withoutMarks(word.toLowerCase(Locale.ROOT)));
  }
}
