package io.facetwire.extract;

import java.util.Set;

/**
 * Finds team sheets and line-ups in an article's tokens: a sentence (up to a full stop, a colon or a
 * paragraph) that is nothing but a run of player names separated by commas, semicolons or brackets —
 * surnames or initial + surname, with shirt numbers, minutes, "(capt)" or a scorecard's "c ... b ..."
 * — such as "G Murphy; G Dempsey, B O'Driscoll, S Horgan" or "Carroll, Gary Neville, Brown, O'Shea
 * (Ronaldo 33), Keane". LABELLING.md leaves such lists out of the persons: a player the text also names
 * in a sentence is found there. A sentence listing people by their full names ("Jamie Foxx, Johnny
 * Depp, Don Cheadle") is not a line-up, nor is any sentence with a word of prose ("ministers John
 * Prescott, Gordon Brown and Jack Straw met"). Linear: each sentence is read at most twice. Immutable,
 * hence thread-safe.
 */
final class LineUps {

  /** Fewer names than this are a short list ("Booked: Rooney, Scholes, Keane"), not a team sheet alone. */
  static final int MIN_NAMES = 4;

  /** A longer run of capitalised words in one item is a title or a heading, not a player. */
  private static final int MAX_ITEM_WORDS = 4;

  /** A heading of a team sheet has at most this many words ("Subs Not Used"). */
  private static final int MAX_HEADING_WORDS = 3;

  /**
   * The only lower-case words a line-up holds: the captain, own goals and penalties, replacements,
   * and a cricket scorecard's dismissals ("c Boucher b Pollock", "lbw b Ntini", "run out", "not out").
   */
  private static final Set<String> LINE_UP_WORDS = Lookups.setOf("capt", "c", "b", "lbw", "st", "run", "out",
      "not", "og", "pen", "pens", "sub", "for", "vc", "wk", "rep", "gk");

  /**
   * Words of prose that no list of players holds even capitalised ("The Aviator, Ray, Sideways" lists
   * films). Not the whole stop-word list: "New Zealand" and "A N Other" stand in team sheets.
   */
  private static final Set<String> PROSE_WORDS = Lookups.setOf("the", "and", "but", "or", "of", "in", "on", "at",
      "to", "with", "from", "by", "as", "he", "she", "it", "they", "we", "you", "this", "that", "these", "those",
      "his", "her", "its", "their", "our", "my", "is", "was", "are", "were", "be", "has", "have", "had", "if",
      "when", "what", "who", "why", "how", "there", "here", "after", "before", "while");

  private static final int PROSE = 0;
  /** A heading ("Subs Not Used"), a number ("78,000") or one name: neither prose nor a list. */
  private static final int NEUTRAL = 1;
  /** Two or three players' names and nothing else ("Berra, Webster", "Riise 1, Nunez 113"). */
  private static final int SHORT_LIST = 2;
  private static final int LINE_UP = 3;

  private static final int NOT_AN_ITEM = -1;
  private static final int NO_NAME = 0;
  private static final int SURNAME = 1;
  private static final int FULL_NAME = 2;

  private final NameLexicon lexicon;
  private final CountryGazetteer gazetteer;

