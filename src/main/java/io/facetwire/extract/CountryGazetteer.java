package io.facetwire.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The countries Facetwire knows and every phrase that names one, loaded from {@code countries.tsv}
 * (a data file, so that adding an alias is not a code change). Phrases are indexed by their first
 * lower-cased token, longest phrase first, so that matching is one hash lookup per capitalised token.
 * Immutable after loading, hence thread-safe.
 */
final class CountryGazetteer {

  enum Kind { NAME, DEMONYM, CAPITAL, DATELINE_ONLY, BLOCK }

  /** One phrase naming a country (or, for {@link Kind#BLOCK}, a phrase that must not count). */
  /**
   * {@code organ}: one state's central organ named alone ("Federal Home Loan Bank Board", "House of Lords"; flagged
   * {@code !} in countries.tsv), which names the state when the story tells what it does (LABELLING.md).
   */
  record Entry(int country, String[] lower, String[] exact, Kind kind, boolean nameLike, boolean weak, boolean organ,
      int possessives) {
    int length() {
      return lower.length;
    }

    /**
     * Whether the phrase's own word k is a possessive: "People's" in "People's Republic of China". A possessive ends a
     * phrase in the text ("Japan's Finance Ministry"), except where the phrase itself has it.
     */
    boolean possessiveAt(int k) {
      return (possessives & (1 << k)) != 0;
    }
  }

  private static final Entry[] NONE = new Entry[0];

  private final String[] names;
  private final Map<String, Entry[]> byFirstToken;
  /** Lower-cased single words that name a place (not name-like ones): never part of a person's name. */
  private final Set<String> placeWords;
  /** A country's name or alias, lower-cased tokens joined by spaces ("south korea"), to its first demonym. */
  private final Map<String, String> adjectiveByName;

  private CountryGazetteer(String[] names, Map<String, Entry[]> byFirstToken, Set<String> placeWords,
      Map<String, String> adjectiveByName) {
    this.names = names;
    this.byFirstToken = byFirstToken;
    this.placeWords = placeWords;
    this.adjectiveByName = adjectiveByName;
  }

  /**
   * The adjective of the country a name or alias names, given as lower-cased tokens joined by spaces ("japan",
   * "south korea"): the first demonym of its line ("Japanese", "South Korean"); null for no country or none.
   */
  String adjectiveOf(String lowerName) {
    return adjectiveByName.get(lowerName);
  }

