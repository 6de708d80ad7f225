package io.facetwire.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The person mentions of one article, collected as {@link PersonExtractor} and {@link PersonRuns} read them: full
 * names, surnames alone, names to confirm, initialled names, family members, a team sheet's names, company words,
 * characters and organisations. {@link PersonResolution} turns them into one value per person, reading the
 * collections below. Not thread-safe: one per call.
 */
final class PersonMentions {

  /** A name of one word: a surname after a title, or a capitalised word standing alone. */
  record Single(String surface, boolean titled, boolean notTheWellKnown) {
    Single(String surface, boolean titled) {
      this(surface, titled, false);
    }
  }

  final List<String[]> full = new ArrayList<>(4);
  final List<Single> singles = new ArrayList<>(4);
  /** Names whose given name we do not know: persons only if the article confirms it. */
  final List<String[]> candidates = new ArrayList<>(4);
  /** Names read in a team sheet ({@link LineUps}): never persons by themselves (LABELLING.md). */
  final List<String[]> lineUpNames = new ArrayList<>(0);
  /** Unknown surnames standing alone in prose ("allowed Paterson to stroke over"): kept only for a line-up. */
  final List<String> bareSurnames = new ArrayList<>(0);
  /** The keys of those that speak ("Hewitt said"): they confirm a full name of that surname. */
  final Set<String> speakingSurnames = new HashSet<>(0);
  /** Initial + surname in prose with no cue ("X Factor" looks the same): they only confirm a full name. */
  final List<String[]> quietInitialled = new ArrayList<>(0);
  /**
   * Dotted initials and a surname with no cue ("succeeding M.S. Swaminathan"): persons if the surname is described.
   * Made on first use: most stories have none, and every story's mentions are made anew.
   */
  private List<String[]> initialsBeforeSurnames;
  /** The keys of surnames alone that a clause describes as a person's ("Swaminathan, who has headed IRRI"). */
  private Set<String> describedSurnames;
  /** Family members named by given name, with the surname the sentence makes plain ("his wife Audrey"). */
  final List<String[]> family = new ArrayList<>(0);
  /**
   * How often each surname of a person was named in prose so far (a one-int counter per surname, counted in place:
   * {@code HashMap.merge} with a boxed sum was a tenth of the person step), and the one named most (the latest of a tie).
   */
  private final Map<String, int[]> surnameCounts = new HashMap<>();
  private String mainSurname;
  private int mainCount;
  /**
   * The first words of the company names the article gives ("Sharon" of "Sharon Steel Corp", "Mueller" of "Mueller
   * Brass Co"), lower-cased without accents: an untitled lone word among them names the company ("the Mueller sale",
   * the headline's "SHARON STEEL"), not the well-known person of that surname (session 21).
   */
  final Set<String> companyWords = new HashSet<>(0);
  /**
   * Names of no known given name taken as persons because they speak ("Warburg Pincus said"): such a name that the
   * article also writes as the opening of a company name, its two words split by a comma ("Warburg, Pincus Capital Co
   * L.P."), is the firm speaking, not a person (session 42, test39); a founder whose surname alone names his firms
   * ("Aliko Dangote" of "Dangote Cement") stays a person.
   */
  final List<String[]> spokenCandidates = new ArrayList<>(0);
  /** Those openings of company names, as "warburg pincus" (lower case, no accents). */
  Set<String> commaJoinedFirmNames; // made on the first (most articles have none: no set is allocated for them)
  /**
   * Names the article introduces as a character of a story ("the story's hero Arthur Dent", "The main character,
   * Robert Langdon"), as {@link KnownPersons#fullKey} keys whole names: no mention of them is a person (LABELLING.md:
   * fictional characters are no persons; session 22).
   */
  final Set<String> characters = new HashSet<>(0);
  /**
   * Names the article introduces as an organisation's by its kind ("the daily Les Echos", "literary agency Curtis
   * Brown"), as {@link KnownPersons#fullKey} keys: no mention of them is a person ("He told Les Echos"; session 40).
   */
  final Set<String> organisations = new HashSet<>(0);
  /** True while the mentions come from a team sheet. */
  private boolean inLineUp;

  void full(String[] parts) {
    (inLineUp ? lineUpNames : full).add(parts);
    named(parts[parts.length - 1], true);
  }

  /**
   * The surname of the person the article has named most so far (the latest of a tie; {@code null} if none): whom
   * "his wife Audrey" belongs to. The person named last is often another ("... said Roy Hattersley. He died 11 days
   * after his wife Audrey"); an obituary's or a profile's "his" is its subject's.
   */
  String mainSurname() {
    return mainSurname;
  }

  /** "Warburg, Pincus Capital Co": a company name whose first two words a comma splits. */
  void commaJoinedFirmName(String first, String second) {
    if (commaJoinedFirmNames == null) {
      commaJoinedFirmNames = new HashSet<>(2);
    }
    commaJoinedFirmNames.add(KnownPersons.key(first) + " " + KnownPersons.key(second));
  }

  /** The article names a company whose name begins with this word ("Sharon Steel Corp"). */
  void companyWord(String word) {
    companyWords.add(KnownPersons.key(word));
  }

