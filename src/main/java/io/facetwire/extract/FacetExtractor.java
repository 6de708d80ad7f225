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
  private final TopicExtractor topics;
  private final CountryGazetteer gazetteer;
  private final Map<Facet, ValueExtractor> extractors;
  private final FacetCatalog catalog;

  private FacetExtractor(CountryGazetteer gazetteer, NameLexicon lexicon, TopicTaxonomy taxonomy) {
    this.gazetteer = gazetteer;
    this.topics = new TopicExtractor(taxonomy);
    CountryExtractor countries = new CountryExtractor(gazetteer, lexicon, CountryContext.loadDefault());
    PersonExtractor persons = new PersonExtractor(lexicon, gazetteer, KnownPersons.loadDefault());
    // Which extractor fills each built-in facet (Facet.STANDARD): a new facet adds its line here.
    Map<Facet, ValueExtractor> builtIn = Map.of(
        Facet.COUNTRY, text -> countries.extract(text.tokens()),
        Facet.PERSON, text -> persons.extract(text.tokens()),
        Facet.TOPIC, text -> topics.extract(text.tokens()));
    Map<Facet, ValueExtractor> ordered = new LinkedHashMap<>();
    for (Facet facet : Facet.STANDARD) {
      ordered.put(facet, Objects.requireNonNull(builtIn.get(facet), () -> "No extractor for facet " + facet));
    }
    this.extractors = ordered;
    this.catalog = new FacetCatalog(List.copyOf(ordered.keySet()));
  }

  private FacetExtractor(FacetExtractor base, Facet extra, ValueExtractor extractor) {
    this.gazetteer = base.gazetteer;
    this.topics = base.topics;
    this.catalog = base.catalog.with(extra);
    Map<Facet, ValueExtractor> more = new LinkedHashMap<>(base.extractors);
    more.put(extra, Objects.requireNonNull(extractor, "extractor"));
    this.extractors = more;
  }

  /** This extractor filling one facet more (shown after the others): how a deployment or test adds a facet. */
  public FacetExtractor with(Facet facet, ValueExtractor extractor) {
    return new FacetExtractor(this, facet, extractor);
  }

  /** The facets this extractor fills, in page order: the application's facets. */
  public FacetCatalog facets() {
    return catalog;
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

  /** Facets of one article, every facet of the catalog in its order; either part may be null. Thread-safe. */
  public FacetValues extract(String title, String body) {
    ArticleText text = new ArticleText(tokenizer, title, body);
    Map<Facet, List<String>> values = new LinkedHashMap<>();
    extractors.forEach((facet, extractor) -> values.put(facet, extractor.extract(text)));
    return new FacetValues(values);
  }

  /**
   * The work {@link #extract} does on this article, in steps counted by the tokenizer and the country
   * and person extractors: tests compare it across text sizes to prove extraction linear.
   */
  public long steps(String title, String body) {
    ArticleText text = new ArticleText(tokenizer, title, body);
    extractors.values().forEach(extractor -> extractor.extract(text));
    return text.tokens().steps;
  }

  /** Every topic's score for this article (for tuning the taxonomy; see topics.txt). */
  public java.util.Map<String, Double> topicScores(String title, String body) {
    Tokens t = new ArticleText(tokenizer, title, body).tokens();
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
