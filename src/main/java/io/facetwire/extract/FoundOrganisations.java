package io.facetwire.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the organisation recogniser has found in one article so far, and how it becomes the article's
 * values at the end: clubs only in a story about sport, an acronym only where the article defines it
 * (or a cue says it is an organisation), and a name found only by a cue ("Henley") not beside the fuller
 * name it starts ("Henley Group Inc"). Per call, never shared.
 */
final class FoundOrganisations {

  final TreeSet<String> names = new TreeSet<>();
  final TreeSet<String> clubs = new TreeSet<>();
  /** Known names met only before another name ("RBS Six Nations"): sponsors' names in a story about sport. */
  final TreeSet<String> sponsors = new TreeSet<>();
  /** Names found only because a cue pointed at them ("shares in Sendo") or the mined list has them. */
  final TreeSet<String> cued = new TreeSet<>();
  /** Acronym (lower case) to the name it was defined for: "International Tin Council (ITC)". */
  final Map<String, String> acronyms = new HashMap<>();
  /** Another state's namesakes of listed bodies found ("Kenyan Electoral Commission"): whole names, as known ones. */
  final java.util.Set<String> namesakes = new java.util.HashSet<>();
  /** Acronyms met with no definition before them, lower case: resolved at the end. */
  final List<String> bareAcronyms = new ArrayList<>();
  /** Acronyms a cue pointed at ("shares in BHP"), as written. */
  final List<String> cuedAcronyms = new ArrayList<>();
  final ArticleNames article;
  /** The last token of the last mined name found, -1 before any. */
  int minedEnd = -1;

  /** Whether an ambiguous acronym's body has its context words in this article, per body: one scan each. */
  private final Map<OrganisationGazetteer.Organisation, Boolean> acronymFits = new java.util.IdentityHashMap<>();

  FoundOrganisations(Tokens t, NameLexicon lexicon) {
    this.article = new ArticleNames(t, lexicon);
  }

  /** {@link OrganisationGazetteer.Organisation#acronymFits}, remembered for the article. */
  boolean acronymFits(OrganisationGazetteer.Organisation org, Tokens t) {
    return acronymFits.computeIfAbsent(org, o -> o.acronymFits(t));
  }

  void defineAcronym(String lowerAcronym, String name) {
    acronyms.putIfAbsent(lowerAcronym, name);
  }

  List<String> values(Tokens t) {
    boolean sport = (!clubs.isEmpty() || !sponsors.isEmpty()) && OrganisationContext.aboutSport(t);
    if (sport) {
      names.addAll(clubs);
    } else {
      names.addAll(sponsors);
    }
    t.steps += bareAcronyms.size() + cuedAcronyms.size();
    for (String a : bareAcronyms) {
      String name = acronyms.get(a);
      if (name != null) {
        names.add(name);
      }
    }
    for (String a : cuedAcronyms) {
      names.add(acronyms.getOrDefault(a.toLowerCase(java.util.Locale.ROOT), a));
    }
    for (String c : cued) {
      // A short form a cue found beside the fuller name: "Henley shares" and "Henley Group Inc".
      String longer = names.higher(c + " ");
      if (!(longer != null && longer.startsWith(c + " ")) && !names.contains(c)) {
        names.add(c);
      }
    }
    return List.copyOf(names);
  }
}