  /** The article names an organisation so ("the daily Les Echos", "property firm Quinlan Private"): no person. */
  void organisation(String name) {
    organisations.add(KnownPersons.fullKey(name));
  }

  /** The article introduces these words as a character of a film, a book or a show, not a person. */
  void character(String name) {
    characters.add(KnownPersons.fullKey(name));
  }

  /** True if the article has named a person with this surname so far ("Fletcher" after "Cyril Fletcher"). */
  boolean isSurname(String surname) {
    return surnameCounts.containsKey(surname);
  }

  /** A surname said in prose; one that is no person's yet ({@code known} false: "Nassau", "Reports") counts only once it is. */
  private void named(String surname, boolean known) {
    if (inLineUp) {
      return;
    }
    int[] counter = surnameCounts.get(surname);
    if (counter == null) {
      if (!known) {
        return;
      }
      counter = new int[1];
      surnameCounts.put(surname, counter);
    }
    int count = ++counter[0];
    if (count >= mainCount) {
      mainSurname = surname;
      mainCount = count;
    }
  }

  /**
   * "his wife Audrey" after "Lord Callaghan": Audrey Callaghan (LABELLING.md: a family member whose surname the
   * sentence makes plain). Her surname does not make "Callaghan" alone the same person as her.
   */
  void family(String given, String surname) {
    if (!inLineUp) {
      family.add(new String[] {given, surname});
    }
  }

  /** The next mentions come from a team sheet ({@code true}) or from prose. */
  void inLineUp(boolean lineUp) {
    inLineUp = lineUp;
  }

  /**
   * A capitalised word alone in prose that names no one we know ("Paterson", "Hewitt"): it names a person
   * only if the article's team sheet lists that player ("C Paterson"), or, if it speaks ("Hewitt said"), it
   * confirms a full name of that surname whose given name we do not know ("Lleyton Hewitt").
   */
  void bareSurname(String surface, boolean speaks) {
    if (inLineUp) {
      lineUpNames.add(new String[] {surface}); // "Hyypia" in "Carragher, Hyypia, Traore"
    } else {
      bareSurnames.add(surface);
      named(surface, false);
      if (speaks) {
        speakingSurnames.add(KnownPersons.key(lastPiece(surface)));
      }
    }
  }

  /**
   * A name whose given name we do not know ("Tirunesh Dibaba"): a person if {@code speaks} ("... said")
   * or if the article also names her by surname after a title ("Ms Dibaba").
   */
  void candidate(String[] parts, boolean speaks) {
    named(parts[parts.length - 1], speaks);
    if (inLineUp) {
      lineUpNames.add(parts);
    } else if (speaks) {
      full.add(parts);
      spokenCandidates.add(parts);
    } else {
      candidates.add(parts);
    }
  }

  /**
   * An initial and a surname ("B Cohen", "S. Burger"): a player in a team sheet; in prose a person if a cue
   * says so, else only a confirmation of the full name it stands for ("S Burger" for "Schalk Burger").
   */
  void initialled(String[] parts, boolean speaks) {
    named(parts[parts.length - 1], speaks);
    if (inLineUp) {
      lineUpNames.add(parts);
    } else if (speaks) {
      full.add(parts);
    } else {
      quietInitialled.add(parts);
    }
  }

  /** Dotted initials and a surname in prose with no cue: a person only if the article describes the surname. */
  void initialsBeforeSurname(String[] parts) {
    if (!inLineUp) {
      if (initialsBeforeSurnames == null) {
        initialsBeforeSurnames = new ArrayList<>(2);
      }
      initialsBeforeSurnames.add(parts);
    }
  }

  /** True if some dotted initials and surname wait for a description of the surname. */
  boolean awaitsADescribedSurname() {
    return initialsBeforeSurnames != null;
  }

  /** The dotted initials and surnames of {@link #initialsBeforeSurname}, if a clause described any surname alone. */
  List<String[]> initialledNamesToConfirm() {
    return initialsBeforeSurnames == null || describedSurnames == null ? List.of() : initialsBeforeSurnames;
  }

  /** True if a clause described this surname (by its key) as a person's: see {@link #describedSurname}. */
  boolean isDescribed(String key) {
    return describedSurnames != null && describedSurnames.contains(key);
  }

  /** A surname alone that a clause after it describes as a person's: "Swaminathan, who has headed IRRI". */
  void describedSurname(String surface) {
    if (!inLineUp) {
      if (describedSurnames == null) {
        describedSurnames = new HashSet<>(2);
      }
      describedSurnames.add(KnownPersons.key(lastPiece(surface)));
    }
  }

  void single(Single single) {
    named(single.surface(), single.titled());
    if (inLineUp) {
      lineUpNames.add(new String[] {single.surface()});
    } else {
      singles.add(single);
    }
  }

  /** The last word's last hyphenated piece ("Rahman" of "Obaidur Rahman", "Smith" of "Jones-Smith"). */
  static String lastPiece(String word) {
    int space = word.lastIndexOf(' ');
    String w = space < 0 ? word : word.substring(space + 1);
    int hyphen = w.lastIndexOf('-');
    return hyphen < 0 ? w : w.substring(hyphen + 1);
  }
}
