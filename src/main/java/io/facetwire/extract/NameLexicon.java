package io.facetwire.extract;

import io.facetwire.DataFile;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists that tell a person's name from other capitalised words: given names, role titles,
 * function/calendar words and organisation words, each a data file next to this class. All lookups
 * take lower-cased tokens. Immutable, hence thread-safe.
 */
final class NameLexicon {

  /** Lower-case words that sit inside names ("Charles de Gaulle", "Ludwig van Beethoven"). */
  private static final Set<String> PARTICLES = Lookups.setOf(
      "de", "del", "della", "der", "den", "van", "von", "da", "di", "du", "dos", "das", "la", "le",
      "bin", "ibn", "al", "el", "ter", "ten", "y",
      // Portuguese joins two family names as Spanish does ("Ulisses Correia e Silva"; session 34)
      "e",
      // Kikuyu's and Kalenjin's "son or daughter of" ("Ngugi wa Thiong'o", "Daniel arap Moi"; session 37, news37)
      "wa", "arap",
      // the Philippines' Spanish particles written as one word ("Ronald dela Rosa", "Juan delos Santos"; session 47)
      "dela", "delos", "delas");

  /** What a title word does before a name; see person-titles.txt. */
  enum TitleKind { NONE, HONORIFIC, OFFICE, RANK, ROLE, MODIFIER }

  private final Set<String> firstNames;
  /** The hand-made list alone (first-names.txt): names that are a person's first, whatever else they are. */
  private final Set<String> commonFirstNames;
  private final Map<String, TitleKind> titles;
  /** Words under "[portfolios]": what an office is named by after "Minister of", and no title word elsewhere. */
  private final Set<String> portfolios;
  private final Set<String> stopWords;
  private final Set<String> organisationWords;
  private final Set<String> notPersons;

  private NameLexicon(Set<String> firstNames, Set<String> commonFirstNames, Map<String, TitleKind> titles,
      Set<String> portfolios, Set<String> stopWords, Set<String> organisationWords, Set<String> notPersons) {
    this.firstNames = firstNames;
    this.commonFirstNames = commonFirstNames;
    this.titles = titles;
    this.portfolios = portfolios;
    this.stopWords = stopWords;
    this.organisationWords = organisationWords;
    this.notPersons = notPersons;
  }

  static NameLexicon loadDefault() {
    Set<String> notPersons = new HashSet<>();
    Set<String> organisationWords = words("organisation-words.txt", notPersons);
    for (String line : lines("not-persons.txt")) {
      notPersons.add(line.toLowerCase(Locale.ROOT)); // bands, characters and brands named like people
    }
    Set<String> commonFirstNames = words("first-names.txt", null);
    Set<String> firstNames = new HashSet<>(commonFirstNames);
    firstNames.addAll(words("first-names-moby.txt", null));
    firstNames.addAll(words("first-names-world.txt", null));
    firstNames.addAll(words("first-names-japanese.txt", null));
    firstNames.addAll(words("first-names-regional.txt", null)); // South Asia, West, East and southern Africa
    Set<String> portfolios = new HashSet<>();
    Map<String, TitleKind> titles = titles("person-titles.txt", portfolios);
    return new NameLexicon(Lookups.set(firstNames), Lookups.set(commonFirstNames), titles, Lookups.set(portfolios),
        words("stop-words.txt", null), organisationWords, Lookups.set(notPersons));
  }

