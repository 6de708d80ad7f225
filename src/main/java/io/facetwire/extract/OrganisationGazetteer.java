package io.facetwire.extract;

import io.facetwire.DataFile;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Well-known organisations by every name they go by (organisations.tsv): each name is tokenized with the
 * article tokenizer, so "U.N." and "UN" are one key, and a phrase is looked up token by token, giving up
 * as soon as the words read so far start no name.
 */
final class OrganisationGazetteer {

  /**
   * One organisation: its value, the Reuters-21578 ORGS code it is filed under (may be empty),
   * whether it is a club named after its town that counts only in an article about sport, and whether
   * it is a state's generic body ("US Senate": the parliament, as generic as "the ministry") whose name is
   * read so that no run is made of it, but which is no value of the facet; and whether its one-word name is also a
   * common word ("Shell", "Orange", "Amazon": "word" in the list), which counts only where nothing else can be
   * meant ({@code OrganisationExtractor.fits}); and whether it is a social-media or video platform ("Twitter":
   * "platform" in the list), which a post's place names as a medium, not as a company ({@link PlatformMedia});
   * and, for an acronym with another common meaning in the news ("ICE" the exchange, "ETA" a time of arrival,
   * "RT" a retweet: "ambiguous" in the list), the words of which one must be in the article for its acronym to be
   * this body ({@link #acronymFits}); and, for one state's body named by its job alone ("Electoral Commission", the
   * United Kingdom's: "national" in the list, the state in the fifth column), that state, so that another state's
   * body of the same name is not given its value ({@link JobNamedNamesakes}).
   */
  record Organisation(String name, String reutersCode, boolean sportOnly, boolean generic, boolean commonWord,
      boolean platform, java.util.Set<String> acronymContext, String homeState) {

    Organisation(String name, String reutersCode, boolean sportOnly, boolean generic) {
      this(name, reutersCode, sportOnly, generic, false, false, java.util.Set.of(), "");
    }

    /**
     * Whether this body's acronym may be read in the article: always, unless the list gives it context words
     * ("ICE": immigration, deportation, …), of which the article must then have one. The article is scanned only
     * when such an acronym is met, which few articles have, and once per article and body
     * ({@link FoundOrganisations#acronymFits}): "ICE ICE ICE …" scanned per mention cost the square of its length.
     */
    boolean acronymFits(Tokens t) {
      if (acronymContext.isEmpty()) {
        return true;
      }
      for (int k = 0; k < t.size; k++) {
        if (acronymContext.contains(t.lower[k])) {
          t.steps += k + 1;
          return true;
        }
      }
      t.steps += t.size;
      return false;
    }
  }

  /**
   * One name of an organisation; an acronym matches only when written in capitals, and a one-word name written
   * with a possessive ("Moody's") only with it: "Lewis Moody" is a rugby player.
   */
  record Name(Organisation organisation, boolean acronym, boolean possessive) {}

  private final NamePhrases<Name> names;
  private final Map<String, Organisation> byReutersCode;
  /** Every organisation's value, as written: values that {@link OrganisationIdentity} leaves as they are. */
  private final java.util.Set<String> values;

  /** The value of one state's job-named body ("Electoral Commission") to that state ("United Kingdom"). */
  private final Map<String, String> homeStates;

  /**
   * The last two or more words of a curated name of three or more ("hennessy louis vuitton" of LVMH's "Moët Hennessy
   * Louis Vuitton"), lower case, to the organisation's value: {@link #valueEndingWith}.
   */
  private final Map<String, String> tails;

  private OrganisationGazetteer(NamePhrases<Name> names, Map<String, Organisation> byCode, java.util.Set<String> values,
      Map<String, String> homeStates, Map<String, String> tails) {
    this.names = names;
    this.byReutersCode = byCode;
    this.values = values;
    this.homeStates = homeStates;
    this.tails = tails;
  }

  /**
   * The value of the curated organisation one of whose names of three or more words ends with these ("hennessy louis
   * vuitton": LVMH), or null: a run of capitals read from inside such a name looks like a person's (session 50,
   * news45's development half).
   */
  String valueEndingWith(String lowerWords) {
    return tails.get(lowerWords);
  }

  /** The one state whose job-named body this value is ("United Kingdom" for "Electoral Commission"), or null. */
  String homeStateOf(String value) {
    return homeStates.get(value);
  }

  /** The open list of named organisations, after the curated one (see {@link #loadDefault}). */
  static final String OPEN_LIST = "organisations-wordnet.tsv";