  LineUps(NameLexicon lexicon, CountryGazetteer gazetteer) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
  }

  /**
   * For each token, true if it stands in a line-up. Returns null when the article has none, which is
   * nearly always, so the common case allocates nothing. A team sheet is often several sentences: the
   * starting players, a heading ("Subs Not Used"), the replacements, the booked players, the scorers; a
   * short list of two or three names counts as part of it when no prose comes between them.
   */
  boolean[] find(Tokens t) {
    boolean[] inLineUp = null;
    int chainStart = -1; // first token of the current run of sentences that are not prose
    boolean chainHasLineUp = false;
    boolean afterSquadHeading = false;
    int i = t.titleEnd; // a headline is never a team sheet
    while (i <= t.size) {
      int end = sentenceEnd(t, i, t.size);
      int kind = i < t.size ? sentence(t, i, end, afterSquadHeading) : PROSE;
      afterSquadHeading = i < t.size && opensASquadPart(t, i, end);
      t.steps += end - i + 1;
      if (kind == PROSE) {
        if (chainHasLineUp) {
          inLineUp = mark(t, chainStart, i, inLineUp);
        }
        chainStart = -1;
        chainHasLineUp = false;
      } else {
        chainStart = chainStart < 0 ? i : chainStart;
        chainHasLineUp |= kind == LINE_UP;
      }
      i = end == i ? end + 1 : end;
    }
    return inLineUp;
  }

  /** End (exclusive) of the sentence starting at {@code i}, at most {@code limit}. */
  private static int sentenceEnd(Tokens t, int i, int limit) {
    int end = Math.min(i + 1, limit);
    while (end < limit && !t.has(end, Tokens.SENT_START)) {
      end++;
    }
    return end;
  }

  /** Marks the lists among the sentences [from, to), leaving headings and single names as they are. */
  private boolean[] mark(Tokens t, int from, int to, boolean[] inLineUp) {
    boolean[] out = inLineUp == null ? new boolean[t.size] : inLineUp;
    int i = from;
    boolean afterSquadHeading = false;
    while (i < to) {
      int end = sentenceEnd(t, i, to);
      int kind = sentence(t, i, end, afterSquadHeading);
      afterSquadHeading = opensASquadPart(t, i, end);
      for (int k = i; k < end && (kind == LINE_UP || kind == SHORT_LIST); k++) {
        out[k] = true;
      }
      t.steps += end - i;
      i = end;
    }
    return out;
  }

  /**
   * What the sentence [from, to) is: a line-up, a short list of players, a heading, or prose. After a
   * squad's heading ("Forwards:", "Backs:") a list of full names is the squad, not a list of people.
   */
  private int sentence(Tokens t, int from, int to, boolean afterSquadHeading) {
    int names = 0;
    int fullNames = 0;
    int itemStart = from;
    for (int k = from + 1; k <= to; k++) {
      if (k == to || t.has(k, Tokens.BREAK_BEFORE)) {
        int kind = item(t, itemStart, k);
        if (kind == NOT_AN_ITEM && k == to && names >= MIN_NAMES + 2 && fullNames * 2 < names) {
          return LINE_UP; // a long sheet that ends in a remark: "..., S Parisse (Italy), Others to be added."
        }
        if (kind == NOT_AN_ITEM) {
          return isHeading(t, from, to) ? NEUTRAL : PROSE;
        }
        names += kind == NO_NAME ? 0 : 1;
        fullNames += kind == FULL_NAME ? 1 : 0;
        itemStart = k;
      }
    }
    if (names <= 1) {
      return NEUTRAL;
    }
    // Players are listed by surname or initial: mostly full names means a list of people, not a team, unless
    // a squad's heading opens it or it marks its captain ("Fabien Pelous (Stade Toulousain, capt)").
    if (fullNames * 2 >= names) {
      return (afterSquadHeading || marksItsCaptain(t, from, to) || marksASubstitute(t, from, to)) && names >= MIN_NAMES
          ? LINE_UP : PROSE;
    }
    return names >= MIN_NAMES ? LINE_UP : SHORT_LIST;
  }

  /**
   * A word of the sentence [from, to) is "capt". Asked only of a list of full names: nearly every sentence is prose and
   * is told so by its first item, and this test on every word before that was a string comparison per token.
   */
  private static boolean marksItsCaptain(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.lower[k].equals("capt")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A bracket holding a name and a minute, the replacement and when he came on: "Fabinho (Ronaldo Henrique, 70')"
   * (session 44, news39's development half: a Brazilian side listed by full names). A film's year is no minute
   * ("Jamie Foxx (Ray, 2004)"). Asked only of a list of full names, as {@link #marksItsCaptain} is.
   */
  private static boolean marksASubstitute(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!t.has(k, Tokens.BRACKET_BEFORE) || !t.has(k, Tokens.CAP)) {
        continue;
      }
      for (int j = k + 1; j < to && j <= k + 5; j++) {
        if (t.has(j, Tokens.BRACKET_BEFORE)) {
          break;
        }
        if (t.has(j, Tokens.DIGIT) && t.has(j, Tokens.BREAK_BEFORE)) {
          String minute = t.text[j];
          if (minute.length() <= 3 && minute.chars().allMatch(Character::isDigit) && Integer.parseInt(minute) <= 130) {
            return true;
          }
          break;
        }
      }
    }
    return false;
  }

  /** What the item [from, to) of a list is: a player's surname, a full name, only numbers, or prose. */
  private int item(Tokens t, int from, int to) {
    int run = 0;
    int capitalised = 0;
    int places = 0;
    int firstCap = -1;
    // A bracket after a player holds his club and his part in the side: "(The Borders)", "(captain, Glasgow Rugby)".
    boolean bracketed = t.has(from, Tokens.BRACKET_BEFORE);
    for (int k = from; k < to; k++) {
      String lower = t.lower[k];
      if (t.has(k, Tokens.SHOUT)) {
        return NOT_AN_ITEM; // a wire headline or table in capitals
      }
      if (t.has(k, Tokens.DIGIT)) {
        run = 0; // a shirt number, a minute, a score
      } else if (bracketed && (k == from && lower.equals("the") && k + 1 < to
          || CAPTAIN_WORDS.contains(lower) && !t.has(k, Tokens.CAP))) {
        run = 0; // a club's name ("The Borders") or the captain: no word of prose
      } else if (t.has(k, Tokens.CAP)) {
        if (PROSE_WORDS.contains(lower) || ++run > MAX_ITEM_WORDS) {
          return NOT_AN_ITEM; // "The", "And", a long title: prose or a heading
        }
        firstCap = firstCap < 0 ? k : firstCap;
        capitalised++;
        places += gazetteer.isPlaceWord(lower) ? 1 : 0;
      } else if (LINE_UP_WORDS.contains(lower) || lexicon.isParticle(lower)) {
        run = 0;
      } else {
        return NOT_AN_ITEM; // a word of prose
      }
    }
    if (capitalised == places) {
      return NO_NAME; // numbers, or the country or town in brackets after a name: "(Canada)", "(Leicester)"
    }
    boolean fullName = capitalised >= 2 && t.text[firstCap].length() > 1 && lexicon.isFirstName(t.lower[firstCap]);
    return fullName ? FULL_NAME : SURNAME;
  }

  /** Headings of a squad's parts: "Forwards: Nicolas Mas, Sylvain Marconnet, ...". */
  private static final Set<String> SQUAD_HEADINGS = Lookups.setOf("forwards", "backs", "replacements", "subs",
      "substitutes", "squad", "goalkeepers", "defenders", "midfielders", "strikers", "reserves");

  /** The captain named in the bracket after a player: "(captain, Glasgow Rugby)", "(vice-captain)". */
  private static final Set<String> CAPTAIN_WORDS = Lookups.setOf("captain", "capt", "vice", "co");

  /**
   * The sentence [from, to) opens a part of a squad: it is a squad's heading ("Forwards:"), or a list whose last
   * item is the next part's heading, run on where a paragraph was lost ("..., Simon Webster (Edinburgh Rugby)
   * Forwards: Ross Beattie (Northampton Saints), ...").
   */
  private static boolean opensASquadPart(Tokens t, int from, int to) {
    int last = to - 1;
    return isSquadHeading(t, from, to) || last > from && SQUAD_HEADINGS.contains(t.lower[last])
        && t.has(last, Tokens.CAP) && t.has(last, Tokens.BREAK_BEFORE) && !t.has(last, Tokens.SHOUT);
  }

  /** The sentence [from, to) is a squad's heading: a few capitalised words, the last one of them a part of it. */
  private static boolean isSquadHeading(Tokens t, int from, int to) {
    return isHeading(t, from, to) && SQUAD_HEADINGS.contains(t.lower[to - 1]);
  }

  /** A few capitalised words and nothing else: a heading of a team sheet ("Subs Not Used"). */
  private static boolean isHeading(Tokens t, int from, int to) {
    if (to - from > MAX_HEADING_WORDS) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!t.has(k, Tokens.CAP) || t.has(k, Tokens.SHOUT)) {
        return false;
      }
    }
    return true;
  }
}
