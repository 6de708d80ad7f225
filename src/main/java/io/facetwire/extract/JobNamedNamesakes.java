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
      String after = adjectiveOfState(t, from, -1, home);
      if (after != null && !after.isEmpty()) {
        return after + " " + OrganisationRuns.joined(t, start, last);
      }
    }
    return null;
  }

  /**
   * The adjective of the state named by the one or two words ending at token k ("Australian", "Kenya's", "South
   * Korea's"); "" for the listed state itself ("the UK's Electoral Commission"), null for no state.
   */
  private String adjectiveBefore(Tokens t, int k, String home) {
    String two = k > 0 && !t.has(k, Tokens.BREAK_BEFORE) ? adjectiveOfState(t, k - 1, k, home) : null;
    return two != null ? two : adjectiveOfState(t, k, k, home); // "South Korea's", else "Kenya's"
  }

  /**
   * The adjective of the state whose name or demonym starts at token k (and ends at {@code endAt}, if that is not
   * -1); "" for the listed state, else null.
   */
  private String adjectiveOfState(Tokens t, int k, int endAt, String home) {
    for (CountryGazetteer.Entry e : places.startingWith(t.lower[k])) {
      int end = k + e.length() - 1;
      if (end >= t.size || endAt >= 0 && end != endAt
          || e.kind() != CountryGazetteer.Kind.NAME && e.kind() != CountryGazetteer.Kind.DEMONYM || !matches(t, k, e)) {
        continue;
      }
      String state = places.name(e.country());
      if (state.equals(home)) {
        return "";
      }
      if (e.kind() == CountryGazetteer.Kind.DEMONYM) {
        return OrganisationRuns.joined(t, k, end); // "Australian", as written
      }
      return places.adjectiveOf(String.join(" ", java.util.Arrays.copyOfRange(t.lower, k, end + 1)));
    }
    return null;
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
