package io.facetwire.evaluation;

import io.facetwire.article.Article;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordSink;
import io.facetwire.article.ReutersSgmlReader;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Scores extraction against the hand-made tags of Reuters-21578: countries against PLACES, persons
 * against PEOPLE matched by surname (the tags are "james-baker"). Only articles that carry tags of the
 * kind are counted. The tags list the places and people a story is filed under, not every one it
 * names, so precision here is a lower bound; recall is the figure that means what it says. PLACES
 * that are no country in the gazetteer (Bermuda, Guam, ...) are left out and counted.
 */
public final class ReutersEvaluation {

  /** Reuters codes whose names differ from the gazetteer's; a code may accept several of its names. */
  private static final Map<String, Set<String>> SPECIAL = Map.ofEntries(
      Map.entry("usa", Set.of("United States")),
      Map.entry("uk", Set.of("United Kingdom")),
      Map.entry("ussr", Set.of("Soviet Union", "Russia")),
      Map.entry("west-germany", Set.of("West Germany", "Germany")),
      Map.entry("east-germany", Set.of("East Germany")),
      Map.entry("uae", Set.of("United Arab Emirates")),
      Map.entry("burma", Set.of("Myanmar")),
      Map.entry("kampuchea", Set.of("Cambodia")),
      Map.entry("zaire", Set.of("DR Congo")),
      Map.entry("swaziland", Set.of("Eswatini")),
      Map.entry("macao", Set.of("Macau")),
      Map.entry("vatican", Set.of("Vatican City")),
      Map.entry("western-samoa", Set.of("Samoa")),
      Map.entry("trinidad-tobago", Set.of("Trinidad and Tobago")),
      Map.entry("antigua", Set.of("Antigua and Barbuda")),
      Map.entry("yemen-arab-republic", Set.of("North Yemen", "Yemen")),
      Map.entry("yemen-demo-republic", Set.of("South Yemen", "Yemen")));

  /** Reuters TOPICS codes to the topic a reader would give such a story. */
  private static final Map<String, String> TOPIC_OF_CODE = topicCodes();

  private final TopicCoverage topics = new TopicCoverage();
  private final Set<String> known;
  private final FacetExtractor extractor;
  private final ErrorTally errors = new ErrorTally();
  private long articles;
  private long skippedPlaces;
  private long goldPlaces;
  private long foundPlaces;
  private long extractedCountries;
  private long correctCountries;
  private long goldPeople;
  private long foundPeople;
  private long extractedPersons;
  private long correctPersons;
  private long goldOrgs;
  private long foundOrgs;
  private long extractedOrgs;
  private long correctOrgs;
  private long extractionNanos;
  private long extractedArticles;

  private ReutersEvaluation(FacetExtractor extractor) {
    this.extractor = extractor;
    this.known = new HashSet<>(extractor.countryNames());
  }

