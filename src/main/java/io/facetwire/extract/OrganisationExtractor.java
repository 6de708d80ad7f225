package io.facetwire.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the organisations an article names, in one pass over the tokens:
 * <ol>
 * <li>a well-known organisation by any of its names ({@link OrganisationGazetteer}: "IMF", "the Fed",
 *     "Deutsche Bundesbank") gives its one value;</li>
 * <li>a run of capitalised words ending in an organisation word ("Volkswagen AG", "Securities and
 *     Exchange Commission", "Bristol-Myers Co") is an organisation, cut after its last such word and
 *     without a leading "The"; one organisation word alone ("the Commission") names nothing;</li>
 * <li>an acronym in brackets after a name ("International Tin Council (ITC)") stands for that name
 *     wherever the article uses it; other unknown acronyms are left out.</li>
 * </ol>
 * Work per token is bounded by the longest gazetteer name and the longest run, so extraction stays
 * linear in the text. Thread-safe: all state is per call.
 */
final class OrganisationExtractor {

  /** Longer runs are headlines or lists, not names. */
  private static final int MAX_RUN = 12;

  /** Lower-case words that join the words of a name: "Bank of England", "Food and Drug Administration". */
  private static final Set<String> CONNECTORS = Lookups.setOf("of", "for", "and", "de");

  /** Words that end an organisation's name (a subset of organisation-words.txt: no places, titles or works). */
  private static final Set<String> ENDINGS = Lookups.setOf(
      "corp", "corporation", "inc", "incorporated", "co", "ltd", "limited", "plc", "llc", "ag", "sa", "spa",
      "nv", "gmbh", "bhd", "group", "holdings", "bancorp", "bank", "association", "commission", "institute",
      "university", "council", "federation", "union", "organization", "organisation", "foundation",
      "authority", "agency", "party", "airlines", "airways", "company", "industries", "partners", "brothers",
      "trust", "court", "police", "service", "ministry", "department", "committee", "board",
      "fund", "exchange", "network", "systems", "technologies", "communications", "electronics",
      "instruments", "semiconductor", "software", "motors", "petroleum", "resources", "financial",
      "insurance", "laboratories", "alliance", "pharmaceuticals", "bureau", "administration", "brigade", "parliament");

  /** Capitalised words that start a sentence or run but belong to no name. */
  private static final Set<String> LEADING_NOISE = Lookups.setOf("the", "a", "an", "but", "and", "in", "at",
      "on", "for", "by", "from", "with", "shares", "analysts", "officials", "both", "when", "while", "under",
      "after", "before", "if", "as", "said", "says", "this", "that", "former", "us", "uk");

  /** Places and states whose names end like an organisation's. */
  private static final Set<String> NOT_ORGANISATIONS = Lookups.setOf("soviet union", "west bank",
      "united states and soviet union");

  /** Company forms that may follow a well-known name: "Toyota Motor Co Ltd", "British Petroleum Co Plc". */
  private static final Set<String> COMPANY_FORMS = Lookups.setOf("corp", "corporation", "inc", "co", "ltd",
      "plc", "ag", "sa", "spa", "nv", "gmbh", "llc", "limited", "company");

  private final OrganisationGazetteer gazetteer;
  private final NameLexicon lexicon;

  OrganisationExtractor(OrganisationGazetteer gazetteer, NameLexicon lexicon) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
  }

  List<String> extract(Tokens t) {
    TreeSet<String> found = new TreeSet<>();
    Map<String, String> acronyms = new HashMap<>();
    List<String> bareAcronyms = new ArrayList<>();
    int i = 0;
    while (i < t.size) {
      int next = matchKnown(t, i, found, acronyms);
      if (next > i) {
        i = next;
        continue;
      }
      if (isNameWord(t, i)) {
        i = matchRun(t, i, found, acronyms);
        continue;
      }
      if (isAcronym(t, i)) {
        bareAcronyms.add(t.lower[i]);
      }
      i++;
    }
    t.steps += bareAcronyms.size();
    for (String a : bareAcronyms) {
      String name = acronyms.get(a);
      if (name != null) {
        found.add(name);
      }
    }
    return List.copyOf(found);
  }

  /** A gazetteer name starting at token i: adds it and returns the token after it, else returns i. */
  private int matchKnown(Tokens t, int i, TreeSet<String> found, Map<String, String> acronyms) {
    if (!t.capitalised(i) && !t.has(i, Tokens.DOTTED)) {
      return i;
    }
    StringBuilder key = new StringBuilder();
    OrganisationGazetteer.Name best = null;
    int bestEnd = -1;
    for (int k = i; k < t.size && k - i < gazetteer.longest(); k++) {
      t.steps++;
      if (k > i && (t.has(k, Tokens.BREAK_BEFORE) && !t.has(k, Tokens.HYPHEN_BEFORE) || t.has(k - 1, Tokens.POSSESSIVE))) {
        break;
      }
      key.append(k == i ? "" : " ").append(t.lower[k]);
      String s = key.toString();
      OrganisationGazetteer.Name name = gazetteer.find(s);
      if (name != null && fits(t, i, k, name)) {
        best = name;
        bestEnd = k;
      }
      if (!gazetteer.isPrefix(s)) {
        break;
      }
    }
    if (best == null) {
      return i;
    }
    while (bestEnd + 1 < t.size && COMPANY_FORMS.contains(t.lower[bestEnd + 1]) && t.has(bestEnd + 1, Tokens.CAP)
        && !t.has(bestEnd + 1, Tokens.BREAK_BEFORE)) {
      bestEnd++;
    }
    found.add(best.organisation().name());
    defineAcronym(t, bestEnd, best.organisation().name(), acronyms);
    return bestEnd + 1;
  }

  /** Acronyms only in capitals and not in a shouted headline; one-word names must be capitalised. */
  private static boolean fits(Tokens t, int from, int to, OrganisationGazetteer.Name name) {
    if (name.acronym()) {
      return isAcronym(t, from) || t.has(from, Tokens.DOTTED) && !t.has(from, Tokens.SHOUT);
    }
    if (from == to) {
      return t.has(from, Tokens.CAP) && !t.has(from, Tokens.SHOUT);
    }
    return t.capitalised(to) || t.has(to, Tokens.DOTTED);
  }

  /** A capitals-only token of two to six letters in mixed-case text: "NATO", "ITC". */
  private static boolean isAcronym(Tokens t, int i) {
    String w = t.text[i];
    return t.has(i, Tokens.ALL_CAPS) && !t.has(i, Tokens.SHOUT) && !t.has(i, Tokens.DIGIT)
        && w.length() >= 2 && w.length() <= 6;
  }

  /** A capitalised word in mixed-case text. */
  private static boolean isNameWord(Tokens t, int i) {
    return t.has(i, Tokens.CAP) && !t.has(i, Tokens.SHOUT) && !t.has(i, Tokens.DIGIT);
  }

  /** A run of name words from i; adds the organisation it names, if any, and returns the token after it. */
  private int matchRun(Tokens t, int i, TreeSet<String> found, Map<String, String> acronyms) {
    int end = i;
    int lastEnding = ENDINGS.contains(t.lower[i]) ? i : -1;
    boolean ofAfterEnding = false;
    while (end + 1 < t.size && end - i < MAX_RUN && !t.has(end, Tokens.POSSESSIVE)) {
      t.steps++;
      int k = end + 1;
      if (t.has(k, Tokens.BREAK_BEFORE) && !t.has(k, Tokens.HYPHEN_BEFORE)) {
        break;
      }
      if (isNameWord(t, k)) {
        end = k;
      } else if (CONNECTORS.contains(t.text[k]) && !("and".equals(t.text[k]) && lastEnding >= 0)) {
        // "Bank of England", "Center for the Study of ..."; but "X Corp and Y Inc" are two.
        int w = k + 1 < t.size && "the".equals(t.text[k + 1]) && !"and".equals(t.text[k]) ? k + 2 : k + 1;
        if (w >= t.size || !isNameWord(t, w) || t.has(w, Tokens.BREAK_BEFORE)) {
          break;
        }
        ofAfterEnding |= lastEnding >= 0 && !"and".equals(t.text[k]);
        end = w;
      } else {
        break;
      }
      if (ENDINGS.contains(t.lower[end])) {
        lastEnding = end;
      }
    }
    // "National Association of Automotive Vehicle Manufacturers": the words after "of" belong to the name.
    int last = ofAfterEnding ? end : lastEnding;
    int start = i;
    boolean personish = false;
    for (int k = i; k < lastEnding; k++) {
      t.steps++;
      if (CONNECTORS.contains(t.text[k]) && personish) {
        start = k + 1; // "Marcio Stefani of the Brazilian Association ...", "Minister X and National Bank"
        personish = false;
      } else {
        personish |= lexicon.isFirstName(t.lower[k]) || isPersonTitle(t.lower[k]);
      }
    }
    while (start < lastEnding && (LEADING_NOISE.contains(t.lower[start]) || CONNECTORS.contains(t.text[start]))) {
      start++;
    }
    if (lastEnding > start) {
      String name = joined(t, start, last);
      String lower = name.toLowerCase(java.util.Locale.ROOT);
      if (NOT_ORGANISATIONS.contains(lower)) {
        return last + 1;
      }
      OrganisationGazetteer.Name known = gazetteer.find(lower);
      String value = known != null ? known.organisation().name() : name;
      found.add(value);
      defineAcronym(t, last, value, acronyms);
      return last + 1;
    }
    // No organisation here: look again from the next word ("The IMF"); a run is at most MAX_RUN words,
    // so this stays linear.
    return i + 1;
  }

  private boolean isPersonTitle(String lower) {
    NameLexicon.TitleKind kind = lexicon.titleKind(lower);
    return kind == NameLexicon.TitleKind.OFFICE || kind == NameLexicon.TitleKind.HONORIFIC;
  }

  /** "International Tin Council (ITC)": the acronym right after the name, set off by punctuation. */
  private static void defineAcronym(Tokens t, int nameEnd, String name, Map<String, String> acronyms) {
    int a = nameEnd + 1;
    if (a < t.size && t.has(a, Tokens.BREAK_BEFORE) && isAcronym(t, a)
        && (a + 1 == t.size || t.has(a + 1, Tokens.BREAK_BEFORE))) {
      acronyms.putIfAbsent(t.lower[a], name);
    }
  }

  private static String joined(Tokens t, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int m = from; m <= to; m++) {
      if (m > from) {
        sb.append(t.has(m, Tokens.HYPHEN_BEFORE) ? "-" : " ");
      }
      sb.append(t.text[m]);
    }
    return sb.toString();
  }
}