  /**
   * The curated list (organisations.tsv) and then the open one ({@value #OPEN_LIST}: WordNet's named
   * organisations, made by src/tools/orgs/wordnet_organisations.py). A curated name keeps its value; an open
   * entry that shares a name with a curated organisation adds its other names to it ("FRS" to "Federal
   * Reserve"), else it is an organisation of its own, valued by its first name (or read but no value when
   * its third column says "generic": "White House"; such an entry never joins a curated one). A name the
   * rules take for a state's generic body ("Air Force", {@link OrganisationWords#GENERIC_NAMES}) is left
   * out.
   */
  static OrganisationGazetteer loadDefault() {
    return loadNumbered(DataFile.read(NameLexicon.class, CuratedOrganisationRow.SOURCE), NameLexicon.lines(OPEN_LIST));
  }

  /** As {@link #loadNumbered}, for curated lines without their numbers (tests): numbered from 1. */
  static OrganisationGazetteer load(List<String> curated, List<String> open) {
    List<DataFile.Line> numbered = new java.util.ArrayList<>();
    for (int k = 0; k < curated.size(); k++) {
      numbered.add(new DataFile.Line(k + 1, curated.get(k)));
    }
    return loadNumbered(numbered, open);
  }

  /** The curated lines, each checked ({@link CuratedOrganisationRow}: a bad one names its line), then the open ones. */
  static OrganisationGazetteer loadNumbered(List<DataFile.Line> curated, List<String> open) {
    Tokenizer tokenizer = new Tokenizer();
    NamePhrases.Builder<Name> names = NamePhrases.builder();
    Map<String, Organisation> byCode = new HashMap<>();
    Map<String, Organisation> byKey = new HashMap<>();
    Map<String, String> homeStates = new HashMap<>();
    Map<String, String> tails = new HashMap<>();
    for (DataFile.Line line : curated) {
      CuratedOrganisationRow row = CuratedOrganisationRow.parse(line.text(), line.number(), tokenizer);
      String kind = row.kind();
      Organisation org = new Organisation(row.name(), row.reutersCode(), kind.equals("sport"), kind.equals("generic"),
          kind.equals("word"), kind.equals("platform"), row.context(), row.homeState());
      if (!org.homeState().isEmpty()) {
        homeStates.put(org.name(), org.homeState());
      }
      if (!org.reutersCode().isEmpty()) {
        byCode.put(org.reutersCode(), org);
      }
      List<String> all = new java.util.ArrayList<>(List.of(org.name()));
      if (!row.otherNames().isEmpty()) {
        all.addAll(List.of(row.otherNames().split("\\|")));
      }
      addNames(tokenizer, names, byKey, org, all, tails);
    }
    for (String line : open) {
      String[] cols = line.split("\t", -1);
      // A state's body named by its job alone ("Air Force") stays as generic as the rules make it.
      List<String> all = java.util.Arrays.stream(cols[0].split("\\|"))
          .filter(n -> !OrganisationWords.GENERIC_NAMES.contains(key(tokenizer, n))).toList();
      boolean generic = cols.length > 2 && cols[2].strip().equals("generic");
      Organisation org = null;
      for (int i = 0; i < all.size() && org == null && !generic; i++) {
        org = byKey.get(key(tokenizer, all.get(i)));
      }
      if (!all.isEmpty()) {
        Organisation named = org != null ? org : new Organisation(all.get(0).strip(), "", false, generic);
        addNames(tokenizer, names, byKey, named, all, null);
      }
    }
    java.util.Set<String> values = new java.util.HashSet<>();
    byKey.values().forEach(o -> values.add(o.name()));
    // values and homeStates are asked for every organisation value of every article, and nearly every
    // homeStates look-up misses: Set.copyOf/Map.copyOf probe linearly to an empty slot (ImmutableCollections'
    // probe was ~1 % of extraction's samples, session 34); the filtered tables answer most misses from a bit.
    return new OrganisationGazetteer(names.build(), Map.copyOf(byCode), Lookups.set(values), Lookups.map(homeStates),
        Lookups.map(tails));
  }

