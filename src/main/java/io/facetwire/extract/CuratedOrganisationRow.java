package io.facetwire.extract;

import java.util.Locale;
import java.util.Set;

/**
 * One row of the curated organisations list (organisations.tsv), checked as it is read: value, other names, Reuters
 * ORGS code, kind, and the fifth column that two kinds carry ("ambiguous": the context words; "national": the home
 * state). A row the loader would misread — an unknown kind, context words the article's words can never equal, a
 * fifth column the kind takes none of — stops the start-up with a {@link DefinitionException} naming the line and
 * the reason, instead of a body that silently never matches (session 18, a review of session 17's columns).
 */
record CuratedOrganisationRow(String name, String otherNames, String reutersCode, String kind, Set<String> context,
    String homeState) {

  static final String SOURCE = "organisations.tsv";
  private static final Set<String> KINDS = Set.of("", "sport", "generic", "word", "platform", "ambiguous", "national");

  /**
   * The row of one line; {@code tokenizer} reads each context word as an article's word is read, since the check
   * compares them token by token (lower-cased here, once, so the check is an exact look-up).
   */
  static CuratedOrganisationRow parse(String text, int lineNo, Tokenizer tokenizer) {
    String[] cols = text.split("\t", -1);
    if (cols.length > 5) {
      throw new DefinitionException(SOURCE, lineNo, cols.length + " columns, at most 5 (value, other names, code, kind,"
          + " context words or home state)");
    }
    String name = cols[0].strip();
    if (name.isEmpty()) {
      throw new DefinitionException(SOURCE, lineNo, "no value in the first column");
    }
    String kind = column(cols, 3);
    if (!KINDS.contains(kind)) {
      throw new DefinitionException(SOURCE, lineNo, "unknown kind \"" + kind
          + "\" (sport, generic, word, platform, ambiguous or national)");
    }
    String fifth = column(cols, 4);
    Set<String> context = Set.of();
    String home = "";
    if (kind.equals("ambiguous")) {
      context = contextWords(fifth, lineNo, tokenizer);
    } else if (kind.equals("national")) {
      if (fifth.isEmpty()) {
        throw new DefinitionException(SOURCE, lineNo, "\"national\" needs its state in the fifth column");
      }
      home = fifth;
    } else if (!fifth.isEmpty()) {
      throw new DefinitionException(SOURCE, lineNo, "a fifth column (\"" + fifth + "\") for kind \"" + kind
          + "\", which takes none: only \"ambiguous\" (context words) and \"national\" (home state) do");
    }
    return new CuratedOrganisationRow(name, column(cols, 1), column(cols, 2), kind, context, home);
  }

  private static Set<String> contextWords(String column, int lineNo, Tokenizer tokenizer) {
    if (column.isEmpty()) {
      throw new DefinitionException(SOURCE, lineNo, "\"ambiguous\" needs its context words, \"|\"-separated, in the"
          + " fifth column");
    }
    String[] words = column.split("\\|", -1);
    for (int k = 0; k < words.length; k++) {
      String word = words[k].strip().toLowerCase(Locale.ROOT);
      Tokens t = new Tokens();
      tokenizer.tokenize(word, t, false, 0);
      if (t.size != 1 || !t.lower[0].equals(word)) {
        throw new DefinitionException(SOURCE, lineNo, "context word \"" + words[k] + "\" is "
            + (word.isEmpty() ? "empty" : "no single word as an article's text is read") + ", so it can never match");
      }
      words[k] = word;
    }
    return Lookups.setOf(words);
  }

  private static String column(String[] cols, int k) {
    return cols.length > k ? cols[k].strip() : "";
  }
}
