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
  private final TopicExtractor topics;
  private final CountryGazetteer gazetteer;

  private FacetExtractor(CountryGazetteer gazetteer, NameLexicon lexicon, TopicTaxonomy taxonomy) {
    this.gazetteer = gazetteer;
    this.countries = new CountryExtractor(gazetteer, lexicon, CountryContext.loadDefault());
    this.persons = new PersonExtractor(lexicon, gazetteer, KnownPersons.loadDefault());
    this.topics = new TopicExtractor(taxonomy);
  }

  /** Gazetteers, name lists and topic taxonomy from the classpath. */
  public static FacetExtractor loadDefault() {
    return new FacetExtractor(CountryGazetteer.loadDefault(), NameLexicon.loadDefault(),
        TopicTaxonomy.loadDefault());
  }

  /** Like {@link #loadDefault()}, but the topics come from a user-editable taxonomy file (see topics.txt). */
  public static FacetExtractor load(Path taxonomyFile) {
    Objects.requireNonNull(taxonomyFile, "taxonomyFile");
    return new FacetExtractor(CountryGazetteer.loadDefault(), NameLexicon.loadDefault(),
        TopicTaxonomy.load(taxonomyFile));
  }

  /** Facets of one article; either part may be null. Thread-safe. */
  public Facets extract(String title, String body) {
    Tokens t = tokens(title, body);
    return new Facets(countries.extract(t), persons.extract(t), topics.extract(t));
  }

  /**
   * The work {@link #extract} does on this article, in steps counted by the tokenizer and the country
   * and person extractors: tests compare it across text sizes to prove extraction linear.
   */
  public long steps(String title, String body) {
    Tokens t = tokens(title, body);
    countries.extract(t);
    persons.extract(t);
    topics.extract(t);
    return t.steps;
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

  /** Every topic's score for this article (for tuning the taxonomy; see topics.txt). */
  public java.util.Map<String, Double> topicScores(String title, String body) {
    Tokens t = tokens(title, body);
    java.util.Map<String, Double> scores = new java.util.TreeMap<>();
    topics.extract(t, scores);
    return scores;
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
