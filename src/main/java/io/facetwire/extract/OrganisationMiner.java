package io.facetwire.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mines organisation names from unlabelled articles for {@link MinedOrganisations}: the names the
 * recogniser itself finds only where the words around them say so, read in many articles so that an
 * article that names one with no such words still has it. Three kinds of evidence, each of high
 * precision:
 * <ul>
 * <li>{@code cue}: a name a cue announces ("mobile phone maker Sendo", "shares in Webroot", "a Lycos
 *     spokesman", {@link OrganisationCues});</li>
 * <li>{@code form}: a company's name without its legal form ("Parmalat" of "Parmalat SpA", "Salomon
 *     Brothers" of "Salomon Brothers Inc"), since later mentions drop the form;</li>
 * <li>{@code bracket}: a name Reuters marks as a company with angle brackets ("&lt;Banque Paribas&gt;").</li>
 * </ul>
 * A name is kept when it has evidence in at least {@code minArticles} articles and is not a common word:
 * a one-word name must be written in lower case far less often than capitalised inside a sentence ("Sale",
 * the rugby club, is also a sale), and no word may be a given name of a one-word name, a title, a stop word,
 * or all of it a place. Not thread-safe: one miner reads a corpus in one thread.
 */
public final class OrganisationMiner {

  /**
   * A mined name: as most often written, in how many articles it had evidence, which kinds, and in how
   * many articles it stood as a whole run of capitalised words (with evidence or without).
   */
  public record MinedName(String name, int articles, Set<String> kinds, int standing) {

    /** The share of the articles it stands in that say it is an organisation: "Europe" is seldom one. */
    public double share() {
      return articles / (double) Math.max(articles, standing);
    }
  }

  /** Reuters-21578 marks company names it has no ticker for with angle brackets: "&lt;Banque Paribas&gt;". */
  private static final Pattern BRACKETED = Pattern.compile("<(\\p{Lu}[\\p{L}\\p{N}&.,'\\- ]{1,60})>");

  private final Tokenizer tokenizer = new Tokenizer();
  private final NameLexicon lexicon;
  private final CountryGazetteer places;
  private final OrganisationGazetteer gazetteer;
  private final OrganisationExtractor extractor;
  /** Lower-case key to its evidence. */
  private final Map<String, Evidence> evidence = new HashMap<>();
  /** Lower-case word to {times in lower case, times capitalised inside a sentence}. */
  private final Map<String, int[]> wordCase = new HashMap<>();
  /** Lower-case word to the number of articles that use it as a person's surname ("Bill Gates", "Mr Lynch"). */
  private final Map<String, Integer> surnames = new HashMap<>();
  /** Lower-case key of a whole run of capitalised words to the number of articles it stands in. */
  private final Map<String, Integer> standing = new HashMap<>();

  private static final class Evidence {
    final Map<String, Integer> written = new HashMap<>();
    final Set<String> kinds = new TreeSet<>();
    int articles;
  }

  private OrganisationMiner(NameLexicon lexicon, CountryGazetteer places, OrganisationGazetteer gazetteer) {
    this.lexicon = lexicon;
    this.places = places;
    this.gazetteer = gazetteer;
    // The recogniser without any mined list: mining never feeds on its own output.
    this.extractor = new OrganisationExtractor(gazetteer, lexicon, places, MinedOrganisations.none());
  }

  public static OrganisationMiner create() {
    return new OrganisationMiner(NameLexicon.loadDefault(), CountryGazetteer.loadDefault(),
        OrganisationGazetteer.loadDefault());
  }

  /** Reads one article's evidence. */
  public void add(String title, String body) {
    title = title == null ? "" : title;
    body = body == null ? "" : body;
    Tokens t = Tokens.forChars(title.length() + body.length());
    tokenizer.tokenize(title, t, Tokenizer.isShouted(title), 0);
    t.titleEnd = t.size;
    tokenizer.tokenize(body, t, false, Tokenizer.datelineEnd(body));
    countCase(t);
    countRuns(t);
    FoundOrganisations f = extractor.scan(t);
    countSurnames(t, f.article);
    Map<String, String> kindByName = new HashMap<>();
    f.cued.forEach(n -> kindByName.putIfAbsent(n, "cue"));
    f.cuedAcronyms.forEach(n -> kindByName.putIfAbsent(n, "cue"));
    for (String n : f.names) {
      String shortForm = withoutCompanyForm(n);
      if (shortForm != null) {
        kindByName.putIfAbsent(shortForm, "form");
      }
    }
    Matcher m = BRACKETED.matcher(body);
    while (m.find()) {
      String n = m.group(1).strip();
      if (n.equals(n.toUpperCase(Locale.ROOT))) {
        continue; // a ticker ("<VOWG.F>", "<XON>"), not a name
      }
      String shortForm = withoutCompanyForm(n);
      kindByName.putIfAbsent(shortForm != null ? shortForm : n, "bracket");
    }
    Set<String> seen = new HashSet<>();
    kindByName.forEach((written, kind) -> {
      String key = key(written);
      if (key.isEmpty() || gazetteer.canonical(key) != null) {
        return; // the curated list has it, with its canonical value
      }
      Evidence e = evidence.computeIfAbsent(key, k -> new Evidence());
      e.written.merge(written, 1, Integer::sum);
      e.kinds.add(kind);
      if (seen.add(key)) {
        e.articles++;
      }
    });
  }

  /**
   * The names with evidence in at least {@code minArticles} articles and in at least {@code minShare} of the
   * articles they stand in ({@link MinedName#share}) that pass the common-word checks.
   */
  public List<MinedName> names(int minArticles, double minShare) {
    List<MinedName> out = new ArrayList<>();
    evidence.forEach((key, e) -> {
      if (e.articles >= minArticles && acceptable(key)) {
        String written = e.written.entrySet().stream()
            .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
            .orElseThrow().getKey();
        MinedName n = new MinedName(written, e.articles, e.kinds, standing.getOrDefault(key, 0));
        if (n.share() >= minShare) {
          out.add(n);
        }
      }
    });
    out.sort(Comparator.comparing(MinedName::name));
    return out;
  }

  /** Not a common word, given name, title, stop word or place. */
  private boolean acceptable(String key) {
    String[] words = key.split(" ");
    if (OrganisationWords.COMPANY_FORMS.contains(words[0]) || key.contains("'")) {
      return false; // "Co Inc" of a cut name; "I'm"
    }
    boolean allPlaces = true;
    for (String w : words) {
      if (lexicon.isStopWord(w) || lexicon.titleKind(w) != NameLexicon.TitleKind.NONE
          || OrganisationWords.LEADING_NOISE.contains(w) || OrganisationWords.CONNECTORS.contains(w)
          && (w.equals(words[0]) || w.equals(words[words.length - 1]))) {
        return false;
      }
      allPlaces &= places.isPlaceWord(w);
    }
    if (allPlaces) {
      return false;
    }
    if (words.length == 1) {
      // Also seldom a person's surname: "Gates" is Bill Gates more often than the firm.
      int[] c = wordCase.getOrDefault(key, new int[2]);
      return key.length() >= 2 && !lexicon.isFirstName(key) && c[0] * 4 <= c[1]
          && surnames.getOrDefault(key, 0) * 4 <= evidence.get(key).articles;
    }
    return true;
  }

  /**
   * "Parmalat" of "Parmalat SpA", "Hoare Govett" of "Hoare Govett and Co": the name without its trailing
   * company forms, or null if it has none or nothing is left.
   */
  private static String withoutCompanyForm(String name) {
    String[] words = name.split(" ");
    int end = words.length;
    while (end > 0 && (OrganisationWords.COMPANY_FORMS.contains(words[end - 1].toLowerCase(Locale.ROOT).replace(".", ""))
        || end < words.length && "and".equals(words[end - 1]))) {
      end--;
    }
    return end == words.length || end == 0 ? null : String.join(" ", List.of(words).subList(0, end));
  }

  private String key(String written) {
    Tokens t = new Tokens();
    tokenizer.tokenize(written, t, false, 0);
    return String.join(" ", java.util.Arrays.copyOf(t.lower, t.size));
  }

  /**
   * Counts the article once for each whole run of capitalised words in it (up to the longest name worth
   * mining, leading sentence words such as "The" dropped): the runs a mined name would be matched as.
   */
  private void countRuns(Tokens t) {
    Set<String> runs = new HashSet<>();
    int i = 0;
    while (i < t.size) {
      if (!t.has(i, Tokens.CAP) || t.has(i, Tokens.SHOUT)) {
        i++;
        continue;
      }
      int end = i;
      while (end + 1 < t.size && t.has(end + 1, Tokens.CAP) && !t.has(end + 1, Tokens.SHOUT)
          && !t.has(end, Tokens.POSSESSIVE) && (!t.has(end + 1, Tokens.BREAK_BEFORE) || t.has(end + 1, Tokens.HYPHEN_BEFORE))) {
        end++;
      }
      int start = i;
      while (start < end && OrganisationWords.LEADING_NOISE.contains(t.lower[start])) {
        start++;
      }
      if (end - start < MAX_WORDS) {
        runs.add(String.join(" ", java.util.Arrays.copyOfRange(t.lower, start, end + 1)));
      }
      i = end + 1;
    }
    runs.forEach(r -> standing.merge(r, 1, Integer::sum));
  }

  private void countSurnames(Tokens t, ArticleNames article) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < t.size; i++) {
      if (t.has(i, Tokens.CAP) && seen.add(t.lower[i]) && article.isSurname(t.lower[i])) {
        surnames.merge(t.lower[i], 1, Integer::sum);
      }
    }
  }

  /** Longer runs are not counted: no mined name is that long. */
  private static final int MAX_WORDS = 6;

  private void countCase(Tokens t) {
    for (int i = 0; i < t.size; i++) {
      if (t.has(i, Tokens.SHOUT) || t.has(i, Tokens.DIGIT)) {
        continue;
      }
      if (!t.has(i, Tokens.CAP)) {
        wordCase.computeIfAbsent(t.lower[i], k -> new int[2])[0]++;
      } else if (!t.has(i, Tokens.SENT_START)) {
        wordCase.computeIfAbsent(t.lower[i], k -> new int[2])[1]++;
      }
    }
  }
}
