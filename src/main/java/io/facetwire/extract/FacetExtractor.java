package io.facetwire.extract;

import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.facet.FacetValues;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The facets of a news article, text in and sorted values out: one {@link ValueExtractor} per facet.
 *
 * <p>The facets this extractor fills are the application's {@linkplain #facets() catalog}: a facet
 * exists where something extracts it. Loading reads the data files once (gazetteer, name lists, topic
 * taxonomy); {@link #extract} then tokenizes title and body once and runs the built-in extractors over
 * the shared tokens: hash lookups only, no regular expressions. Instances are immutable and safe to
 * share between import threads.
 */
public final class FacetExtractor {

  private final Tokenizer tokenizer = new Tokenizer();
  private final LanguageIdentifier languages;
  private final CountryExtractor countries;
  private final PersonExtractor persons;
  private final TopicMatcher topics;
  private final NameLexicon lexicon;
  private final KnownPersons known;
  private final OrganisationGazetteer organisations;
  private final CountryGazetteer gazetteer;
  private final TopicDefinitions definitions;
  /** The definition file's text these topics were read from (what the admin page edits). */
  private final String topicsText;
  /** The saved version {@link #topicsText} is (0: a definition file); stamped on what this extracts. */
  private final int topicsVersion;
  private final Map<Facet, ValueExtractor> extractors;
  private final FacetCatalog catalog;
  private final EntityNames names;
  private final OrganisationExtractor organisationExtractor;

  private FacetExtractor(CountryGazetteer gazetteer, NameLexicon lexicon, TopicDefinitions definitions,
      String topicsText) {
    this.languages = LanguageIdentifier.loadDefault();
    this.gazetteer = gazetteer;
    this.definitions = definitions;
    this.topicsText = topicsText;
    this.topicsVersion = 0;
    this.topics = new TopicMatcher(definitions);
    this.lexicon = lexicon;
    this.known = KnownPersons.loadDefault();
    this.organisations = OrganisationGazetteer.loadDefault();
    this.countries = new CountryExtractor(gazetteer, lexicon, CountryContext.loadDefault(), this.organisations);
    this.persons = new PersonExtractor(lexicon, gazetteer, known);
    this.names = new EntityNames(tokenizer, gazetteer, lexicon, known, organisations);
    this.organisationExtractor = new OrganisationExtractor(this.organisations, lexicon, gazetteer,
        MinedOrganisations.loadDefault());
    // Which extractor fills each built-in facet (Facet.STANDARD): a new facet adds its line here.
    Map<Facet, ValueExtractor> builtIn = Map.of(
        Facet.COUNTRY, text -> countries.extract(text.tokens(), text.publishedAt(), text.title()),
        Facet.PERSON, text -> names.knownSpellings(names.withoutOrganisations(
            persons.extract(text.tokens(), text.publishedAt()), organisations(text), text.tokens())),
        Facet.ORGANIZATION, this::organisations,
        Facet.TOPIC, text -> topics.extract(withCountries(text.tokens())),
        Facet.SOURCE, ArticleText::sourceValues,
        Facet.LANGUAGE, ArticleText::languageValues);
    Map<Facet, ValueExtractor> ordered = new LinkedHashMap<>();
    for (Facet facet : Facet.STANDARD) {
      ordered.put(facet, Objects.requireNonNull(builtIn.get(facet), () -> "No extractor for facet " + facet));
    }
    this.extractors = ordered;
    this.catalog = new FacetCatalog(List.copyOf(ordered.keySet()));
  }

  /**
   * A variant of {@code base} sharing its loaded parts (gazetteers, name lists, the other extractors):
   * with {@code definitions} other than the base's, the topic facet reads this instance's topics; with
   * {@code extra}, one facet more. One copy constructor, so a part added later is carried by every variant.
   */
  private FacetExtractor(FacetExtractor base, TopicDefinitions definitions, String topicsText, int topicsVersion,
      Facet extra, ValueExtractor extraExtractor) {
    this.languages = base.languages;
    this.gazetteer = base.gazetteer;
    this.definitions = definitions;
    this.topicsText = topicsText;
    this.topicsVersion = topicsVersion;
    this.lexicon = base.lexicon;
    this.known = base.known;
    this.organisations = base.organisations;
    this.topics = definitions == base.definitions ? base.topics : new TopicMatcher(definitions);
    this.countries = base.countries;
    this.persons = base.persons;
    this.names = base.names;
    this.organisationExtractor = base.organisationExtractor;
    Map<Facet, ValueExtractor> own = new LinkedHashMap<>(base.extractors);
    if (definitions != base.definitions) {
      own.put(Facet.TOPIC, text -> topics.extract(withCountries(text.tokens())));
    }
    if (extra != null) {
      own.put(extra, Objects.requireNonNull(extraExtractor, "extractor"));
    }
    this.extractors = own;
    this.catalog = extra == null ? base.catalog : base.catalog.with(extra);
  }

  /**
   * This extractor with the topics of {@code definitions} (the text of a whole definition file): what
   * an admin's edit makes, without reading the gazetteers again. A bad definition is a
   * {@link DefinitionException} naming its line; nothing is built then.
   */
  public FacetExtractor withTopics(String definitions, String source) {
    return withTopics(definitions, source, 0);
  }

  /** As {@link #withTopics(String, String)}, for the saved version {@code version} of the definitions. */
  public FacetExtractor withTopics(String definitions, String source, int version) {
    return new FacetExtractor(this, TopicDefinitions.parse(definitions, source), definitions, version, null, null);
  }

  /** The saved version of the topic definitions in use (0: a definition file, no saved version). */
  public int topicsVersion() {
    return topicsVersion;
  }

  /** The text of the topic definition file in use. */
  public String topicsText() {
    return topicsText;
  }

  /** This extractor filling one facet more (shown after the others): how a deployment or test adds a facet. */
  public FacetExtractor with(Facet facet, ValueExtractor extractor) {
    return new FacetExtractor(this, definitions, topicsText, topicsVersion, facet, extractor);
  }

  /** The facets this extractor fills, in page order: the application's facets. */
  public FacetCatalog facets() {
    return catalog;
  }

  /** The organisations of an article, found once however many facets ask. */
  private List<String> organisations(ArticleText text) {
    if (text.organisations == null) {
      text.organisations = organisationExtractor.extract(text.tokens(), text.source(), text.title(), text.body());
    }
    return text.organisations;
  }

  /** Topic rules may ask for {@code <country>}: the country mentions, found once per article. */
  private Tokens withCountries(Tokens t) {
    if (!t.countriesFound) {
      countries.extract(t);
    }
    return t;
  }

  /** Gazetteers, name lists and topic taxonomy from the classpath. */
  public static FacetExtractor loadDefault() {
    String text = TopicDefinitions.defaultText();
    return new FacetExtractor(CountryGazetteer.loadDefault(), NameLexicon.loadDefault(),
        TopicDefinitions.parse(text, "topics.txt"), text);
  }

  /**
   * Like {@link #loadDefault()}, but the topics come from a user-editable definition file (the language
   * is described in topics.txt); a bad definition is a {@link DefinitionException} naming its line.
   */
  public static FacetExtractor load(Path taxonomyFile) {
    Objects.requireNonNull(taxonomyFile, "taxonomyFile");
    String text = TopicDefinitions.fileText(taxonomyFile);
    return new FacetExtractor(CountryGazetteer.loadDefault(), NameLexicon.loadDefault(),
        TopicDefinitions.parse(text, taxonomyFile.toString()), text);
  }

  /** Like {@link #load(Path)}, from the text of a definition file ({@code source} names it in errors). */
  public static FacetExtractor withDefinitions(String definitions, String source) {
    return new FacetExtractor(CountryGazetteer.loadDefault(), NameLexicon.loadDefault(),
        TopicDefinitions.parse(definitions, source), definitions);
  }

  /** Facets of one article without a known source; either part may be null. Thread-safe. */
  public FacetValues extract(String title, String body) {
    return extract(title, body, null);
  }

  /**
   * Facets of one article, every facet of the catalog in its order; any part may be null. Thread-safe.
   * The English rules (countries, persons, organizations, topics) run only where they hold: on a German
   * or French article they would read capitalised nouns as names, so those facets stay empty there.
   */
  public FacetValues extract(String title, String body, String source) {
    return extract(title, body, source, null);
  }

  /**
   * As {@link #extract(String, String, String)}, for an article published at {@code publishedAt} (null if unknown):
   * a country's name means the state of its time (LABELLING.md: "Germany" in a story of 1987 is West Germany).
   */
  public FacetValues extract(String title, String body, String source, java.time.Instant publishedAt) {
    ArticleText text = new ArticleText(tokenizer, languages, title, body, source, publishedAt);
    boolean english = text.englishRulesHold();
    Map<Facet, List<String>> values = new LinkedHashMap<>();
    extractors.forEach((facet, extractor) -> values.put(facet,
        english || !ENGLISH_RULES.contains(facet) ? extractor.extract(text) : List.of()));
    return new FacetValues(values);
  }

  /** The facets filled by rules written for English text. */
  private static final java.util.Set<Facet> ENGLISH_RULES = java.util.Set.of(Facet.COUNTRY, Facet.PERSON,
      Facet.ORGANIZATION, Facet.TOPIC);

  private ArticleText text(String title, String body, String source) {
    return new ArticleText(tokenizer, languages, title, body, source);
  }

  /**
   * What {@link #extract} reads, for timing its steps one by one (ExtractionBenchmark {@code --by-step}): the
   * article's text, whose tokens and language are made on first use, and the extractor of each facet.
   */
  ArticleText textOf(String title, String body) {
    return text(title, body, null);
  }

  /** The extractor of {@code facet} in this instance's catalog, or null; see {@link #textOf}. */
  ValueExtractor extractorOf(Facet facet) {
    return extractors.get(facet);
  }

  /** The language code of a text ("de"), or "" when it does not tell: what the language facet is made of. */
  public String languageCode(String title, String body) {
    return languages.code(title, body);
  }

  /**
   * The evidence for the built-in facets {@link #extract} gives: the words that named each country and
   * person, and every topic rule that matched (assigned or not, and why). Thread-safe.
   */
  public Explanation explain(String title, String body) {
    return explain(title, body, null);
  }

  /** As {@link #explain(String, String)}, for an article published at {@code publishedAt} (null if unknown). */
  public Explanation explain(String title, String body, java.time.Instant publishedAt) {
    Tokens t = text(title, body, null).tokens();
    List<String> c = countries.extract(t, publishedAt, title);
    List<String> p = persons.extract(t, publishedAt);
    List<TopicExplanation> why = new ArrayList<>();
    topics.extract(t, why);
    int leadEnd = TermMatches.leadEnd(t, definitions, TopicMatcher.LEAD_WORDS);
    return new Explanation(ValueMentions.countries(t, c, gazetteer, leadEnd),
        ValueMentions.persons(t, p, leadEnd), why);
  }

  /** The topic names the definitions give, in file order. */
  public List<String> topicNames() {
    return definitions.topicNames();
  }

  /**
   * The canonical value another name of an entity stands for, if this extractor knows one: a country's
   * other name ("Côte d'Ivoire", "Burma"), a well-known person by title and surname ("President Putin")
   * or in another spelling, an organisation's acronym, short form or national prefix ("IMF", "the Fed",
   * "U.S. Federal Reserve").
   */
  public java.util.Optional<String> canonicalName(Facet facet, String name) {
    return names.canonical(facet, name);
  }

  /** The organisation value Reuters-21578 tags with this ORGS code ("imf"), if the gazetteer has it. */
  public java.util.Optional<String> reutersOrganisation(String code) {
    return java.util.Optional.ofNullable(organisations.byReutersCode(code)).map(OrganisationGazetteer.Organisation::name);
  }

  /** The Reuters-21578 ORGS code of an organisation value, if it has one. */
  public java.util.Optional<String> reutersCode(String organisation) {
    return java.util.Optional.ofNullable(organisations.reutersCodeOf(organisation));
  }

  /**
   * The work {@link #extract} does on this article, in steps counted by the tokenizer and the country
   * and person extractors: tests compare it across text sizes to prove extraction linear.
   */
  public long steps(String title, String body) {
    ArticleText text = text(title, body, null);
    extractors.values().forEach(extractor -> extractor.extract(text));
    return text.tokens().steps;
  }

  /**
   * The country of the place a wire story was filed from ("TOKYO, March 3 -" gives Japan), if its
   * dateline names one. Not a country value of the article (a place named alone): what Reuters-21578
   * files a story under besides the countries it names, for comparing with its PLACES tags.
   */
  public java.util.Optional<String> datelineCountry(String title, String body) {
    Tokens t = text(title, body, null).tokens();
    countries.extract(t);
    return t.datelineCountry < 0 ? java.util.Optional.empty() : java.util.Optional.of(gazetteer.name(t.datelineCountry));
  }

  /** Every country value this extractor can give, in gazetteer order. */
  public List<String> countryNames() {
    List<String> out = new ArrayList<>(gazetteer.size());
    for (int i = 0; i < gazetteer.size(); i++) {
      out.add(gazetteer.name(i));
    }
    return out;
  }
}
