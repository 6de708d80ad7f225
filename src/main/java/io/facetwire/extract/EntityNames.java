package io.facetwire.extract;

import io.facetwire.facet.Facet;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Entity names as identities: which canonical value another name of a country, person or organisation
 * stands for ("Côte d'Ivoire" is Ivory Coast, "President Putin" is Vladimir Putin, "IMF" and "U.S.
 * Federal Reserve" are the International Monetary Fund and the Federal Reserve), and the one spelling a
 * known person is stored under. Used by the extractor (one value per entity across articles), the entity
 * pages (redirects to the canonical page) and the evaluation (a label matches the entity, not the
 * spelling). Immutable, hence thread-safe.
 */
final class EntityNames {

  /** A name longer than this is no entity's name (and is not worth tokenizing). */
  private static final int MAX_NAME_CHARS = 200;

  private final Tokenizer tokenizer;
  private final CountryGazetteer countries;
  private final NameLexicon lexicon;
  private final KnownPersons persons;
  private final OrganisationGazetteer organisations;

  EntityNames(Tokenizer tokenizer, CountryGazetteer countries, NameLexicon lexicon, KnownPersons persons,
      OrganisationGazetteer organisations) {
    this.tokenizer = tokenizer;
    this.countries = countries;
    this.lexicon = lexicon;
    this.persons = persons;
    this.organisations = organisations;
  }

  /**
   * One person, one value across articles: a name the known-persons list has is written the list's way
   * whatever case or accents the article used ("Jose Maria Aznar" -> "José María Aznar").
   */
  List<String> knownSpellings(List<String> names) {
    TreeSet<String> out = new TreeSet<>();
    names.forEach(n -> out.add(persons.spelling(n)));
    return List.copyOf(out);
  }

  /**
   * The person names that are no organisation's name: not a well-known organisation ("Eli Lilly", "Walt
   * Disney") and no part of an organisation found in the same article ("Trend Micro said", "Hoare Govett
   * and Co"), nor that company's product or unit ("Chrysler LeBaron Coupes" where "Chrysler" alone is a company the
   * article names).
   */
  List<String> withoutOrganisations(List<String> persons, List<String> organisationsFound, Tokens t) {
    if (persons.isEmpty()) {
      return persons;
    }
    List<String> out = new java.util.ArrayList<>(persons.size());
    for (String p : persons) {
      if (!isOrganisation(p, organisationsFound, t) && !namesAProductOf(p, organisationsFound, t)
          && !(isOneWordWithANumber(p) && !titledAsAMonarch(t, p))) {
        out.add(p);
      }
    }
    return out;
  }

  private boolean isOrganisation(String written, List<String> organisationsFound, Tokens t) {
    if (countries.isPlaceName(written)) {
      return true; // "Rio de Janeiro said", "Minas Gerais state": a city or region the gazetteer knows (session 21)
    }
    String person = written.replace(".", ""); // "C. Itoh" of "C Itoh and Co"
    // A monarch's regnal name in an institution named after him is still the monarch: "King Mohammed VI declared ...
    // the Mohammed VI University Hospital" (session 37, news37); a partner's firm has no regnal number.
    boolean monarch = REGNAL_END.matcher(person).find() && titledAsAMonarch(t, person);
    for (String found : monarch ? List.<String>of() : organisationsFound) {
      // "Welsh Carson" of "Welsh, Carson, Anderson and Stowe IV": partners' firms are called by their first names
      // without the commas (session 34, test31).
      String o = found.indexOf(',') < 0 ? found : found.replace(",", "");
      int at = o.indexOf(person);
      if (at >= 0 && (at == 0 || o.charAt(at - 1) == ' ')
          && (at + person.length() == o.length() || o.charAt(at + person.length()) == ' ')
          && !namedInHonourOf(o, at, person)) {
        return true;
      }
    }
    // Gazetteer keys are the lower-case tokens joined by spaces; a person's name has no other punctuation
    // that matters here, so no tokenizing per name.
    String lower = person.toLowerCase(java.util.Locale.ROOT).replace('-', ' ');
    if (organisations.canonical(lower) != null) {
      return true;
    }
    // "Hennessy Louis Vuitton" of "Moët Hennessy Louis Vuitton", LVMH's full name, whose value is the short name the
    // loop above compares (session 50, news45's development half): the end of a listed name the article holds.
    String owner = organisations.valueEndingWith(lower);
    return owner != null && organisationsFound.contains(owner);
  }

  /**
   * "the Aliko Dangote Foundation" beside "Aliko Dangote, said": an institution that bears a person's full name and
   * then its kind is named in the person's honour, no firm the name is part of (session 43, news38's development half).
   * A firm's legal form ("Walt Disney Co") or a one-word name ("Dangote Cement") leaves the containment as it was.
   */
  private static boolean namedInHonourOf(String organisation, int at, String person) {
    int end = at + person.length();
    if (at != 0 || person.indexOf(' ') < 0 || end >= organisation.length()) {
      return false;
    }
    return HONOUR_KINDS.contains(organisation.substring(end + 1).toLowerCase(java.util.Locale.ROOT));
  }

  /** Not "trust", "fund", "college": firms and places end so too ("Morgan Guaranty Trust", "Bryn Mawr Trust"). */
  private static final java.util.Set<String> HONOUR_KINDS = Lookups.setOf("foundation", "institute", "centre", "center",
      "hospital", "library", "museum", "stadium", "airport", "prize", "award", "memorial", "lecture", "scholarship",
      "fellowship", "productions");

  /**
   * A name whose first word is by itself a company the article names, and names elsewhere than in this name ("Chrysler
   * said ... Chrysler LeBaron Coupes"), is that company's product, unit or partner ("Audi Quattros", "Outokumpu Oy",
   * "Holt Rinehart"), unless that word is a common given name (an organisation "William" is the extractor's mistake,
   * "William K.K. Wong" a person) or the rest is a generation ("Noland Jr" of Noland Co). A company found only inside
   * the name ("Cuban pianist Bebo Valdes", Bebo being a web company) says nothing of it (session 25).
   */
  private boolean namesAProductOf(String person, List<String> organisationsFound, Tokens t) {
    int space = person.indexOf(' ');
    if (space < 0 || organisationsFound.isEmpty()) {
      return false;
    }
    String first = person.substring(0, space);
    if (!organisationsFound.contains(first) || lexicon.isCommonFirstName(first.toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    String rest = person.substring(space + 1).replace(".", "").toLowerCase(java.util.Locale.ROOT);
    if (GENERATIONS.contains(rest)) {
      return false;
    }
    int secondEnd = rest.indexOf(' ');
    String second = secondEnd < 0 ? rest : rest.substring(0, secondEnd);
    for (int i = 0; i < t.size; i++) {
      if (t.text[i].equals(first) && (i + 1 == t.size || !t.lower[i + 1].replace(".", "").equals(second))) {
        return true; // the company named by itself somewhere
      }
    }
    return false;
  }

  /**
   * One word and a regnal number ("Mac II", "Marine II", "Partnerships II"): a product, a vessel or a fund's series
   * unless the article gives the word a monarch's or a pope's title ("Queen Elizabeth II"); a person has a surname
   * before a generation ("Henry Heinz II"). Session 38: test35's "Apple's new Mac II" was a person.
   */
  private static boolean isOneWordWithANumber(String person) {
    int space = person.indexOf(' ');
    return space > 0 && person.indexOf(' ', space + 1) < 0 && REGNAL_END.matcher(person).find();
  }

  /** The name's first word right after a monarch's or a pope's title somewhere in the article ("King Mohammed VI"). */
  private static boolean titledAsAMonarch(Tokens t, String person) {
    int space = person.indexOf(' ');
    String first = person.substring(0, space);
    for (int i = 1; i < t.size; i++) {
      if (t.text[i].equals(first) && MONARCHS.contains(t.lower[i - 1])) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> MONARCHS = java.util.Set.of("king", "queen", "pope", "emperor", "empress",
      "sultan", "tsar", "czar", "shah", "emir", "prince", "princess");

  private static final java.util.regex.Pattern REGNAL_END = java.util.regex.Pattern.compile(" [IVX]{1,4}$");

  private static final java.util.Set<String> GENERATIONS = java.util.Set.of("jr", "sr", "ii", "iii", "iv");

  /** The canonical value this other name stands for, if one is known and differs from it. */
  Optional<String> canonical(Facet facet, String name) {
    if (name == null || name.isBlank() || name.length() > MAX_NAME_CHARS) {
      return Optional.empty();
    }
    Tokens t = new Tokens();
    tokenizer.tokenize(name.strip(), t, false, 0);
    if (t.size == 0) {
      return Optional.empty();
    }
    String value = null;
    if (facet.equals(Facet.COUNTRY)) {
      value = country(t);
    } else if (facet.equals(Facet.PERSON)) {
      value = person(t);
    } else if (facet.equals(Facet.ORGANIZATION)) {
      value = organisations.canonical(t);
      if (value == null && t.size > 1 && countries.isPlaceWord(t.lower[0])) {
        // "Japanese Ministry of International Trade and Industry", "Iranian Revolutionary Guard Corps"
        value = organisations.canonical(String.join(" ", Arrays.copyOfRange(t.lower, 1, t.size)));
      }
      if (value == null) {
        value = OrganisationIdentity.withoutLegalForm(name); // "Volvo AB" is stored as "Volvo"
      }
    }
    return Optional.ofNullable(value).filter(v -> !v.equals(name));
  }

  /** "President Putin", "Chancellor Angela Merkel", "jose maria aznar": the known person, or null. */
  private String person(Tokens t) {
    int start = 0;
    while (start < t.size - 1 && lexicon.titleKind(t.lower[start]) != NameLexicon.TitleKind.NONE) {
      start++;
    }
    if (start == t.size - 1) {
      KnownPersons.Person p = persons.find(KnownPersons.key(t.lower[start]));
      return p == null ? null : p.name();
    }
    return persons.spelling(String.join(" ", Arrays.copyOfRange(t.text, start, t.size)));
  }

  /** The country a whole phrase names in the gazetteer, or null. */
  private String country(Tokens t) {
    for (String[] words : List.of(Arrays.copyOf(t.lower, t.size), folded(t))) {
      for (CountryGazetteer.Entry e : countries.startingWith(words[0])) {
        if (Arrays.equals(e.lower(), words)) {
          return countries.name(e.country());
        }
      }
    }
    return null;
  }

  private static String[] folded(Tokens t) {
    String[] out = new String[t.size];
    for (int i = 0; i < t.size; i++) {
      out[i] = KnownPersons.key(t.lower[i]);
    }
    return out;
  }
}
