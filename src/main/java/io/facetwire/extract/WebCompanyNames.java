package io.facetwire.extract;

import java.util.Set;

/**
 * A company named by its web address: "Amazon.com", "Shopping.com", "Computerandvideogames.com" (session 16). The
 * tokenizer ends a sentence at the dot, so the run reader saw "Amazon" alone (a river, a rainforest) and a list
 * name with a dot never matched. The shape is a capitalised word (or a camel-cased one: "eBay") right before a
 * lower-case "com", "net", "org" or "biz" (and a country's two letters after it, or after "co"), that the tokenizer read as a new sentence: only a
 * dot can put a lower-case word at a sentence's start, so "Amazon. com" is no risk in edited text.
 */
final class WebCompanyNames {

  private WebCompanyNames() {
  }

  private static final Set<String> ENDINGS = Lookups.setOf("com", "net", "org", "biz");

  /** The last token of a web name starting at token i ("com" of "Amazon.com", "uk" of "Jolt.co.uk"), else -1. */
  static int end(Tokens t, int i) {
    int k = i + 1;
    // The next token's flags first: they reject almost every token before the word's own letters are read.
    if (k >= t.size || !t.has(k, Tokens.SENT_START) || t.has(k, Tokens.CAP) || t.has(k, Tokens.HYPHEN_BEFORE)
        || t.has(i, Tokens.SHOUT) || !(t.has(i, Tokens.CAP) || OrganisationExtractor.isCamelCased(t, i))) {
      return -1;
    }
    if (!ENDINGS.contains(t.text[k]) && !"co".equals(t.text[k])) {
      return -1;
    }
    // A country's ending after it: "News.com.au", "UOL.com.br", "Jolt.co.uk" ("co" only so).
    int country = k + 1;
    if (country < t.size && t.text[country].length() == 2 && t.has(country, Tokens.SENT_START)
        && !t.has(country, Tokens.CAP) && !t.has(country, Tokens.DIGIT)) {
      return country;
    }
    return "co".equals(t.text[k]) ? -1 : k;
  }

  /** The name as written: "Amazon.com", "Jolt.co.uk". */
  static String written(Tokens t, int i, int end) {
    StringBuilder b = new StringBuilder(t.text[i]);
    for (int k = i + 1; k <= end; k++) {
      b.append('.').append(t.text[k]);
    }
    return b.toString();
  }
}
