package io.facetwire.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Names of one or more words, keyed by their lower-cased tokens joined by spaces, with every prefix of
 * every name, so that the longest name starting at a token is found by extending the key one token at a
 * time and stopping at the first key that begins no name. Work per token is bounded by the longest name,
 * so matching stays linear in the text. A name does not run over a break (a comma, a bracket; a hyphen
 * and an ampersand join) nor past a possessive ("Sendo's"). Used by the curated organisation gazetteer and the mined
 * organisation names. Immutable once built.
 *
 * @param <V> what a name stands for
 */
final class NamePhrases<V> {

  private final Lookups.PhraseMap<V> names;
  private final Lookups.PhraseSet prefixes;
  private final int longest;

  private NamePhrases(Lookups.PhraseMap<V> names, Lookups.PhraseSet prefixes, int longest) {
    this.names = names;
    this.prefixes = prefixes;
    this.longest = longest;
  }

  /** A name found at a token: its last token and what it stands for. */
  record Match<V>(int end, V value) {}

  static final class Builder<V> {
    private final Map<String, V> names = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();
    private int longest = 1;

    /** Adds the name of lower-cased {@code words} (the first value given for a name stays). */
    Builder<V> add(String[] words, V value) {
      if (words.length == 0) {
        return this;
      }
      StringBuilder key = new StringBuilder();
      for (int i = 0; i < words.length; i++) {
        key.append(i == 0 ? "" : " ").append(words[i]);
        prefixes.add(key.toString());
      }
      names.putIfAbsent(key.toString(), value);
      longest = Math.max(longest, words.length);
      return this;
    }

    NamePhrases<V> build() {
      return new NamePhrases<>(Lookups.phrases(names), Lookups.phraseSet(prefixes), longest);
    }
  }

  static <V> Builder<V> builder() {
    return new Builder<>();
  }

  /** What the name of lower-cased tokens joined by spaces stands for, or null. */
  V get(String key) {
    return names.get(key);
  }

  int size() {
    return names.size();
  }

  /**
   * Whether a name found over tokens {@code from..to} counts there. A function of its arguments alone, so the rules
   * pass a static method (one object for every call) where a lambda over the token and its index was made for every
   * capitalised token, with the last token's index boxed for each name found (session 17).
   */
  interface Fit<V> {
    boolean test(Tokens t, int from, int to, V value);
  }

  /**
   * The longest name starting at token {@code i} that {@code accepts} (given its value and last token),
   * or null.
   */
  Match<V> longestAt(Tokens t, int i, BiPredicate<V, Integer> accepts) {
    return longestAt(t, i, (tokens, from, to, value) -> accepts.test(value, to));
  }

  /** The longest name starting at token {@code i} that {@code fits}, or null. */
  Match<V> longestAt(Tokens t, int i, Fit<V> fits) {
    if (names.isEmpty()) {
      return null;
    }
    // The first key is the token itself (its hash cached once per token): most tokens begin no name, so
    // most calls end there. A longer key is looked up as the tokens lie, by the hash the joined string would
    // have: no string is built per token a name is extended over.
    Match<V> best = null;
    int hash = 0;
    for (int k = i; k < t.size && k - i < longest; k++) {
      t.steps++;
      // An "&" joins like a hyphen: "Marks & Spencer", "AT&T", "Standard & Poor's" (session 16).
      if (k > i && (t.has(k, Tokens.BREAK_BEFORE) && !t.has(k, Tokens.HYPHEN_BEFORE) && !t.has(k, Tokens.AMPERSAND_BEFORE)
          || t.has(k - 1, Tokens.POSSESSIVE))) {
        break;
      }
      // Every name is a prefix of itself (Builder.add), so a key that is no prefix is no name either: asking the
      // prefixes first spares the names' look-up for the many tokens that begin nothing.
      boolean prefix;
      if (k == i) {
        hash = t.lower[k].hashCode();
        prefix = prefixes.contains(t.lower[k]);
      } else {
        hash = Lookups.hashJoined(hash, t.lower[k]);
        prefix = prefixes.containsJoined(t.lower, i, k, hash);
      }
      if (!prefix) {
        break;
      }
      V value = k == i ? names.get(t.lower[k]) : names.getJoined(t.lower, i, k, hash);
      if (value != null && fits.test(t, i, k, value)) {
        best = new Match<>(k, value);
      }
    }
    return best;
  }
}
