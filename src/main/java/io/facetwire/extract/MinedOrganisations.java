package io.facetwire.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Organisation names mined from the shipped corpus (organisations-mined.tsv, made by
 * {@code facetwire mine-organisations}, see {@link OrganisationMiner}): names that other articles call an
 * organisation ("mobile phone maker Sendo", "Parmalat SpA", Reuters' "&lt;Banque Paribas&gt;"), so that
 * an article naming one with no cue around it ("Sendo said ...") still has it. Unlike the curated
 * {@link OrganisationGazetteer} a mined name has no canonical value or aliases: it is the value as
 * written, and it is no identity for other facets (a person named like a mined firm stays a person).
 */
final class MinedOrganisations {

  static final String RESOURCE = "organisations-mined.tsv";

  private final Set<String> names;
  private final Set<String> prefixes;
  private final int longest;

  private MinedOrganisations(Set<String> names, Set<String> prefixes, int longest) {
    this.names = names;
    this.prefixes = prefixes;
    this.longest = longest;
  }

  static MinedOrganisations loadDefault() {
    return of(NameLexicon.lines(RESOURCE).stream().filter(l -> !l.isBlank())
        .map(l -> l.split("\t", -1)[0].strip()).toList());
  }

  /** Names as written ("Deutsche Boerse"); each is tokenized the way articles are. */
  static MinedOrganisations of(List<String> written) {
    Tokenizer tokenizer = new Tokenizer();
    Set<String> names = new HashSet<>();
    Set<String> prefixes = new HashSet<>();
    int longest = 1;
    for (String name : written) {
      Tokens t = new Tokens();
      tokenizer.tokenize(name, t, false, 0);
      if (t.size == 0) {
        continue;
      }
      StringBuilder key = new StringBuilder();
      for (int i = 0; i < t.size; i++) {
        key.append(i == 0 ? "" : " ").append(t.lower[i]);
        prefixes.add(key.toString());
      }
      names.add(key.toString());
      longest = Math.max(longest, t.size);
    }
    return new MinedOrganisations(Lookups.set(names), Lookups.set(prefixes), longest);
  }

  static MinedOrganisations none() {
    return new MinedOrganisations(Set.of(), Set.of(), 1);
  }

  int size() {
    return names.size();
  }

  /**
   * The last token of the longest mined name starting at token i, or -1. Work is bounded by the longest
   * name, so matching stays linear in the text.
   */
  int match(Tokens t, int i) {
    if (names.isEmpty()) {
      return -1;
    }
    StringBuilder key = new StringBuilder();
    int best = -1;
    for (int k = i; k < t.size && k - i < longest; k++) {
      t.steps++;
      if (k > i && (t.has(k, Tokens.BREAK_BEFORE) && !t.has(k, Tokens.HYPHEN_BEFORE) || t.has(k - 1, Tokens.POSSESSIVE))) {
        break;
      }
      key.append(k == i ? "" : " ").append(t.lower[k]);
      String s = key.toString();
      if (names.contains(s)) {
        best = k;
      }
      if (!prefixes.contains(s)) {
        break;
      }
    }
    return best;
  }
}
