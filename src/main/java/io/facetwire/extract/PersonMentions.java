package io.facetwire.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The person mentions of one article, turned into one value per person: full names, with shorter
 * forms folded into longer ones ("George Bush" into "George W. Bush", "Pedro Pierluisi" into "Pedro R.
 * Pierluisi Urrutia"), and one-word mentions that are not part of a full name resolved through the
 * known persons or, after an honorific or office, kept as the surname. Not thread-safe: one per call.
 */
final class PersonMentions {

  /** A name of one word: a surname after a title, or a capitalised word standing alone. */
  record Single(String surface, boolean titled, boolean notTheWellKnown) {
    Single(String surface, boolean titled) {
      this(surface, titled, false);
    }
  }

  private final List<String[]> full = new ArrayList<>(4);
  private final List<Single> singles = new ArrayList<>(4);
  /** Names whose given name we do not know: persons only if the article confirms it. */
  private final List<String[]> candidates = new ArrayList<>(4);
  /** Names read in a team sheet ({@link LineUps}): never persons by themselves (LABELLING.md). */
  private final List<String[]> lineUpNames = new ArrayList<>(0);
  /** Unknown surnames standing alone in prose ("allowed Paterson to stroke over"): kept only for a line-up. */
  private final List<String> bareSurnames = new ArrayList<>(0);
  /** The keys of those that speak ("Hewitt said"): they confirm a full name of that surname. */
  private final Set<String> speakingSurnames = new HashSet<>(0);
  /** Initial + surname in prose with no cue ("X Factor" looks the same): they only confirm a full name. */
  private final List<String[]> quietInitialled = new ArrayList<>(0);
  /** Family members named by given name, with the surname the sentence makes plain ("his wife Audrey"). */
  private final List<String[]> family = new ArrayList<>(0);
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
  private final Set<String> companyWords = new HashSet<>(0);
  /**
   * Names of no known given name taken as persons because they speak ("Warburg Pincus said"): such a name that the
   * article also writes as the opening of a company name, its two words split by a comma ("Warburg, Pincus Capital Co
   * L.P."), is the firm speaking, not a person (session 42, test39); a founder whose surname alone names his firms
   * ("Aliko Dangote" of "Dangote Cement") stays a person.
   */
  private final List<String[]> spokenCandidates = new ArrayList<>(0);
  /** Those openings of company names, as "warburg pincus" (lower case, no accents). */
  private final Set<String> commaJoinedFirmNames = new HashSet<>(0);
  /**
   * Names the article introduces as a character of a story ("the story's hero Arthur Dent", "The main character,
   * Robert Langdon"), as {@link KnownPersons#fullKey} keys whole names: no mention of them is a person (LABELLING.md:
   * fictional characters are no persons; session 22).
   */
  private final Set<String> characters = new HashSet<>(0);
  /**
   * Names the article introduces as an organisation's by its kind ("the daily Les Echos", "literary agency Curtis
   * Brown"), as {@link KnownPersons#fullKey} keys: no mention of them is a person ("He told Les Echos"; session 40).
   */
  private final Set<String> organisations = new HashSet<>(0);
  /** True while the mentions come from a team sheet. */
  private boolean inLineUp;
  private long steps;

  /** Longest name that shorter forms fold into; a name has at most five words (PersonRuns). */
  private static final int MAX_FOLD_TARGET = 8;

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
    commaJoinedFirmNames.add(KnownPersons.key(first) + " " + KnownPersons.key(second));
  }

  /** The article names a company whose name begins with this word ("Sharon Steel Corp"). */
  void companyWord(String word) {
    companyWords.add(KnownPersons.key(word));
  }

  /**
   * One word of a character's name, alone, is that character too: "Her Detective Oh is underpaid" after "Detective Oh
   * Mi-ran (Yang Hye-rin)" (the name as the run gave it, its title too; a Korean name family name first; session 37,
   * news37's film review).
   */
  private boolean namesACharacter(String word) {
    for (String character : characters) {
      if (character.startsWith(word + ' ') || character.endsWith(' ' + word) || character.contains(' ' + word + ' ')) {
        return true;
      }
    }
    return false;
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

  void single(Single single) {
    named(single.surface(), single.titled());
    if (inLineUp) {
      lineUpNames.add(new String[] {single.surface()});
    } else {
      singles.add(single);
    }
  }

  /** Comparable units of work done by {@link #resolve}: for the test that proves it linear. */
  long steps() {
    return steps;
  }

  List<String> resolve(KnownPersons known) {
    return resolve(known, GivenNameForms.NONE, null);
  }

  /**
   * The persons named, a titled surname two known people share read by the story's date ({@code publishedAt}); a name
   * that differs from an earlier one only in a short form of its given name ({@code forms}: "Dick Darman" after
   * "Richard Darman") is that person, named as the article first named them.
   */
  List<String> resolve(KnownPersons known, GivenNameForms forms, java.time.Instant publishedAt) {
    TreeSet<String> out = new TreeSet<>();
    Set<String> nameWords = new HashSet<>();
    // The same name mentioned a hundred times is folded (or not) once.
    Map<String, String[]> distinct = new LinkedHashMap<>();
    for (String[] c : spokenCandidates) {
      if (c.length == 2 && commaJoinedFirmNames.contains(KnownPersons.key(c[0]) + " " + KnownPersons.key(c[1]))) {
        full.removeIf(a -> a == c); // this very mention, not a person named alike elsewhere
      }
    }
    for (String[] a : full) {
      distinct.putIfAbsent(String.join(" ", a), a);
      steps += a.length;
    }
    sameWithOtherGivenName(distinct, forms);
    Set<String> foldTargets = shorterForms(distinct.values());
    Set<String> initialled = initialledForms(distinct.values());
    Map<String, String> bySurname = candidatesBySurname(nameWords);
    for (Map.Entry<String, String[]> e : distinct.entrySet()) {
      String[] a = e.getValue();
      steps++;
      if (a.length == 2 && a[0].length() == 2) {
        String candidate = bySurname.get(KnownPersons.key(a[1]));
        if (candidate != null && candidate.charAt(0) == a[0].charAt(0)) {
          out.add(candidate); // "S. Burger" in the line-up confirms the "Schalk Burger" of the report
          continue;
        }
        if (initialled.contains(a[0] + ' ' + a[1])) {
          continue; // ... and folds into a full name the report gives
        }
      }
      if (a.length >= MAX_FOLD_TARGET || !foldTargets.contains(key(a, a.length, (1 << a.length) - 1))) {
        out.add(e.getKey());
      }
      for (int k = 0; k < a.length; k++) {
        for (String piece : a[k].split("-")) {
          nameWords.add(KnownPersons.key(piece));
          steps++;
        }
      }
    }
    for (String[] a : quietInitialled) {
      steps++;
      String candidate = bySurname.get(KnownPersons.key(lastPiece(a[a.length - 1])));
      if (candidate != null && candidate.charAt(0) == a[0].charAt(0)) {
        out.add(candidate); // "S Burger" confirms the "Schalk Burger" of the report
      }
    }
    Map<String, String[]> players = lineUpPlayers(bySurname, nameWords, out);
    Set<String> surnamesAdded = new HashSet<>();
    for (Single s : singles) {
      steps++;
      String key = KnownPersons.key(lastPiece(s.surface()));
      if (nameWords.contains(key) || !surnamesAdded.add(key)) {
        continue; // "Mr Putin" after "Vladimir Putin": the same person
      }
      String confirmed = bySurname.get(key);
      if (confirmed != null) {
        out.add(confirmed); // "Ms Dibaba" confirms "Tirunesh Dibaba"
        continue;
      }
      // "Lord Justice May" is a judge, "Ms King" a woman: the surname alone, not the well-known bearer
      KnownPersons.Person person = s.notTheWellKnown() ? null : known.find(key, publishedAt);
      if (person != null && !s.titled() && companyWords.contains(key)) {
        continue; // "the Mueller sale" after "Mueller Brass Co": the company, not Robert Mueller
      }
      if (person != null && (s.titled() || !person.needsTitle())) {
        out.add(person.name());
      } else if (s.titled()) {
        out.add(s.surface()); // "Lord Armstrong" and no other clue: the surname is all we know
      } else {
        surnamesAdded.remove(key); // an untitled word that named nobody: a later title may still
      }
    }
    for (String surface : bareSurnames) {
      steps++;
      String key = KnownPersons.key(lastPiece(surface));
      String candidate = bySurname.get(key);
      if (candidate != null && speakingSurnames.contains(key) && !nameWords.contains(key)) {
        out.add(candidate); // "Lleyton Hewitt" is a person: the article goes on to call him "Hewitt"
        continue;
      }
      String[] player = players.get(key);
      if (player != null && !nameWords.contains(key) && surnamesAdded.add(key)) {
        // The sentence names him by surname; the team sheet's full name, if it gives one, is the fullest.
        out.add(player.length > 1 && player[0].length() > 2 ? String.join(" ", player) : surface);
      }
    }
    for (String[] a : family) {
      steps++;
      out.add(a[0] + ' ' + a[1]);
    }
    withoutParticleSurnames(out);
    if (!organisations.isEmpty()) {
      out.removeIf(name -> organisations.contains(KnownPersons.fullKey(name)));
    }
    if (!characters.isEmpty()) {
      out.removeIf(name -> characters.contains(KnownPersons.fullKey(name)) // "symbologist Robert Langdon follows"
          || name.indexOf(' ') < 0 && namesACharacter(KnownPersons.fullKey(name)));
    }
    return new ArrayList<>(out);
  }

  /**
   * The players of the article's team sheets by surname (a surname two players share names neither).
   * A player whose full name the prose gives only with a given name we do not know ("Schalk Burger",
   * "Jerzy Dudek": a candidate) is confirmed by the sheet's "S Burger" or "Dudek" and added to {@code out}.
   */
  private Map<String, String[]> lineUpPlayers(Map<String, String> bySurname, Set<String> nameWords, Set<String> out) {
    if (lineUpNames.isEmpty()) {
      return Map.of();
    }
    Map<String, String[]> players = new HashMap<>();
    Set<String> shared = new HashSet<>();
    // A sheet that writes its players as initial + surname ("S Taylor (Scotland)") has a country or a
    // club in each one-word entry; a sheet of surnames ("Dudek, Finnan, Carragher") has players there.
    int initialled = 0;
    for (String[] a : lineUpNames) {
      initialled += a.length >= 2 && a[0].length() == 2 && a[0].charAt(1) == '.' ? 1 : 0;
    }
    boolean oneWordPlayers = lineUpNames.size() - initialled > 2 * initialled;
    for (String[] a : lineUpNames) {
      steps += a.length;
      if (a.length == 1 && !oneWordPlayers) {
        continue;
      }
      String key = KnownPersons.key(lastPiece(a[a.length - 1]));
      String candidate = bySurname.get(key);
      if (candidate != null && (a.length == 1 || candidate.charAt(0) == a[0].charAt(0))) {
        out.add(candidate);
        nameWords.add(key);
      }
      String[] before = players.putIfAbsent(key, a);
      if (before != null && !String.join(" ", before).equals(String.join(" ", a))) {
        shared.add(key);
      }
    }
    shared.forEach(players::remove);
    return players;
  }

  /** "S. Burger" for every two-word "Schalk Burger": the initialled forms that fold into a full name. */
  private Set<String> initialledForms(Collection<String[]> names) {
    Set<String> out = new HashSet<>();
    for (String[] b : names) {
      steps++;
      if (b.length == 2 && b[0].length() > 2) {
        out.add(b[0].charAt(0) + ". " + b[1]);
      }
    }
    return out;
  }

  /** Unconfirmed names by the key of their last word; a surname two of them share confirms neither. */
  private Map<String, String> candidatesBySurname(Set<String> nameWords) {
    Map<String, String> out = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (String[] c : candidates) {
      steps += c.length;
      String key = KnownPersons.key(lastPiece(c[c.length - 1]));
      String name = String.join(" ", c);
      if (nameWords.contains(key)) {
        continue;
      }
      String before = out.putIfAbsent(key, name);
      if (before != null && !before.equals(name)) {
        shared.add(key);
      }
    }
    shared.forEach(out::remove);
    return out;
  }

  /**
   * Leaves out of {@code distinct} (in the order of mention) every name whose other words are an earlier name's and
   * whose given name is a form of that name's ("Dick Darman" after "Richard Darman", "Steven Gerrard" after "Steve
   * Gerrard"). Linear: names are grouped by their words after the first, and a group is nearly always one name.
   */
  private void sameWithOtherGivenName(Map<String, String[]> distinct, GivenNameForms forms) {
    Map<String, String> firstGivenByRest = new HashMap<>();
    var it = distinct.values().iterator();
    while (it.hasNext()) {
      String[] a = it.next();
      steps++;
      if (a.length < 2 || a.length > MAX_FOLD_TARGET || a[0].length() <= 2) {
        continue; // an initial ("J. Darman") is no given name's form; a run of capitals no name
      }
      String rest = key(a, a.length, ((1 << a.length) - 1) & ~1);
      String earlier = firstGivenByRest.putIfAbsent(rest, a[0]);
      if (earlier != null && !earlier.equals(a[0]) && forms.sameGivenName(earlier, a[0])) {
        it.remove();
      }
    }
  }

  /**
   * Every shorter form that folds into one of these names: same first word, the other words a
   * subsequence ("George Bush" of "George W. Bush"). A name of n words has 2^(n-1) - 1 of them, so
   * the set is built in one pass over the names instead of comparing every pair of names (which was
   * quadratic in the mentions: one article repeating names stalled an import). Names longer than
   * {@link #MAX_FOLD_TARGET} words are runs of capitals, not names, and take no shorter forms.
   */
  private Set<String> shorterForms(Collection<String[]> names) {
    Set<String> forms = new HashSet<>();
    for (String[] b : names) {
      if (b.length < 2 || b.length > MAX_FOLD_TARGET) {
        continue;
      }
      int all = (1 << b.length) - 1;
      // Bit 0 (the first word) always kept; every other proper subset of the remaining words.
      for (int mask = 1; mask < all; mask += 2) {
        forms.add(key(b, b.length, mask));
        steps++;
      }
    }
    return forms;
  }

  private static String key(String[] words, int n, int mask) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if ((mask & (1 << i)) != 0) {
        sb.append(words[i]).append('\u0000');
      }
    }
    return sb.toString();
  }

  /**
   * A surname that opens with a particle, said alone ("von der Leyen said", "But de Clercq said", "De Keersmaeker,
   * who chaired"), is the person the article named in full ("Ursula von der Leyen", "Willy de Clercq", "Paul de
   * Keersmaeker"), whatever the particle's case: it is removed from {@code out} where a longer name ends with it
   * (session 18). So is a double surname joined by a particle ("Correia e Silva said" after "Ulisses Correia e Silva",
   * session 34). Linear in the words of the names.
   */
  private void withoutParticleSurnames(TreeSet<String> out) {
    Set<String> surnames = null;
    for (String name : out) {
      int previous = -1;
      int space = name.indexOf(' ');
      while (space >= 0) {
        steps++;
        int next = name.indexOf(' ', space + 1);
        String word = name.substring(space + 1, next < 0 ? name.length() : next).toLowerCase(Locale.ROOT);
        if (next >= 0 && NameLexicon.particle(word)) {
          if (surnames == null) {
            surnames = new HashSet<>();
          }
          surnames.add(name.substring(space + 1).toLowerCase(Locale.ROOT)); // "de clercq" of "Willy de Clercq"
          if (previous >= 0) {
            // "correia e silva" of "Ulisses Correia e Silva", "ortega y gasset" of "Jose Ortega y Gasset" (session 34)
            surnames.add(name.substring(previous + 1).toLowerCase(Locale.ROOT));
          }
        }
        previous = space;
        space = next;
      }
    }
    if (surnames != null) {
      Set<String> longer = surnames;
      out.removeIf(name -> longer.contains(name.toLowerCase(Locale.ROOT)));
    }
  }

  private static String lastPiece(String word) {
    int space = word.lastIndexOf(' ');
    String w = space < 0 ? word : word.substring(space + 1);
    int hyphen = w.lastIndexOf('-');
    return hyphen < 0 ? w : w.substring(hyphen + 1);
  }
}
