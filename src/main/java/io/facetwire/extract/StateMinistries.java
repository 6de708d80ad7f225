package io.facetwire.extract;

import java.util.Arrays;

/**
 * A government's ministry named by its job ("the Finance Ministry", "the Ministry of Foreign Affairs",
 * "the Emergencies Ministry"): every government has one, so it is an organisation only when its state is named
 * with it, and then its value carries the state's adjective, so that one ministry is one facet value
 * (LABELLING.md, 2026-12-02, session 14): "the Japanese Finance Ministry" stays as written, "Japan's Finance
 * Ministry" and "the Finance Ministry of Japan" become "Japanese Finance Ministry", a bare "Finance Ministry"
 * names none. A ministry with a name of its own (MITI, Britain's Ministry of Defence) is the gazetteer's and
 * is read before any run, so it never reaches here. Immutable after loading, hence thread-safe.
 */
final class StateMinistries {

  /** The countries' names, aliases and adjectives (countries.tsv, read once, by the gazetteer). */
  private final CountryGazetteer places;

  StateMinistries(CountryGazetteer places) {
    this.places = places;
  }

  /**
   * The word "Ministry" that heads the name from {@code start} to {@code last}: the last word ("Finance Ministry"),
   * or the one before "of" or "for" ("Ministry of Trade", "Foreign Ministry of Iraq"); -1 if there is none.
   */
  static int head(Tokens t, int start, int last) {
    for (int k = start; k <= last; k++) {
      t.steps++;
      if ("ministry".equals(t.lower[k])) {
        return k == last || OrganisationWords.OF.contains(t.text[k + 1]) ? k : -1;
      }
      if (OrganisationWords.OF.contains(t.text[k])) {
        return -1; // "Council of Ministry Officials" is no ministry
      }
    }
    return -1;
  }

  /**
   * The value of the ministry named from {@code start} to {@code last} (its head word at {@code head}), or null
   * when no state is named with it: a place's adjective in the name stays as written ("Japanese Finance Ministry",
   * "UK Ministry of Agriculture"); a country's possessive right before it ("Japan's Finance Ministry") or "of" and a
   * country after the head ("Foreign Ministry of Iraq") give the country's adjective before the name.
   */
  String value(Tokens t, int start, int head, int last) {
    for (int k = start; k < head; k++) {
      if (places.isPlaceWord(t.lower[k])) {
        return OrganisationRuns.joined(t, start, last);
      }
    }
    if (head == start && head < last && isLondonDateline(t)) {
      return OrganisationRuns.joined(t, start, last); // "the Ministry of Agriculture" of a British story is Britain's
    }
    if (head < last) {
      String after = adjective(t, head + 2 < last && "the".equals(t.text[head + 2]) ? head + 3 : head + 2, last);
      if (after != null) {
        return after + " " + OrganisationRuns.joined(t, start, head); // "Foreign Ministry of Iraq" is Iraq's
      }
    }
    return withPossessiveState(t, start, last);
  }

  /**
   * The name from {@code start} to {@code last} with the adjective of the country whose possessive stands right
   * before it ("Japan's Finance Ministry", "Taiwan's Central Bank" give "Japanese Finance Ministry", "Taiwanese
   * Central Bank"), or null.
   */
  String withPossessiveState(Tokens t, int start, int last) {
    if (start >= 1 && t.has(start - 1, Tokens.POSSESSIVE) && !t.has(start, Tokens.BREAK_BEFORE)) {
      String before = adjective(t, start - 1, start - 1);
      if (before == null && start >= 2 && !t.has(start - 1, Tokens.BREAK_BEFORE)) {
        before = adjective(t, start - 2, start - 1); // "South Korea's Finance Ministry"
      }
      return before == null ? null : before + " " + OrganisationRuns.joined(t, start, last);
    }
    return null;
  }

  /**
   * A wire story datelined London ("LONDON, March 6 - U.K. officials ..."): there a British department is named
   * without its state, "the Ministry of Agriculture" (LABELLING.md names Britain's departments among the names of
   * their own). Only the British form, "Ministry of" and its job.
   */
  private static boolean isLondonDateline(Tokens t) {
    return t.titleEnd < t.size && "london".equals(t.lower[t.titleEnd]) && t.has(t.titleEnd, Tokens.ALL_CAPS);
  }

  /** The adjective of the country named by tokens from..to, or null. */
  private String adjective(Tokens t, int from, int to) {
    if (from > to || to - from > 3) {
      return null;
    }
    return places.adjectiveOf(String.join(" ", Arrays.copyOfRange(t.lower, from, to + 1)));
  }
}
