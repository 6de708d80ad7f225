package io.facetwire.extract;

import java.util.Set;

/**
 * Whether a state's central organ named alone acts in the story, which makes it name its state (LABELLING.md's organ
 * rule, session 20): "the FCC said", "the Senate approved", "Federal Reserve Board chairman Paul Volcker said", "a NASA
 * contract", "approved by the FDA", "submitted ... to the SEC for approval", "told the Senate Judiciary Committee"; not
 * a routine filing ("in a filing with the SEC") or a former job. Its words are the organ sections of
 * {@code country-context.txt}; a capital standing for its government ({@link CountryContext#standsForGovernment}) is
 * asked first, since an organ acts as a capital does. Split out of {@link CountryContext} in session 39. Immutable.
 */
final class OrganActs {

  private final CountryContext capitals;
  private final Set<String> afterOrgan;
  private final Set<String> organActsNamed;
  private final Set<String> afterAgentOrgan;
  private final Set<String> notActsAfterOrgan;
  private final Set<String> officerAfterAWord;
  private final Set<String> decisionsAsked;
  private final Set<String> applications;
  private final Set<String> hearingBodies;
  private final Set<String> witnessVerbs;

  /** The sections in the order {@link CountryContext#loadDefault} reads them, from {@code [after organ]} on. */
  OrganActs(CountryContext capitals, Set<String>[] sections) {
    this.capitals = capitals;
    this.afterOrgan = Lookups.set(sections[0]);
    this.organActsNamed = Lookups.set(sections[1]);
    this.afterAgentOrgan = Lookups.set(sections[2]);
    this.notActsAfterOrgan = Lookups.set(sections[3]);
    this.officerAfterAWord = Lookups.set(sections[4]);
    this.decisionsAsked = Lookups.set(sections[5]);
    this.applications = Lookups.set(sections[6]);
    this.hearingBodies = Lookups.set(sections[7]);
    this.witnessVerbs = Lookups.set(sections[8]);
  }

  /**
   * Tokens [start, end) are a state's central organ named alone: does the story tell what it does? As a capital does
   * ("the FCC said", "the Senate approved"), or through its officer or its act named right after it, in any case:
   * "Federal Reserve Board chairman Paul Volcker said", "Home Office Minister Hazel Blears", "a NASA contract", "the
   * FCC's ruling" (LABELLING.md, session 20's organ rule as its labeller's pass of session 21 read it).
   */
  boolean acts(Tokens t, int start, int end) {
    if (capitals.standsForGovernment(t, start, end) || actedOnBy(t, start, end) || signsTheHeadline(t, start, end)
        || askedToDecide(t, start, end) || holdsAHearing(t, start, end)) {
      return true;
    }
    if (end < t.size && !t.has(end, Tokens.BREAK_BEFORE) && afterOrgan.contains(t.lower[end])) {
      return true;
    }
    if (end + 1 < t.size && !t.has(end, Tokens.BREAK_BEFORE) && !t.has(end + 1, Tokens.BREAK_BEFORE)
        && MODALS.contains(t.lower[end]) && t.has(end + 1, Tokens.PLAIN_LOWER) && !objectOfPreposition(t, start)) {
      // what it must, should or will do: "the CFTC must clarify", "the Fed will ease" (session 44, test41); not a
      // clause that only ends with the organ ("the report filed with the SEC will show")
      return true;
    }
    if (end + 1 < t.size && !t.has(end, Tokens.BREAK_BEFORE) && !t.has(end + 1, Tokens.BREAK_BEFORE)
        && !t.has(end, Tokens.DIGIT) && !t.has(end, Tokens.POSSESSIVE) && !afterAgentOrgan.contains(t.lower[end])
        && officerAfterAWord.contains(t.lower[end + 1])) {
      // "Senate majority leader Robert Byrd", "White House communications director", "a Pentagon budget official"; the
      // word between is no joint or preposition ("the White House and officials of the Fed": two bodies)
      return true;
    }
    int afterSeat = afterItsSeat(t, end);
    if (afterSeat > end && capitals.actsAfterCapital(t.lower[afterSeat])) {
      return true; // "the Federal Home Loan Bank Board in Washington said it approved"
    }
    int next = afterBracketedShortName(t, end);
    if (next > end && next < t.size && (capitals.actsAfterCapital(t.lower[next]) || afterOrgan.contains(t.lower[next]))) {
      return true; // "The Environmental Protection Agency (EPA) announced"
    }
    return !objectOfPreposition(t, start) && actsInPastTense(t, next, next > end);
  }