  /** Reads every {@code reut2-NNN.sgm} in {@code dir} and scores each article. */
  public static ReutersEvaluation run(FacetExtractor extractor, Path dir) throws IOException {
    ReutersEvaluation e = new ReutersEvaluation(extractor);
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no reut2-NNN.sgm files in " + dir);
    }
    ReutersSgmlReader reader = new ReutersSgmlReader();
    for (Path f : files) {
      reader.read(f, ReadOptions.NONE, RecordSink.skippingRejects(e::score)); // records without text are not articles
    }
    return e;
  }

  private void score(Article a) {
    List<String> places = a.sourceTags().getOrDefault("places", List.of());
    List<String> people = a.sourceTags().getOrDefault("people", List.of());
    long t0 = System.nanoTime();
    FacetValues f = extractor.extract(a.title(), a.body());
    extractionNanos += System.nanoTime() - t0;
    extractedArticles++;
    scoreTopics(a.sourceTags().getOrDefault("topics", List.of()), f.values(Facet.TOPIC));
    List<String> orgs = a.sourceTags().getOrDefault("orgs", List.of());
    if (!orgs.isEmpty()) {
      scoreOrgs(a.id(), orgs, f.values(Facet.ORGANIZATION));
    }
    if (places.isEmpty() && people.isEmpty()) {
      return;
    }
    articles++;
    if (!places.isEmpty()) {
      List<String> countries = f.values(Facet.COUNTRY);
      scorePlaces(a.id(), places, countries);
      // PLACES also files a story under the place of its dateline, which is no country of the facet
      // (a place named alone): scored apart, so both what the facet gives and the rest stay comparable.
      Set<String> withDateline = new java.util.TreeSet<>(countries);
      extractor.datelineCountry(a.title(), a.body()).ifPresent(withDateline::add);
      withDatelinePlaces.add(places, withDateline);
    }
    if (!people.isEmpty()) {
      scorePeople(a.id(), people, f.values(Facet.PERSON));
    }
  }

  private void scoreTopics(List<String> codes, List<String> found) {
    topics.count(found);
    Set<String> expected = new java.util.TreeSet<>();
    for (String code : codes) {
      String topic = TOPIC_OF_CODE.get(code);
      if (topic != null) {
        expected.add(topic);
      }
    }
    for (String topic : expected) {
      topics.add(topic, topic, found);
    }
  }

  private static Map<String, String> topicCodes() {
    Map<String, String> m = new java.util.HashMap<>();
    for (String c : List.of("earn", "acq")) {
      m.put(c, "business");
    }
    for (String c : List.of("crude", "nat-gas", "fuel", "heat", "propane", "gas", "jet", "naphtha")) {
      m.put(c, "energy");
    }
    for (String c : List.of("trade", "money-fx", "interest", "gnp", "cpi", "bop", "jobs", "ipi", "retail",
        "reserves", "money-supply", "income", "wpi", "instal-debt", "dlr", "yen")) {
      m.put(c, "trade and economy");
    }
    for (String c : List.of("grain", "wheat", "corn", "sugar", "coffee", "cocoa", "oilseed", "soybean",
        "livestock", "veg-oil", "cotton", "rice", "barley", "sorghum", "carcass", "l-cattle", "hog", "rapeseed",
        "soy-meal", "soy-oil", "oat", "meal-feed", "palm-oil", "rubber", "orange", "tea")) {
      m.put(c, "agriculture");
    }
    return Map.copyOf(m);
  }

  /** Places found and countries correct, without the error list: for the figure with the dateline's place. */
  private final class PlaceCounts {
    private long gold;
    private long found;
    private long extracted;
    private long correct;

    void add(List<String> places, Set<String> countries) {
      Set<String> accepted = new HashSet<>();
      for (String code : places) {
        Set<String> names = names(code);
        if (names.stream().noneMatch(known::contains)) {
          continue;
        }
        accepted.addAll(names);
        gold++;
        if (names.stream().anyMatch(countries::contains)) {
          found++;
        }
      }
      extracted += countries.size();
      correct += countries.stream().filter(accepted::contains).count();
    }

    Figures figures() {
      return new Figures(found, gold, correct, extracted);
    }
  }

  private final PlaceCounts withDatelinePlaces = new PlaceCounts();

  private void scorePlaces(String id, List<String> places, List<String> countries) {
    Set<String> accepted = new HashSet<>();
    for (String code : places) {
      Set<String> names = names(code);
      if (names.stream().noneMatch(known::contains)) {
        skippedPlaces++;
        continue;
      }
      accepted.addAll(names);
      goldPlaces++;
      if (names.stream().anyMatch(countries::contains)) {
        foundPlaces++;
      } else {
        errors.add("country", "missed", code, id);
      }
    }
    for (String c : countries) {
      extractedCountries++;
      if (accepted.contains(c)) {
        correctCountries++;
      } else {
        errors.add("country", "extra", c, id);
      }
    }
  }

  /**
   * ORGS tags are codes of international bodies ("imf", "ec"): a tag is found when the organisation the
   * gazetteer files under that code was extracted; precision counts only extracted organisations that
   * have such a code (companies and national bodies are outside what ORGS tags).
   */
  private void scoreOrgs(String id, List<String> codes, List<String> extracted) {
    Set<String> expected = new HashSet<>();
    for (String code : codes) {
      goldOrgs++;
      extractor.reutersOrganisation(code).ifPresentOrElse(expected::add,
          () -> errors.add("organization", "missed", code, id));
    }
    for (String name : extracted) {
      if (extractor.reutersCode(name).isEmpty()) {
        continue;
      }
      extractedOrgs++;
      if (expected.remove(name)) {
        correctOrgs++;
        foundOrgs++;
      } else {
        errors.add("organization", "extra", name, id);
      }
    }
    expected.forEach(name -> errors.add("organization", "missed", name, id));
  }

  private void scorePeople(String id, List<String> people, List<String> persons) {
    Set<String> surnames = new HashSet<>();
    for (String p : people) {
      surnames.add(Values.surnameKey(p.replace('-', ' ')));
    }
    Set<String> found = new HashSet<>();
    for (String name : persons) {
      extractedPersons++;
      String last = Values.surnameKey(name);
      if (surnames.contains(last)) {
        correctPersons++;
        found.add(last);
      } else {
        errors.add("person", "extra", name, id);
      }
    }
    for (String s : surnames) {
      if (!found.contains(s)) {
        errors.add("person", "missed", s, id);
      }
    }
    goldPeople += surnames.size();
    foundPeople += found.size();
  }

  private static Set<String> names(String code) {
    Set<String> special = SPECIAL.get(code);
    if (special != null) {
      return special;
    }
    StringBuilder sb = new StringBuilder();
    for (String part : code.split("-")) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return Set.of(sb.toString());
  }

  /**
   * Recall and precision with their own numerators: a PLACES code may accept two names ("ussr" is
   * Soviet Union or Russia), so places found and countries correct are counted apart.
   */
  public record Figures(long found, long gold, long correct, long extracted) {
    public double recall() {
      return gold == 0 ? 1.0 : (double) found / gold;
    }

    public double precision() {
      return extracted == 0 ? 1.0 : (double) correct / extracted;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
  }

  /** Countries against PLACES. */
  public Figures places() {
    return new Figures(foundPlaces, goldPlaces, correctCountries, extractedCountries);
  }

  /** The countries with the place of the story's dateline (what PLACES files it under) against PLACES. */
  public Figures placesWithDateline() {
    return withDatelinePlaces.figures();
  }

  /** Persons against PEOPLE, by surname. */
  public Figures people() {
    return new Figures(foundPeople, goldPeople, correctPersons, extractedPersons);
  }

  /** Organisations with a Reuters code against ORGS. */
  public Figures orgs() {
    return new Figures(foundOrgs, goldOrgs, correctOrgs, extractedOrgs);
  }

  public long articles() {
    return articles;
  }

  public long skippedPlaces() {
    return skippedPlaces;
  }

  /** Extraction alone over every article read (one thread, first pass: includes JIT warm-up). */
  public double articlesPerSecond() {
    return extractionNanos == 0 ? 0 : extractedArticles * 1e9 / extractionNanos;
  }

  /** Reuters TOPICS (earn, crude, grain, ...) against the matching extracted topics. */
  public TopicCoverage topics() {
    return topics;
  }

  public ErrorTally errors() {
    return errors;
  }
}
