package io.facetwire.extract;

/**
 * One state's body that the list has under a name saying only its job ("Electoral Commission", "Environment Agency"
 * of the United Kingdom; "Securities and Exchange Commission" of the United States: {@code national} in
 * organisations.tsv, the state in its fifth column) is that state's where the article names it alone. Named with
 * another state — its adjective or possessive right before the name, or "of" and the state after it — it is that
 * state's namesake, no mention of the listed body: "the Australian Electoral Commission", "Kenya's Electoral
 * Commission" ("Kenyan Electoral Commission", valued like a ministry named with its state: LABELLING.md, session
 * 14), "the Environment Agency of Iceland" ("Icelandic Environment Agency"). Session 17, a review's leftover: the
 * list's value was given to every state's body of the name.
 */
final class JobNamedNamesakes {

  private final CountryGazetteer places;
  private final OrganisationGazetteer gazetteer;

  JobNamedNamesakes(CountryGazetteer places, OrganisationGazetteer gazetteer) {
    this.places = places;
    this.gazetteer = gazetteer;
  }

  /**
   * The value of the body named from token {@code start} to {@code last}, which the list reads as {@code known},
   * when another state than the listed one is named with it; null when none is (the list's value stands).
   */
  String of(Tokens t, int start, int last, String known) {
    String home = gazetteer.homeStateOf(known);
    if (home == null || start > last || start == last && t.has(start, Tokens.ALL_CAPS)) {
      return null; // no job-named body of one state, or its acronym ("SEC"), which names it alone
    }
    String before = start > 0 && !t.has(start, Tokens.BREAK_BEFORE) ? adjectiveBefore(t, start - 1, home) : null;
    if (before != null) {
      return before.isEmpty() ? null : before + " " + OrganisationRuns.joined(t, start, last);
    }
    int of = last + 1;
    if (of + 1 < t.size && "of".equals(t.lower[of]) && !t.has(of, Tokens.BREAK_BEFORE)
        && !t.has(of + 1, Tokens.BREAK_BEFORE)) {
      int from = "the".equals(t.lower[of + 1]) && of + 2 < t.size ? of + 2 : of + 1;
      String after = stateNamedAfterOf(t, from, home);
      if (after != null && !after.isEmpty()) {
        return after + " " + OrganisationRuns.joined(t, start, last);
      }
    }
    return null;
  }

  /** The longest state name read before a body ("Papua New Guinea's", "South Korea's", "Kenya's"), in words. */
  private static final int LONGEST_BEFORE = 3;

  /**
   * The adjective of the state named by the words ending at token k ("Australian", "Kenya's", "South Korea's",
   * "Papua New Guinea's"), three words tried first, then two, then one, so a longer name is never read as its last
   * word ("Papua New Guinea's" is not Guinea's); "" for the listed state itself ("the UK's Electoral Commission"),
   * null for no state, also where the longest phrase is one that must not count ("Northern Ireland's" is not
   * Ireland's, "New Mexico's" not Mexico's).
   */
  private String adjectiveBefore(Tokens t, int k, String home) {
    for (int words = LONGEST_BEFORE; words >= 1; words--) {
      int from = k - words + 1;
      if (from < 0 || wordsBroken(t, from, k)) {
        continue;
      }
      CountryGazetteer.Entry e = longestAt(t, from, k);
      if (e != null) {
        return e.kind() == CountryGazetteer.Kind.NAME || e.kind() == CountryGazetteer.Kind.DEMONYM
            ? adjectiveOf(t, from, e, home) : null;
      }
    }
    return null;
  }

  /**
   * The adjective of the state whose NAME starts at token k after "of" ("the Environment Agency of Iceland", "of
   * Papua New Guinea"): a name, not a demonym ("the Electoral Commission of French voters" is no French body), the
   * longest phrase first; "" for the listed state, null for none or a phrase that must not count ("of Northern
   * Ireland").
   */
  private String stateNamedAfterOf(Tokens t, int k, String home) {
    CountryGazetteer.Entry e = longestAt(t, k, -1);
    return e != null && e.kind() == CountryGazetteer.Kind.NAME ? adjectiveOf(t, k, e, home) : null;
  }

  /**
   * The longest gazetteer phrase of any kind, blocks included, written at token k (and ending at {@code endAt}, if
   * that is not -1), or null: {@link CountryGazetteer#startingWith} gives them longest first.
   */
  private CountryGazetteer.Entry longestAt(Tokens t, int k, int endAt) {
    for (CountryGazetteer.Entry e : places.startingWith(t.lower[k])) {
      int end = k + e.length() - 1;
      if (end < t.size && (endAt < 0 || end == endAt) && matches(t, k, e)) {
        return e;
      }
    }
    return null;
  }

  /** The adjective of the state of entry e, a NAME or DEMONYM written at token k; "" for the listed state. */
  private String adjectiveOf(Tokens t, int k, CountryGazetteer.Entry e, String home) {
    if (e.kind() != CountryGazetteer.Kind.NAME && e.kind() != CountryGazetteer.Kind.DEMONYM) {
      return null; // a capital, a dateline place or a phrase that must not count names no state here
    }
    if (places.name(e.country()).equals(home)) {
      return "";
    }
    int end = k + e.length() - 1;
    if (e.kind() == CountryGazetteer.Kind.DEMONYM) {
      return OrganisationRuns.joined(t, k, end); // "Australian", as written
    }
    return places.adjectiveOf(String.join(" ", java.util.Arrays.copyOfRange(t.lower, k, end + 1)));
  }

  /** Whether a break (a line or a sentence) falls inside the words from..to. */
  private static boolean wordsBroken(Tokens t, int from, int to) {
    for (int m = from + 1; m <= to; m++) {
      if (t.has(m, Tokens.BREAK_BEFORE)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(Tokens t, int k, CountryGazetteer.Entry e) {
    for (int m = 0; m < e.length(); m++) {
      if (!e.lower()[m].equals(t.lower[k + m]) || m > 0 && t.has(k + m, Tokens.BREAK_BEFORE)) {
        return false;
      }
    }
    return true;
  }
}
