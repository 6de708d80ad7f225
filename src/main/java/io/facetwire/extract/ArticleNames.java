package io.facetwire.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * What the whole article says about a capitalised word that an organisation cue points at: whether it is
 * a surname the article gives a person (right after a given name or a title: "George Bush", "Mr Yeutter",
 * "President Castro"), and whether it is capitalised somewhere other than at the start of a sentence
 * ("Presidential spokesman ..." at a sentence start is no name). Read in one pass, once per article, and
 * only when a cue asks.
 */
final class ArticleNames {

  private final Tokens t;
  private final NameLexicon lexicon;
  private Set<String> surnames;
  private Set<String> capitalisedInside;

  ArticleNames(Tokens t, NameLexicon lexicon) {
    this.t = t;
    this.lexicon = lexicon;
  }

  /** A surname of a person in this article: "bush" after "George Bush" or "President Bush". */
  boolean isSurname(String lower) {
    read();
    return surnames.contains(lower);
  }

  /** Capitalised at least once where a sentence does not start. */
  boolean isCapitalisedInside(String lower) {
    read();
    return capitalisedInside.contains(lower);
  }

  private void read() {
    if (surnames != null) {
      return;
    }
    surnames = new HashSet<>();
    capitalisedInside = new HashSet<>();
    for (int i = 0; i < t.size; i++) {
      t.steps++;
      if (!t.has(i, Tokens.CAP) || t.has(i, Tokens.SHOUT)) {
        continue;
      }
      if (!t.has(i, Tokens.SENT_START)) {
        capitalisedInside.add(t.lower[i]);
      }
      if (i > 0 && !t.has(i, Tokens.BREAK_BEFORE) && t.has(i - 1, Tokens.CAP)
          && (lexicon.isFirstName(t.lower[i - 1]) || lexicon.isPersonTitle(t.lower[i - 1]))) {
        surnames.add(t.lower[i]);
      }
    }
  }
}