  static CountryGazetteer loadDefault() {
    try (InputStream in = CountryGazetteer.class.getResourceAsStream("countries.tsv")) {
      if (in == null) {
        throw new IllegalStateException("countries.tsv missing from the classpath");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "countries.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CountryGazetteer parse(BufferedReader reader, String source) throws IOException {
    Tokenizer tokenizer = new Tokenizer();
    List<String> names = new ArrayList<>();
    Map<String, List<Entry>> index = new HashMap<>();
    Map<String, Integer> owner = new HashMap<>();
    Set<String> placeWords = new HashSet<>();
    Map<String, String> adjectiveByName = new HashMap<>();
    String line;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      String canonical = cols[0].trim();
      int id = canonical.equals("-") ? -1 : names.size();
      if (id >= 0) {
        names.add(canonical);
      }
      Kind[] kinds = {Kind.NAME, Kind.NAME, Kind.DEMONYM, Kind.CAPITAL, Kind.DATELINE_ONLY};
      // The canonical name goes last among the names, so a flagged alias ("~Jordan") decides its flags.
      String[] columns = {col(cols, 1), id >= 0 ? canonical : "", col(cols, 2), col(cols, 3), col(cols, 4)};
      String adjective = id >= 0 ? withoutFlags(columns[2].split("\\|")[0].strip()) : "";
      if (!adjective.isEmpty()) {
        for (String name : (columns[1] + "|" + columns[0]).split("\\|")) {
          String bare = withoutFlags(name.strip());
          if (!bare.isEmpty()) {
            adjectiveByName.putIfAbsent(lowerKey(tokenizer, bare), adjective);
          }
        }
      }
      for (int c = 0; c < columns.length; c++) {
        for (String raw : columns[c].split("\\|")) {
          String value = raw.trim();
          if (value.isEmpty()) {
            continue;
          }
          boolean nameLike = false;
          boolean weak = false;
          boolean organ = false;
          while (value.startsWith("~") || value.startsWith("?") || value.startsWith("!")) {
            nameLike |= value.charAt(0) == '~';
            weak |= value.charAt(0) == '?';
            organ |= value.charAt(0) == '!';
            value = value.substring(1);
          }
          Kind kind = id < 0 ? Kind.BLOCK : kinds[c];
          // An organ's words ("Justice", "Department", "Home", "Office") are no place words: they stay free to start
          // or end the names of persons and organizations ("Thailand's Commerce Ministry").
          Set<String> places = organ ? new HashSet<>() : placeWords;
          addPhrase(tokenizer, value, id, kind, nameLike, weak, organ, index, owner, places, source, lineNo);
          if (kind == Kind.DEMONYM && !value.endsWith("s") && !value.endsWith("sh")
              && !value.endsWith("ch") && !value.endsWith("ese")) {
            addPhrase(tokenizer, value + "s", id, kind, nameLike, weak, organ, index, owner, places, source, lineNo);
          }
        }
      }
    }
    Map<String, Entry[]> byFirst = new HashMap<>();
    for (Map.Entry<String, List<Entry>> e : index.entrySet()) {
      Entry[] arr = e.getValue().toArray(NONE);
      Arrays.sort(arr, Comparator.comparingInt(Entry::length).reversed());
      byFirst.put(e.getKey(), arr);
    }
    return new CountryGazetteer(names.toArray(new String[0]), Lookups.map(byFirst), Lookups.set(placeWords),
        Map.copyOf(adjectiveByName));
  }

  private static String withoutFlags(String value) {
    String v = value;
    while (v.startsWith("~") || v.startsWith("?") || v.startsWith("!")) {
      v = v.substring(1);
    }
    return v;
  }

  private static String lowerKey(Tokenizer tokenizer, String phrase) {
    Tokens t = new Tokens();
    tokenizer.tokenize(phrase, t, false, 0);
    return String.join(" ", Arrays.copyOf(t.lower, t.size));
  }

  private static String col(String[] cols, int i) {
    return i < cols.length ? cols[i] : "";
  }

  private static void addPhrase(Tokenizer tokenizer, String phrase, int id, Kind kind, boolean nameLike,
      boolean weak, boolean organ, Map<String, List<Entry>> index, Map<String, Integer> owner, Set<String> placeWords,
      String source, int lineNo) {
    Tokens t = new Tokens();
    tokenizer.tokenize(phrase, t, false, 0);
    String[] lower = Arrays.copyOf(t.lower, t.size);
    String key = String.join(" ", lower);
    Integer previous = owner.putIfAbsent(key, id);
    if (previous != null) {
      if (previous != id) {
        throw new IllegalArgumentException(source + ":" + lineNo + ": phrase '" + phrase
            + "' already names another country");
      }
      return; // same country twice (e.g. canonical name repeated as alias): first flags win
    }
    // An alias written in capitals ("US", "UAE") must be written in capitals in the text too.
    boolean exact = t.size == 1 && t.has(0, Tokens.ALL_CAPS) && t.text[0].length() > 1;
    String[] exactText = exact ? Arrays.copyOf(t.text, t.size) : null;
    int possessives = 0;
    for (int k = 0; k < t.size && k < Integer.SIZE; k++) {
      possessives |= t.has(k, Tokens.POSSESSIVE) ? 1 << k : 0;
    }
    index.computeIfAbsent(lower[0], k -> new ArrayList<>())
        .add(new Entry(id, lower, exactText, kind, nameLike, weak, organ, possessives));
    if (!nameLike && kind != Kind.DATELINE_ONLY) {
      // Every word of a place name ("Abu Dhabi", "Sri Lanka") is no part of a person's name; the person
      // extractor still lets a known given name ("Abu", "Jordan") start a name. A single letter ("S. Korea",
      // "N. Korea") is an initial in a person's name ("S. Burger") far more often than part of a place's.
      for (String word : lower) {
        if (word.length() > 1) {
          placeWords.add(word);
        }
      }
    }
  }

  /** Phrases whose first lower-cased token is {@code lowerToken}, longest first; empty if none. */
  Entry[] startingWith(String lowerToken) {
    Entry[] e = byFirstToken.get(lowerToken);
    return e == null ? NONE : e;
  }

  /**
   * True if the whole name, of two or more words, is a place the gazetteer lists: a country, a capital or a city of
   * its dateline column ("Rio de Janeiro", "Minas Gerais"), not an organ or a demonym, or such a place with its last
   * word misspelt by one letter ("the IMF has said Sri Lanaka must reduce", session 48, test45). A person's name is
   * never one.
   */
  boolean isPlaceName(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT).strip();
    if (WhiteSpace.indexOf(lower, 0) < 0) {
      return false; // one word
    }
    String[] words = WhiteSpace.split(lower);
    for (Entry e : startingWith(words[0])) {
      if (!e.organ() && e.kind() != Kind.DEMONYM && e.lower().length == words.length
          && Arrays.equals(e.lower(), 0, words.length - 1, words, 0, words.length - 1)
          && typedAs(e.lower()[words.length - 1], words[words.length - 1])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The place's word {@code place} written as {@code written}, or one letter from it (changed, added or left out, as
   * {@link SurnameSpellings#oneEditApart} reads surnames), the place's word being four letters or more: a typing slip.
   */
  private static boolean typedAs(String place, String written) {
    return place.equals(written) || place.length() >= 4 && SurnameSpellings.oneEditApart(place, written);
  }

  boolean isPlaceWord(String lowerToken) {
    return placeWords.contains(lowerToken);
  }

  /** The index of the country with this canonical name, or -1. */
  int indexOf(String canonical) {
    return java.util.Arrays.asList(names).indexOf(canonical);
  }

  String name(int country) {
    return names[country];
  }

  int size() {
    return names.length;
  }
}
