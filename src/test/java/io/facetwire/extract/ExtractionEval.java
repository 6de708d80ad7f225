package io.facetwire.extract;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Prints recall and precision of the extracted countries against Reuters-21578 PLACES and of persons
 * against PEOPLE (matched by surname). Usage: {@code ExtractionEval [reuters-dir] [--misses]}.
 *
 * <p>Places that are not countries in our gazetteer (Bermuda, Guam, ...) are left out and counted.
 * Person precision is measured on stories with PEOPLE tags only: Reuters tags just 267 people, so
 * any other name found elsewhere would count as wrong although it is right.
 */
public final class ExtractionEval {

  /** Reuters codes whose names differ from ours; a code may accept several of our names. */
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
      Map.entry("congo", Set.of("Congo")),
      Map.entry("macao", Set.of("Macau")),
      Map.entry("vatican", Set.of("Vatican City")),
      Map.entry("western-samoa", Set.of("Samoa")),
      Map.entry("trinidad-tobago", Set.of("Trinidad and Tobago")),
      Map.entry("antigua", Set.of("Antigua and Barbuda")),
      Map.entry("yemen-arab-republic", Set.of("North Yemen", "Yemen")),
      Map.entry("yemen-demo-republic", Set.of("South Yemen", "Yemen")),
      Map.entry("netherlands", Set.of("Netherlands")));

  public static void main(String[] args) throws Exception {
    Path dir = args.length > 0 && !args[0].startsWith("--") ? Path.of(args[0]) : ReutersCorpus.DEFAULT_DIR;
    boolean misses = List.of(args).contains("--misses");
    List<ReutersCorpus.Story> stories = ReutersCorpus.read(dir);
    FacetExtractor fx = FacetExtractor.loadDefault();
    Set<String> known = new HashSet<>();
    CountryGazetteer g = CountryGazetteer.loadDefault();
    for (int i = 0; i < g.size(); i++) {
      known.add(g.name(i));
    }
    long goldPlaces = 0, foundPlaces = 0, extracted = 0, correct = 0, skipped = 0;
    long goldPeople = 0, foundPeople = 0, extractedPersons = 0, correctPersons = 0;
    Map<String, Integer> missed = new TreeMap<>();
    Map<String, Integer> wrong = new TreeMap<>();
    for (ReutersCorpus.Story s : stories) {
      Facets f = fx.extract(s.title(), s.body());
      if (!s.places().isEmpty()) {
        Set<String> accepted = new HashSet<>();
        for (String code : s.places()) {
          Set<String> names = names(code);
          if (!known.containsAll(names) && names.stream().noneMatch(known::contains)) {
            skipped++;
            continue;
          }
          accepted.addAll(names);
          goldPlaces++;
          if (names.stream().anyMatch(f.countries()::contains)) {
            foundPlaces++;
          } else {
            missed.merge(code, 1, Integer::sum);
          }
        }
        for (String c : f.countries()) {
          extracted++;
          if (accepted.contains(c)) {
            correct++;
          } else {
            wrong.merge(c, 1, Integer::sum);
          }
        }
      }
      if (!s.people().isEmpty()) {
        Set<String> surnames = new HashSet<>();
        for (String p : s.people()) {
          surnames.add(p.substring(p.lastIndexOf('-') + 1));
        }
        Set<String> found = new HashSet<>();
        for (String name : f.persons()) {
          extractedPersons++;
          String last = surname(name);
          if (surnames.contains(last)) {
            correctPersons++;
            found.add(last);
          }
        }
        goldPeople += surnames.size();
        foundPeople += found.size();
      }
    }
    System.out.printf("stories: %d%n", stories.size());
    System.out.printf("countries vs PLACES: recall %.3f (%d/%d), precision %.3f (%d/%d); %d non-country places skipped%n",
        (double) foundPlaces / goldPlaces, foundPlaces, goldPlaces, (double) correct / extracted, correct, extracted, skipped);
    System.out.printf("persons vs PEOPLE (by surname, stories with PEOPLE): recall %.3f (%d/%d), precision %.3f (%d/%d)%n",
        (double) foundPeople / goldPeople, foundPeople, goldPeople,
        (double) correctPersons / extractedPersons, correctPersons, extractedPersons);
    if (misses) {
      System.out.println("most missed places: " + top(missed));
      System.out.println("most extra countries: " + top(wrong));
    }
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

  private static String surname(String name) {
    String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    return java.text.Normalizer.normalize(last, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  private static String top(Map<String, Integer> counts) {
    return counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(25)
        .map(e -> e.getKey() + "=" + e.getValue()).toList().toString();
  }
}
