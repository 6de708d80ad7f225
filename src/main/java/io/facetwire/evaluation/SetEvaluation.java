package io.facetwire.evaluation;

import io.facetwire.extract.FacetExtractor;
import io.facetwire.extract.OrganisationIdentity;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Runs the extractor over a hand-labelled set and scores each facet against the labels. */
public final class SetEvaluation {

  public static final List<String> FACETS = List.of("country", "person", "topic");

  private final Map<String, Score> scores = new LinkedHashMap<>();
  private final TopicScores topics = new TopicScores();
  private final ErrorTally errors = new ErrorTally();
  private int articles;
  private int organizationArticles;

  /** Scored only on sets that label organizations (see {@link #organizationArticles()}). */
  public static final String ORGANIZATION = "organization";

  public static SetEvaluation run(FacetExtractor extractor, List<LabelledArticle> set) {
    SetEvaluation e = new SetEvaluation();
    FACETS.forEach(f -> e.scores.put(f, Score.ZERO));
    for (LabelledArticle a : set) {
      FacetValues found = extractor.extract(a.title(), a.body(), a.source(), a.publishedAt());
      e.compare("country", a.countries(), found.values(Facet.COUNTRY), a.name(), Values::key);
      e.compare("person", a.persons(), found.values(Facet.PERSON), a.name(), Values::personKey);
      e.compare("topic", a.topics(), found.values(Facet.TOPIC), a.name(), Values::key);
      e.topics.add(a.topics(), found.values(Facet.TOPIC));
      if (a.organizationsLabelled()) {
        e.compare(ORGANIZATION, a.organizations(), found.values(Facet.ORGANIZATION), a.name(),
            organizationIdentity(extractor));
        e.organizationArticles++;
      }
      e.articles++;
    }
    return e;
  }

  /**
   * An organization is one identity under all the names the gazetteer gives it (a label written "World
   * Trade Organisation", "EC Commission" or "USDA" is the value "World Trade Organization", "European
   * Commission", "Agriculture Department", as "A|B" alternatives are for persons), and under every spelling
   * {@link OrganisationIdentity} makes one: case, accents, punctuation, a leading "The", -isation/-ization,
   * "&"/"and", a legal form at the end ("Ford Motor Co" = "Ford Motor", "Chelsea FC" = "Chelsea").
   */
  static Function<String, String> organizationIdentity(FacetExtractor extractor) {
    return value -> OrganisationIdentity.key(extractor.canonicalName(Facet.ORGANIZATION, value)
        .or(() -> extractor.canonicalName(Facet.ORGANIZATION, OrganisationIdentity.withoutLegalForm(value)))
        .orElse(value));
  }

  /**
   * Each labelled value matches at most one extracted value and the other way round; a labelled value
   * "A|B" matches an extracted A or B.
   */
  private void compare(String facet, List<String> gold, List<String> extracted, String article,
      Function<String, String> identity) {
    List<String> unmatched = new ArrayList<>(extracted);
    long tp = 0;
    for (String labelled : gold) {
      String hit = null;
      for (String alternative : labelled.split("\\|")) {
        String key = identity.apply(alternative);
        for (String value : unmatched) {
          if (identity.apply(value).equals(key)) {
            hit = value;
            break;
          }
        }
        if (hit != null) {
          break;
        }
      }
      if (hit != null) {
        unmatched.remove(hit);
        tp++;
      } else {
        errors.add(facet, "missed", labelled.split("\\|")[0], article);
      }
    }
    for (String extra : unmatched) {
      errors.add(facet, "extra", extra, article);
    }
    scores.merge(facet, new Score(tp, extracted.size(), gold.size()), Score::plus);
  }

  public Score score(String facet) {
    return scores.getOrDefault(facet, Score.ZERO);
  }

  /** Articles of the set whose organizations are labelled; 0 for older sets. */
  public int organizationArticles() {
    return organizationArticles;
  }

  /** Per-topic figures over this set. */
  public TopicScores topics() {
    return topics;
  }

  public int articles() {
    return articles;
  }

  public ErrorTally errors() {
    return errors;
  }
}