  /** Reads a word list: '#' comments, words separated by blanks; "=Whole Phrase" lines into phrases. */
  private static Set<String> words(String resource, Set<String> phrases) {
    Set<String> out = new HashSet<>();
    for (String line : lines(resource)) {
      if (line.startsWith("=") && phrases != null) {
        phrases.add(line.substring(1).strip().toLowerCase(Locale.ROOT));
        continue;
      }
      for (String w : line.split("\\s+")) {
        if (w.endsWith(".")) {
          w = w.substring(0, w.length() - 1);
        }
        if (!w.isEmpty()) {
          out.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    return Lookups.set(out);
  }

  /**
   * Reads the title list: words under "[honorifics]", "[offices]", "[roles]", "[modifiers]". A word
   * listed under two headings keeps the first, so the stronger kind wins if the file lists it twice. Words under
   * "[portfolios]" go to {@code portfolios} instead: no title kind, so nothing but the portfolio reading sees them.
   */
  private static Map<String, TitleKind> titles(String resource, Set<String> portfolios) {
    Map<String, TitleKind> out = new HashMap<>();
    TitleKind kind = null;
    boolean inPortfolios = false;
    for (String line : lines(resource)) {
      if (line.equals("[portfolios]")) {
        inPortfolios = true;
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        inPortfolios = false;
        kind = TitleKind.valueOf(switch (line) {
          case "[honorifics]" -> "HONORIFIC";
          case "[offices]" -> "OFFICE";
          case "[ranks]" -> "RANK";
          case "[roles]" -> "ROLE";
          case "[modifiers]" -> "MODIFIER";
          default -> throw new IllegalStateException(resource + ": unknown heading " + line);
        });
        continue;
      }
      if (inPortfolios) {
        for (String w : line.split("\\s+")) {
          portfolios.add(w.toLowerCase(Locale.ROOT));
        }
        continue;
      }
      if (kind == null) {
        throw new IllegalStateException(resource + ": words before the first [heading]");
      }
      for (String w : line.split("\\s+")) {
        w = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        if (!w.isEmpty()) {
          out.putIfAbsent(w.toLowerCase(Locale.ROOT), kind);
          if (kind == TitleKind.ROLE && !w.endsWith("s")) {
            // "sprinters Kostas Kenteris and Katerina Thanou": a role in the plural before names.
            out.putIfAbsent(w.toLowerCase(Locale.ROOT) + "s", kind);
          }
        }
      }
    }
    return Lookups.map(out);
  }

  /** Non-blank, non-comment lines of a data file next to this class, stripped. */
  static List<String> lines(String resource) {
    return DataFile.read(NameLexicon.class, resource).stream().map(line -> line.text().strip())
        .filter(line -> !line.startsWith("#")).toList();
  }

  /**
   * A given name of the lists, with its accents or without: "Micheál", "Péter" and "Zoë" are the lists' "Micheal",
   * "Peter" and "Zoe" (session 32, the blind modern-news set: Ireland's Taoiseach was missed for his fada).
   */
  boolean isFirstName(String lower) {
    if (firstNames.contains(lower)) {
      return true;
    }
    String folded = AccentFolding.withoutMarks(lower);
    return folded != lower && firstNames.contains(folded);
  }

  /**
   * A given name of the hand-made list ("William", "Theo", "Li"), not only of the long lists that also hold brands and
   * surnames ("Chrysler", "Audi", "Avis" are Moby given names).
   */
  /**
   * Token k, the last of a run after a given name, is a kin word that is also a surname: "Masayoshi Son", "Heung-min
   * Son" (session 44, news39). Other kin words ("Daughter", "Brother") are no surnames; "Smith and Son" has its joint.
   */
  boolean roleSurnameAfterGivenName(Tokens t, int k, int start, int to) {
    return k == to && k > start && "son".equals(t.lower[k]) && t.has(k, Tokens.CAP) && !t.has(k, Tokens.BREAK_BEFORE)
        && !t.has(k, Tokens.AMPERSAND_BEFORE) && (isFirstName(t.lower[k - 1]) || t.has(k - 1, Tokens.HYPHEN_BEFORE));
  }

  boolean isCommonFirstName(String lower) {
    return commonFirstNames.contains(lower);
  }

  /** Any word of the title list, modifiers included. */
  boolean isTitle(String lower) {
    return titles.containsKey(lower);
  }

  /** A word of [portfolios] alone ("justice", "tourism"), no title's modifier. */
  boolean isPortfolio(String lower) {
    return portfolios.contains(lower);
  }

  /**
   * A word an office's portfolio may be named by: a title modifier ("Finance", "Trade") or a word of "[portfolios]"
   * ("Science", "Technology", "Mines"), which firms' names also end with and so are no modifiers.
   */
  boolean namesAPortfolio(String lower) {
    return titleKind(lower) == TitleKind.MODIFIER || portfolios.contains(lower);
  }

  /** An honorific or an office ("Mr", "President"): a title a surname alone may follow and still be a person. */
  boolean isPersonTitle(String lower) {
    TitleKind kind = titleKind(lower);
    return kind == TitleKind.HONORIFIC || kind == TitleKind.OFFICE;
  }

  TitleKind titleKind(String lower) {
    return titles.getOrDefault(lower, TitleKind.NONE);
  }

  /** Function, calendar and other words that never belong to a name but do not make an organisation. */
  boolean isStopWord(String lower) {
    return stopWords.contains(lower);
  }

  boolean isOrganisationWord(String lower) {
    return organisationWords.contains(lower);
  }

  boolean isParticle(String lower) {
    return PARTICLES.contains(lower);
  }

  /** {@link #isParticle}, for code that holds no lexicon. */
  static boolean particle(String lower) {
    return PARTICLES.contains(lower);
  }

  /**
   * True for names that look personal but are firms ("Morgan Stanley"); lower case, one space. Also a longer name
   * that opens with such a firm (session 18): "Dean Witter Reynolds", "Morgan Stanley Dean Witter", "Smith Barney
   * Harris Upham" are the firm's full names, not a person with the firm's words as given names.
   */
  boolean isNotPerson(String lowerName) {
    if (isListedWhole(lowerName)) {
      return true;
    }
    for (int space = lowerName.indexOf(' '); space >= 0; space = lowerName.indexOf(' ', space + 1)) {
      if (space > lowerName.indexOf(' ') && notPersons.contains(lowerName.substring(0, space))) {
        return true; // a prefix of two words or more
      }
    }
    return false;
  }

  /**
   * The whole name is a line of not-persons.txt, with or without diacritics: no prefix, for a run of capitalised words
   * may go on from a firm's name to a person's ("Merrill Lynch Commodity Marketing Vice President Neil McGarrity").
   */
  boolean isListedWhole(String lowerName) {
    return notPersons.contains(lowerName) || !isAscii(lowerName) && notPersons.contains(withoutDiacritics(lowerName));
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  /** "hai phòng" -> "hai phong", "đắk lắk" -> "dak lak": the list is written without Vietnamese diacritics. */
  private static String withoutDiacritics(String lower) {
    return AccentFolding.withoutMarks(lower).replace('\u0111', 'd');
  }
}
