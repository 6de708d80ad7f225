package io.facetwire.extract;

/**
 * Titles that are given names too: "Earl" is a peer's title ("the Earl of Derby", "the Earl Spencer") and a common
 * given name in American news ("analyst Earl Johnson said", "Earl Takefman"); "Sultan" is a ruler's title ("Sultan
 * Haitham bin Tariq") and a given name before the family's "al-" ("the UAE's Sultan al-Neyadi", a father's in "Zaid
 * bin Sultan al-Nahayan"). Read as a title, the word is cut off the name after it ("Earl | Johnson", a Mr Johnson);
 * read as a given name, it is the name's ("Earl Johnson"). Each needs a name to go on after the word, and a condition
 * of its own, for each is the title elsewhere. A title becomes a given name by a line in {@link #TITLES}, with the
 * case that showed it. Stateless.
 */
final class TitlesAsGivenNames {

  private TitlesAsGivenNames() {}

  /**
   * A title that is a given name where a name goes on after it.
   *
   * @param title the title's word, in lower case
   * @param atHeadOnly a given name only as the run's first word, written as a name and not right after "the" in the
   *     same sentence ("the Earl Spencer" is the title); else anywhere in the run
   * @param nextWord the word that must follow it (lower case), or null for any part of a name
   */
  private record Title(String title, boolean atHeadOnly, String nextWord) {}

  /** An array, not a list: walked for every title word of every run, with no iterator to make. */
  private static final Title[] TITLES = {
    // "analyst Earl Johnson said" (session 35, test32)
    new Title("earl", true, null),
    // "Sultan al-Neyadi", "Zaid bin Sultan al-Nahayan" (session 34)
    new Title("sultan", false, "al"),
  };

  /** The title at token {@code k} of the run [from, to] is a given name there, not a title. */
  static boolean at(Tokens t, int k, int from, int to) {
    if (k >= to) {
      return false; // the run's last word is read as any title there is: "John Earl" has the surname Earl
    }
    String w = t.lower[k];
    for (Title title : TITLES) {
      if (title.title().equals(w)) {
        return (!title.atHeadOnly() || k == from && writtenAsAName(t, k) && !afterThe(t, k))
            && (title.nextWord() == null || title.nextWord().equals(t.lower[k + 1])
                || gluedArticle(t.text[k + 1], title.nextWord()));
      }
    }
    return false;
  }

  /**
   * The article written glued to the family name it opens: "AlNeyadi" for "al-Neyadi" (the UAE's own spelling, session
   * 37, news37: "Hazzaa AlMansoori and Sultan AlNeyadi").
   */
  private static boolean gluedArticle(String next, String article) {
    int n = article.length();
    return next.length() > n + 1 && next.regionMatches(true, 0, article, 0, n) && Character.isUpperCase(next.charAt(0))
        && Character.isUpperCase(next.charAt(n));
  }

  private static boolean writtenAsAName(Tokens t, int k) {
    return t.has(k, Tokens.CAP) && !t.has(k, Tokens.SHOUT);
  }

  /** "the Earl Spencer", "the Earl of Derby": "the" right before the word, with no punctuation between. */
  private static boolean afterThe(Tokens t, int k) {
    return k > 0 && !t.has(k, Tokens.BREAK_BEFORE) && "the".equals(t.lower[k - 1]);
  }
}
