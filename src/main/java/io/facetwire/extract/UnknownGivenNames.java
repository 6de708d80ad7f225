package io.facetwire.extract;

import java.util.Set;

/**
 * A person's first given name that no list here has, before a second one that a list has: "headed by Hafsat Abubakar
 * Bakari" (session 39, news37's development half), where the run's reading drops every word before the first given
 * name it knows ("Yesterday John Smith", "Joining Vera Drake"). Kept only mid-sentence, right after a word that
 * introduces a person ("by", "said"), and only a word that is nothing else the lists know: no place, organisation, title or
 * function word.
 */
final class UnknownGivenNames {

  private UnknownGivenNames() {}

  /** Is the capitalised word at {@code k}, before a given name we know, a given name of the same person? */
  static boolean before(Tokens t, int k, NameLexicon lexicon, CountryGazetteer gazetteer) {
    if (k == 0 || t.has(k, Tokens.SENT_START) || t.has(k, Tokens.BREAK_BEFORE) || !t.has(k - 1, Tokens.PLAIN_LOWER)
        || t.has(k, Tokens.ALL_CAPS) || t.has(k, Tokens.POSSESSIVE) || t.has(k, Tokens.DIGIT)
        || t.has(k + 1, Tokens.HYPHEN_BEFORE) || t.has(k + 1, Tokens.BREAK_BEFORE) || t.text[k].length() < 3
        || !INTRODUCERS.contains(t.lower[k - 1])) {
      return false;
    }
    String w = t.lower[k];
    return !lexicon.isStopWord(w) && !lexicon.isOrganisationWord(w) && !gazetteer.isPlaceWord(w)
        && lexicon.titleKind(w) == NameLexicon.TitleKind.NONE && !lexicon.isParticle(w)
        && !(w.endsWith("s") && lexicon.titleKind(w.substring(0, w.length() - 1)) != NameLexicon.TitleKind.NONE)
        && !w.endsWith("ite"); // "by Justices William Brennan and ...", "said Blairite Alan Milburn"
  }

  /** Words after which a run of capitals is a person's whole name, not a place's or an office's words before it. */
  private static final Set<String> INTRODUCERS = Lookups.setOf("by", "said", "says", "told", "asked");
}