  /**
   * An organ asked for a decision, which LABELLING.md's organ rule counts as the organ acting (a routine filing does
   * not): "submitted the changes to the Securities and Exchange Commission and the Commodity Futures Trading
   * Commission for approval", "amending its application with the Department of Transportation", "the Federal Trade
   * Commission had no objection" (session 38: four US stories of test30–35 missed their country so). "For approval"
   * is looked for in the organ's clause (a second organ may stand between), an objection right after it, and the
   * application, petition or request right before "with", "to" or "before" it.
   */
  private boolean askedToDecide(Tokens t, int start, int end) {
    for (int k = end; k < t.size && k < end + 8 && !t.has(k, Tokens.BREAK_BEFORE); k++) {
      t.steps++;
      if (k <= end + 2 && OBJECTIONS.contains(t.lower[k])) {
        return true;
      }
      int asked = k + 1 < t.size && OWNERS.contains(t.lower[k + 1]) ? k + 2 : k + 1;
      if ("for".equals(t.lower[k]) && asked < t.size && !t.has(k + 1, Tokens.BREAK_BEFORE)
          && !t.has(asked, Tokens.BREAK_BEFORE) && decisionsAsked.contains(t.lower[asked])) {
        return true;
      }
    }
    int prev = wordBeforeOrgan(t, start);
    if (prev >= 0 && ASKING.contains(t.lower[prev]) && end + 1 < t.size && !t.has(end, Tokens.BREAK_BEFORE)
        && ("to".equals(t.lower[end]) && t.has(end + 1, Tokens.PLAIN_LOWER)
            || "for".equals(t.lower[end]) && !"comment".equals(t.lower[end + 1]))) {
      return true; // "asked the Department of Transportation to review the agreement", "urged the Fed to ease"
    }
    return prev >= 1 && !t.has(prev, Tokens.BREAK_BEFORE) && ADDRESSED_TO.contains(t.lower[prev])
        && applications.contains(t.lower[prev - 1]);
  }

  /** Verbs that ask the organ after them to act: "asked the SEC to", "petitioned the ICC for" (session 45, test42). */
  private static final Set<String> ASKING = Lookups.setOf("asked", "asks", "ask", "asking", "urged", "urges", "urge",
      "urging", "petitioned", "petitions", "petition", "requested", "requests", "request");

  /**
   * A committee told something by a witness, or testified before, is holding a hearing, which LABELLING.md's organ rule
   * counts as the organ acting: "Weihenmayer told the Senate Judiciary Committee", "testifying before the House Rules
   * Committee" (session 39: test36's missed United States). Only a committee or a panel: "told the SEC" is a filing's
   * words.
   */
  private boolean holdsAHearing(Tokens t, int start, int end) {
    if (!hearingBodies.contains(t.lower[end - 1])) {
      return false;
    }
    int prev = wordBeforeOrgan(t, start);
    if (prev < 0) {
      return false;
    }
    if ("told".equals(t.lower[prev])) {
      return true;
    }
    return "before".equals(t.lower[prev]) && prev >= 1 && !t.has(prev, Tokens.BREAK_BEFORE)
        && witnessVerbs.contains(t.lower[prev - 1]);
  }


  /** The word right before the organ at {@code start}, past an optional "the", in the same clause; else -1. */
  private static int wordBeforeOrgan(Tokens t, int start) {
    int prev = start - 1;
    if (prev >= 0 && !t.has(start, Tokens.BREAK_BEFORE) && "the".equals(t.lower[prev])) {
      prev--;
    }
    return prev < 0 || t.has(prev + 1, Tokens.BREAK_BEFORE) ? -1 : prev;
  }

  private static final Set<String> MODALS = Lookups.setOf("will", "would", "must", "should", "could", "can", "may",
      "might", "shall");
  private static final Set<String> OWNERS = Lookups.setOf("its", "their", "his", "her");
  private static final Set<String> OBJECTIONS = Lookups.setOf("objection", "objections");
  private static final Set<String> ADDRESSED_TO = Lookups.setOf("with", "to", "before");

  /**
   * The organ whose report the story is, set off at the end of the headline by a dash or a bracket ("PEORIA HOGS UP
   * 1.00 DLR - USDA", "... FEED-WHOLESALE PRICES (USDA)"): the wire's way of saying who issued it (session 32: 30 of the corpus's 68 such USDA
   * reports had no country, though every labelled one, in seven parts, names the United States).
   */
  private static boolean signsTheHeadline(Tokens t, int start, int end) {
    return end == t.titleEnd && start > 0 && t.has(start, Tokens.BREAK_BEFORE);
  }

  /**
   * "in Washington" (one or two capitalised words) right after an organ: returns the token after the place, where the
   * organ's verb stands, or {@code end}.
   */
  private static int afterItsSeat(Tokens t, int end) {
    int k = end;
    if (k + 2 >= t.size || t.has(k, Tokens.BREAK_BEFORE) || !"in".equals(t.lower[k]) || !t.has(k + 1, Tokens.CAP)
        || t.has(k + 1, Tokens.BREAK_BEFORE)) {
      return end;
    }
    k += 2;
    if (k < t.size && t.has(k, Tokens.CAP) && !t.has(k, Tokens.BREAK_BEFORE)) {
      k++;
    }
    return k < t.size && !t.has(k, Tokens.BREAK_BEFORE) ? k : end;
  }

