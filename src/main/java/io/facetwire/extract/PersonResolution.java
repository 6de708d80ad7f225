package io.facetwire.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The person mentions of one article ({@link PersonMentions}), turned into one value per person: full names, with
 * shorter forms folded into longer ones ("George Bush" into "George W. Bush", "Pedro Pierluisi" into "Pedro R.
 * Pierluisi Urrutia"; {@link FullNameFolding}), and one-word mentions that are not part of a full name resolved
 * through the known persons or, after an honorific or office, kept as the surname. Not thread-safe: one per call.
 */
final class PersonResolution {

  private final PersonMentions mentions;
  /** A common given name ("William"): said alone after a title, a royal's or a pope's name, no surname. */
  private final java.util.function.Predicate<String> commonGivenName;
  private final FullNameFolding folding = new FullNameFolding();
  private long steps;

  PersonResolution(PersonMentions mentions, java.util.function.Predicate<String> commonGivenName) {
    this.mentions = mentions;
    this.commonGivenName = commonGivenName;
  }

  /** Comparable units of work done by {@link #resolve}: for the test that proves it linear. */
  long steps() {
    return steps + folding.steps();
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
    for (String[] c : mentions.commaJoinedFirmNames == null ? List.<String[]>of() : mentions.spokenCandidates) {
      if (c.length == 2
          && mentions.commaJoinedFirmNames.contains(KnownPersons.key(c[0]) + " " + KnownPersons.key(c[1]))) {
        mentions.full.removeIf(a -> a == c); // this very mention, not a person named alike elsewhere
      }
    }
    for (String[] a : mentions.full) {
      distinct.putIfAbsent(String.join(" ", a), a);
      steps += a.length;
    }
    folding.sameWithOtherGivenName(distinct, forms);
    Set<String> foldTargets = folding.shorterForms(distinct.values());
    Set<String> initialled = folding.initialledForms(distinct.values());
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
      if (a.length >= FullNameFolding.MAX_FOLD_TARGET
          || !foldTargets.contains(FullNameFolding.key(a, a.length, (1 << a.length) - 1))) {
        out.add(e.getKey());
      }
      for (int k = 0; k < a.length; k++) {
        for (String piece : a[k].split("-")) {
          nameWords.add(KnownPersons.key(piece));
          steps++;
        }
      }
    }
    for (String[] a : mentions.quietInitialled) {
      steps++;
      String candidate = bySurname.get(KnownPersons.key(PersonMentions.lastPiece(a[a.length - 1])));
      if (candidate != null && candidate.charAt(0) == a[0].charAt(0)) {
        out.add(candidate); // "S Burger" confirms the "Schalk Burger" of the report
      }
    }
    Map<String, String[]> players = lineUpPlayers(bySurname, nameWords, out);
    Set<String> surnamesAdded = new HashSet<>();
    for (PersonMentions.Single s : mentions.singles) {
      steps++;
      String key = KnownPersons.key(PersonMentions.lastPiece(s.surface()));
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
      if (person != null && !s.titled() && mentions.companyWords.contains(key)) {
        continue; // "the Mueller sale" after "Mueller Brass Co": the company, not Robert Mueller
      }
      if (person != null && (s.titled() || !person.needsTitle())) {
        out.add(person.name());
      } else if (s.titled() && !mentions.companyWords.contains(key)) {
        // "Lord Armstrong" and no other clue: the surname is all we know; but "King Soopers" after "its King Soopers
        // Supermarkets division" is the firm again (session 48)
        out.add(s.surface());
      } else {
        surnamesAdded.remove(key); // an untitled word that named nobody: a later title may still
      }
    }
    for (String surface : mentions.bareSurnames) {
      steps++;
      String key = KnownPersons.key(PersonMentions.lastPiece(surface));
      String candidate = bySurname.get(key);
      if (candidate != null && mentions.speakingSurnames.contains(key) && !nameWords.contains(key)) {
        out.add(candidate); // "Lleyton Hewitt" is a person: the article goes on to call him "Hewitt"
        continue;
      }
      String[] player = players.get(key);
      if (player != null && !nameWords.contains(key) && surnamesAdded.add(key)) {
        // The sentence names him by surname; the team sheet's full name, if it gives one, is the fullest.
        out.add(player.length > 1 && player[0].length() > 2 ? String.join(" ", player) : surface);
      }
    }
    for (String[] a : mentions.family) {
      steps++;
      out.add(a[0] + ' ' + a[1]);
    }
    for (String[] a : mentions.initialledNamesToConfirm()) {
      steps++;
      String key = KnownPersons.key(PersonMentions.lastPiece(a[a.length - 1]));
      if (mentions.isDescribed(key) && !nameWords.contains(key)) {
        out.add(String.join(" ", a)); // "succeeding M.S. Swaminathan ... Swaminathan, who has headed IRRI"
      }
    }
    for (String[] c : mentions.candidates) {
      steps += c.length;
      if (c.length >= 2 && known.mayEndAWholeName(c[c.length - 1])
          && !nameWords.contains(KnownPersons.key(PersonMentions.lastPiece(c[c.length - 1])))) {
        String name = String.join(" ", c);
        if (known.knowsWholeName(name)) {
          out.add(known.spelling(name)); // "Barber Conable is finding": a well-known person's whole name needs no cue
        }
      }
    }
    withoutParticleSurnames(out);
    withoutReversedNames(out);
    steps += SurnameSpellings.withoutVariants(out, commonGivenName);
    if (!mentions.organisations.isEmpty()) {
      out.removeIf(name -> mentions.organisations.contains(KnownPersons.fullKey(name)));
    }
    if (!mentions.characters.isEmpty()) {
      // "symbologist Robert Langdon follows"
      out.removeIf(name -> mentions.characters.contains(KnownPersons.fullKey(name))
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
    if (mentions.lineUpNames.isEmpty()) {
      return Map.of();
    }
    Map<String, String[]> players = new HashMap<>();
    Set<String> shared = new HashSet<>();
    // A sheet that writes its players as initial + surname ("S Taylor (Scotland)") has a country or a
    // club in each one-word entry; a sheet of surnames ("Dudek, Finnan, Carragher") has players there.
    int initialled = 0;
    for (String[] a : mentions.lineUpNames) {
      initialled += a.length >= 2 && a[0].length() == 2 && a[0].charAt(1) == '.' ? 1 : 0;
    }
    boolean oneWordPlayers = mentions.lineUpNames.size() - initialled > 2 * initialled;
    for (String[] a : mentions.lineUpNames) {
      steps += a.length;
      if (a.length == 1 && !oneWordPlayers) {
        continue;
      }
      String key = KnownPersons.key(PersonMentions.lastPiece(a[a.length - 1]));
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

  /** Unconfirmed names by the key of their last word; a surname two of them share confirms neither. */
  private Map<String, String> candidatesBySurname(Set<String> nameWords) {
    Map<String, String> out = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (String[] c : mentions.candidates) {
      steps += c.length;
      String key = KnownPersons.key(PersonMentions.lastPiece(c[c.length - 1]));
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
   * "Hai Liu" and "Liu Hai" in one story, a Chinese, Japanese or Korean name written in both orders (a paper's author
   * list and its quotes): one person, kept in the form that sorts first (session 46, news41's development half). Two
   * people whose two names are each other's reversed are not found in one story.
   */
  private void withoutReversedNames(TreeSet<String> out) {
    if (out.size() < 2) {
      return;
    }
    if (out.size() > PAIRWISE_UP_TO) {
      withoutReversedNamesBySet(out); // a long list of names: one pass with a set keeps the work linear
      return;
    }
    List<String> reversedOnes = null; // most stories have none: nothing is made unless one is found
    for (String name : out) {
      int space = twoWordSpace(name);
      if (space < 0) {
        continue;
      }
      for (String other : out) {
        steps++;
        int otherSpace = twoWordSpace(other);
        if (otherSpace >= 0 && other != name && isReversed(name, space, other, otherSpace)
            && name.compareToIgnoreCase(other) > 0) {
          if (reversedOnes == null) {
            reversedOnes = new ArrayList<>(1);
          }
          reversedOnes.add(name);
          break;
        }
      }
    }
    if (reversedOnes != null) {
      reversedOnes.forEach(out::remove);
    }
  }

  /** Up to this many names the pairs are compared in place, with nothing allocated. */
  private static final int PAIRWISE_UP_TO = 16;

  /** Where the one space of a two-word name is; -1 for any other name. */
  private static int twoWordSpace(String name) {
    int space = name.indexOf(' ');
    return space > 0 && name.indexOf(' ', space + 1) < 0 ? space : -1;
  }

  /** "Hai Liu" and "Liu Hai": each one's first word is the other's second, in any case. */
  private static boolean isReversed(String a, int aSpace, String b, int bSpace) {
    int aSecond = a.length() - aSpace - 1;
    int bSecond = b.length() - bSpace - 1;
    return aSpace == bSecond && aSecond == bSpace && a.regionMatches(true, 0, b, bSpace + 1, aSpace)
        && a.regionMatches(true, aSpace + 1, b, 0, bSpace);
  }

  private void withoutReversedNamesBySet(TreeSet<String> out) {
    Set<String> twoWords = new HashSet<>();
    for (String name : out) {
      steps++;
      if (twoWordSpace(name) > 0) {
        twoWords.add(name.toLowerCase(Locale.ROOT));
      }
    }
    out.removeIf(name -> {
      int space = twoWordSpace(name);
      if (space < 0) {
        return false;
      }
      String reversed = (name.substring(space + 1) + ' ' + name.substring(0, space)).toLowerCase(Locale.ROOT);
      return twoWords.contains(reversed) && reversed.compareTo(name.toLowerCase(Locale.ROOT)) < 0;
    });
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

  /**
   * One word of a character's name, alone, is that character too: "Her Detective Oh is underpaid" after "Detective Oh
   * Mi-ran (Yang Hye-rin)" (the name as the run gave it, its title too; a Korean name family name first; session 37,
   * news37's film review).
   */
  private boolean namesACharacter(String word) {
    for (String character : mentions.characters) {
      if (character.startsWith(word + ' ') || character.endsWith(' ' + word) || character.contains(' ' + word + ' ')) {
        return true;
      }
    }
    return false;
  }
}