  /** Adds every spelling of {@code org}'s names {@code all}, and a curated name's tails when {@code tails} is given. */
  private static void addNames(Tokenizer tokenizer, NamePhrases.Builder<Name> names, Map<String, Organisation> byKey,
      Organisation org, List<String> all, Map<String, String> tails) {
    for (String alias : all) {
      Tokens t = new Tokens();
      tokenizer.tokenize(alias.strip(), t, false, 0);
      boolean acronym = t.size == 1 && (t.has(0, Tokens.ALL_CAPS) || t.has(0, Tokens.DOTTED));
      boolean possessive = t.size == 1 && t.has(0, Tokens.POSSESSIVE);
      for (String[] words : spellings(Arrays.copyOf(t.lower, t.size))) {
        names.add(words, new Name(org, acronym, possessive));
        byKey.putIfAbsent(String.join(" ", words), org);
        for (int from = 1; tails != null && from <= words.length - 2; from++) {
          tails.putIfAbsent(String.join(" ", Arrays.copyOfRange(words, from, words.length)), org.name());
        }
      }
    }
  }

  private static String key(Tokenizer tokenizer, String name) {
    Tokens t = new Tokens();
    tokenizer.tokenize(name.strip(), t, false, 0);
    return String.join(" ", Arrays.copyOf(t.lower, t.size));
  }

  /**
   * A name as written and with its British and American spellings swapped ("World Trade Organisation",
   * "Centers for Disease Control", "Defense Department"), so the list names each body once.
   */
  private static List<String[]> spellings(String[] words) {
    String[] other = words.clone();
    boolean changed = false;
    for (int i = 0; i < other.length; i++) {
      String swapped = SPELLINGS.get(other[i]);
      if (swapped != null) {
        other[i] = swapped;
        changed = true;
      }
    }
    return changed ? List.of(words, other) : List.<String[]>of(words);
  }

  private static final Map<String, String> SPELLINGS = Map.of("organisation", "organization", "organization",
      "organisation", "centre", "center", "center", "centre", "defence", "defense", "defense", "defence",
      "programme", "program", "co-operation", "cooperation");

  /** Leading words that qualify a body by its country without changing which body it is. */
  /** With their space: the prefixes are matched per look-up that misses, and were joined to " " on each. */
  private static final List<String> NATIONAL_PREFIXES = List.of("u.s. ", "us ", "united states ", "the ");

  /**
   * The organisation a whole name stands for ("IMF", "World Trade Organisation", "U.S. Federal Reserve",
   * "the Fed"), or null: the name itself, else without a leading country qualifier or article.
   */
  String canonical(Tokens t) {
    return canonical(String.join(" ", Arrays.copyOf(t.lower, t.size)));
  }

  /**
   * Like {@link #canonical(Tokens)}, for a name's lower-case tokens joined by spaces; a company form at
   * the end ("General Motors Corp", "Salomon Brothers Inc") does not change which company it is.
   */
  String canonical(String whole) {
    String value = canonicalAsWritten(whole);
    int space = whole.lastIndexOf(' ');
    if (value == null && space > 0 && OrganisationWords.COMPANY_FORMS.contains(whole.substring(space + 1))) {
      value = canonicalAsWritten(whole.substring(0, space));
    }
    return value;
  }

  private String canonicalAsWritten(String whole) {
    Name n = names.get(whole);
    for (int p = 0; n == null && p < NATIONAL_PREFIXES.size(); p++) {
      String prefix = NATIONAL_PREFIXES.get(p);
      if (whole.startsWith(prefix)) {
        n = names.get(whole.substring(prefix.length()));
      }
    }
    return n == null ? null : n.organisation().name();
  }

  /**
   * The longest name starting at token i that {@code accepts} (its {@link Name} and last token), or
   * null; see {@link NamePhrases#longestAt}.
   */
  NamePhrases.Match<Name> longestAt(Tokens t, int i, java.util.function.BiPredicate<Name, Integer> accepts) {
    return names.longestAt(t, i, accepts);
  }

  /** As {@link #longestAt(Tokens, int, java.util.function.BiPredicate)}, by a {@link NamePhrases.Fit}. */
  NamePhrases.Match<Name> longestAt(Tokens t, int i, NamePhrases.Fit<Name> fits) {
    return names.longestAt(t, i, fits);
  }

  /** Whether this is an organisation's value as the list writes it ("Federal Reserve"). */
  boolean isValue(String name) {
    return values.contains(name);
  }

  /** The Reuters-21578 ORGS code of an organisation's value, or null. */
  String reutersCodeOf(String name) {
    for (Organisation o : byReutersCode.values()) {
      if (o.name().equals(name)) {
        return o.reutersCode();
      }
    }
    return null;
  }

  /** The organisation Reuters-21578 files under this ORGS code ("imf"), or null. */
  public Organisation byReutersCode(String code) {
    return byReutersCode.get(code);
  }
}
