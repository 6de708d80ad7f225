package io.facetwire.extract;

import java.util.Map;
import java.util.Set;

/**
 * A list of single lower-case words asked for every token: by the token's {@linkplain Tokens#ids vocabulary id}
 * (one array read) once {@linkplain #bind bound} to a vocabulary of the tokens' lineage, else by the token's
 * lower-case string (a hash look-up, as before ids). Both give the same answer: binding needs every word of the
 * list in the vocabulary, so an unknown token is in no bound list. Immutable but for the one binding, which
 * {@link FacetExtractor} does while it is built, before it is shared.
 *
 * @param <V> what a word stands for
 */
final class WordIndex<V> {

  private final Map<String, V> byWord;
  private volatile Bound bound;

  /** The list by id, for tokens of one vocabulary lineage. */
  private record Bound(Object lineage, Object[] byId) {}

  WordIndex(Map<String, V> byWord) {
    this.byWord = Lookups.map(byWord);
  }

  /** A set of words: {@link #contains} asks it. */
  static WordIndex<Boolean> of(Set<String> words) {
    Map<String, Boolean> map = new java.util.HashMap<>();
    for (String w : words) {
      map.put(w, Boolean.TRUE);
    }
    return new WordIndex<>(map);
  }

  V get(String lower) {
    return byWord.get(lower);
  }

  boolean contains(String lower) {
    return byWord.containsKey(lower);
  }

  /** What token {@code i}'s lower-case word stands for, or null. */
  @SuppressWarnings("unchecked")
  V get(Tokens t, int i) {
    Bound b = bound;
    if (b != null && b.lineage == t.vocabulary.lineage()) {
      int id = t.ids[i];
      return id < b.byId.length ? (V) b.byId[id] : null; // a newer id of the lineage: a word this list lacks
    }
    return byWord.get(t.lower[i]);
  }

  boolean contains(Tokens t, int i) {
    return get(t, i) != null;
  }

  Set<String> words() {
    return byWord.keySet();
  }

  int size() {
    return byWord.size();
  }

  /**
   * Answers tokens of {@code vocabulary}'s lineage by id from now on; {@code vocabulary} must hold every word of
   * this list. A list already bound stays bound to its first lineage (a second extractor loaded with the same
   * list object asks it by string: the same answers).
   */
  void bind(Vocabulary vocabulary) {
    if (bound == null) {
      bound = new Bound(vocabulary.lineage(), vocabulary.byId(byWord));
    }
  }
}
