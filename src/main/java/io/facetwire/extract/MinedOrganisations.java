package io.facetwire.extract;

import java.util.Arrays;
import java.util.List;

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

  private final NamePhrases<Boolean> names;

  private MinedOrganisations(NamePhrases<Boolean> names) {
    this.names = names;
  }

  static MinedOrganisations loadDefault() {
    return of(NameLexicon.lines(RESOURCE).stream().filter(l -> !l.isBlank())
        .map(l -> l.split("\t", -1)[0].strip()).toList());
  }

  /** Names as written ("Deutsche Boerse"); each is tokenized the way articles are. */
  static MinedOrganisations of(List<String> written) {
    Tokenizer tokenizer = new Tokenizer();
    NamePhrases.Builder<Boolean> names = NamePhrases.builder();
    for (String name : written) {
      Tokens t = new Tokens();
      tokenizer.tokenize(name, t, false, 0);
      names.add(Arrays.copyOf(t.lower, t.size), Boolean.TRUE);
    }
    return new MinedOrganisations(names.build());
  }

  static MinedOrganisations none() {
    return new MinedOrganisations(NamePhrases.<Boolean>builder().build());
  }

  int size() {
    return names.size();
  }

  /**
   * The last token of the longest mined name starting at token i, or -1. Work is bounded by the longest
   * name, so matching stays linear in the text.
   */
  int match(Tokens t, int i) {
    NamePhrases.Match<Boolean> m = names.longestAt(t, i, (tokens, from, end, value) -> true);
    return m == null ? -1 : m.end();
  }
}