  /**
   * The organ's own short name in brackets right after it ("the National Labor Relations Board (NLRB) said") is
   * skipped: the words after it tell what the organ does. Returns the token after the bracket, or {@code end}.
   */
  private static int afterBracketedShortName(Tokens t, int end) {
    int next = end + 1;
    return next < t.size && t.has(end, Tokens.BRACKET_BEFORE) && t.has(end, Tokens.ALL_CAPS)
        && t.has(next, Tokens.BREAK_BEFORE) ? next : end;
  }

  /**
   * The organ at {@code start} ends a phrase opened by a preposition ("in a filing with the SEC compared the results"):
   * a verb after it belongs to the sentence's subject, not to the organ. Not "for" or "of": "a spokesman for the Home
   * Office defended" and "officials of the Fed said" speak for it (LABELLING.md).
   */
  private static boolean objectOfPreposition(Tokens t, int start) {
    int prev = start - 1;
    if (prev >= 0 && !t.has(start, Tokens.BREAK_BEFORE) && "the".equals(t.lower[prev])) {
      prev--;
    }
    return prev >= 0 && !t.has(prev + 1, Tokens.BREAK_BEFORE) && PREPOSITIONS.contains(t.lower[prev]);
  }

  private static final Set<String> PREPOSITIONS =
      Set.of("with", "to", "in", "at", "from", "on", "under", "into", "before", "against", "about");

  /**
   * A verb in the past tense right after an organ, or after one adverb, tells what it did: "the House Armed Services
   * Committee slashed", "the Senate unanimously approved", "the Federal Reserve entered the market" (test27 and the
   * opened parts, where the labellers read every such organ as its state acting). A participle that describes
   * something else ("banks regulated by", "a loan guaranteed by") is not an act of the organ before it.
   */
  private boolean actsInPastTense(Tokens t, int i, boolean afterBracket) {
    if (i < t.size && (afterBracket || !t.has(i, Tokens.BREAK_BEFORE)) && t.has(i, Tokens.PLAIN_LOWER) && t.lower[i].endsWith("ly")
        && i + 1 < t.size && !t.has(i + 1, Tokens.BREAK_BEFORE)) {
      i++; // "unanimously approved"
      afterBracket = false;
    }
    if (i >= t.size || t.has(i, Tokens.BREAK_BEFORE) && !afterBracket || t.has(i, Tokens.HYPHEN_BEFORE) || !t.has(i, Tokens.PLAIN_LOWER)) {
      return false;
    }
    String word = t.lower[i];
    return word.length() > 4 && word.endsWith("ed") && !notActsAfterOrgan.contains(word);
  }

  /**
   * The organ at {@code start} is the agent of what comes before it: "changes by the USDA", "approved by the FDA",
   * or the maker of an act named before it with "of" or "from" ("subject to approval of the Federal Reserve Board",
   * "a ruling from the ICC": {@code [organ's act before of]}). Not an officer's job ("chairman of the Federal Reserve
   * Board" names a person's post, read by {@code [after organ]} only when the title comes first and the person acts),
   * nor an organ that modifies a noun after "by" ("covered by the Commons constituency"): after "by" the organ must
   * end its phrase, at punctuation or before a word of {@code [after an organ after by]}.
   */
  private boolean actedOnBy(Tokens t, int start, int end) {
    int prev = wordBeforeOrgan(t, start);
    if (prev < 0) {
      return false;
    }
    String word = t.lower[prev];
    if ("by".equals(word)) {
      return end >= t.size || t.has(end, Tokens.BREAK_BEFORE) || afterAgentOrgan.contains(t.lower[end]);
    }
    return ("of".equals(word) || "from".equals(word)) && prev >= 1 && !t.has(prev, Tokens.BREAK_BEFORE)
        && (organActsNamed.contains(t.lower[prev - 1]) || actInAList(t, prev - 1));
  }

  /**
   * The act named first in a list of one-word nouns that ends at {@code last}: "subject to obtaining approvals, waivers
   * and forbearances from the Federal Home Loan Bank Board" (session 45, test42). Each noun after the first follows a
   * comma or "and"/"or", in the same sentence.
   */
  private boolean actInAList(Tokens t, int last) {
    for (int k = last; k > 0 && k > last - 6; k--) {
      t.steps++;
      boolean joint = JOINTS.contains(t.lower[k]);
      if (!t.has(k, Tokens.PLAIN_LOWER) || t.has(k, Tokens.SENT_START) || t.has(k, Tokens.BRACKET_BEFORE)
          || t.has(k, Tokens.QUOTE_BEFORE) || !joint && !t.has(k, Tokens.BREAK_BEFORE) && !JOINTS.contains(t.lower[k - 1])) {
        return false;
      }
      if (!joint && organActsNamed.contains(t.lower[k - 1]) && t.has(k - 1, Tokens.PLAIN_LOWER)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> JOINTS = Lookups.setOf("and", "or");
}
