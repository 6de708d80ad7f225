package io.facetwire.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Country, person and topic facets of a news article, text in and sorted values out.
 *
 * <p>Loading reads the data files once (gazetteer, name lists, topic taxonomy); {@link #extract} then
 * tokenizes title and body in one pass and runs three extractors over the shared tokens: hash lookups
 * only, no regular expressions. Instances are immutable and safe to share between import threads.
 */
public final class FacetExtractor {

  private final Tokenizer tokenizer = new Tokenizer();
  private final CountryExtractor countries;
  private final PersonExtractor persons;
  private final TopicMatcher topics;
  private final CountryGazetteer gazetteer;
  private final TopicDefinitions definitions;

  private FacetExtractor(CountryGazetteer gazetteer, NameLexicon lexicon, TopicDefinitions definitions) {
    this.gazetteer = gazetteer;
    this.countries = new CountryExtractor(gazetteer, lexicon, CountryContext.loadDefault());
    this.persons = new PersonExtractor(lexicon, gazetteer, KnownPersons.loadDefault());
    this.topics = new TopicMatcher(definitions);
    this.definitions = definitions;
  }

  /** Gazetteers, name lists and topic taxonomy from the classpath. */
  public static FacetExtractor loadDefault() {
    return new FacetExtractor(CountryGazetteer.loadDefault(), NameLexicon.loadDefault(),
        TopicDefinitions.loadDefault());
  }

  /**
   * Like {@link #loadDefault()}, but the topics come from a user-editable definition file (the language
   * is described in topics.txt); a bad definition is a {@link DefinitionException} naming its line.
   */
  public static FacetExtractor load(Path taxonomyFile) {
    Objects.requireNonNull(taxonomyFile, "taxonomyFile");
    return new FacetExtractor(CountryGazetteer.loadDefault(), NameLexicon.loadDefault(),
        TopicDefinitions.load(taxonomyFile));
  }

  /** Like {@link #load(Path)}, from the text of a definition file ({@code source} names it in errors). */
  public static FacetExtractor withDefinitions(String definitions, String source) {
    return new FacetExtractor(CountryGazetteer.loadDefault(), NameLexicon.loadDefault(),
        TopicDefinitions.parse(definitions, source));
  }

  /** Facets of one article; either part may be null. Thread-safe. */
  public Facets extract(String title, String body) {
    Tokens t = tokens(title, body);
    return new Facets(countries.extract(t), persons.extract(t), topics.extract(t));
  }

  /**
   * The same facets as {@link #extract} with the evidence for each: the words that named each country
   * and person, and every topic rule that matched (assigned or not, and why). Thread-safe.
   */
  public Explanation explain(String title, String body) {
    Tokens t = tokens(title, body);
    List<String> c = countries.extract(t);
    List<String> p = persons.extract(t);
    List<TopicExplanation> why = new ArrayList<>();
    topics.extract(t, why);
    int leadEnd = TopicMatcher.Matches.find(t, definitions, TopicMatcher.LEAD_WORDS).leadEnd;
    return new Explanation(ValueMentions.countries(t, c, gazetteer, leadEnd),
        ValueMentions.persons(t, p, leadEnd), why);
  }

  /** The topic names the definitions give, in file order. */
  public List<String> topicNames() {
    return definitions.topicNames();
  }

  private Tokens tokens(String title, String body) {
    Tokens t = Tokens.forChars(length(title) + length(body));
    // A headline in capitals ("U.S. SAYS ...") carries no case information; the tokens say so.
    tokenizer.tokenize(title, t, Tokenizer.isShouted(title), 0);
    t.titleEnd = t.size;
    tokenizer.tokenize(body, t, false, Tokenizer.datelineEnd(body));
    return t;
  }

  private static int length(String s) {
    return s == null ? 0 : s.length();
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
