package io.facetwire.extract;

import java.util.Map;
import java.util.Set;

/**
 * A list of single lower-case words asked for every token: by the token's {@linkplain Tokens#marks marks} once
 * {@linkplain #bind bound} to the tokens' vocabulary (a token not marked as in the list is not, without a
 * look-up; a marked one's value is looked up by its string, the vocabulary's own with its hash cached), else by
 * the token's lower-case string (a hash look-up, as before vocabularies). Both give the same answer: the
 * vocabulary marks every word of the list. Immutable but for the one binding, which {@link Vocabulary.Builder#build}
 * does while {@link FacetExtractor} is built, before it is shared.
 *
 * @param <V> what a word stands for
 */
final class WordIndex<V> {

  private final Map<String, V> byWord;
  private volatile Bound bound;

  /** The vocabulary whose tokens carry this list's mark. */
  private record Bound(Vocabulary vocabulary, int mark) {}

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
  V get(Tokens t, int i) {
    Bound b = bound;
    if (b != null && b.vocabulary == t.vocabulary) {
      return (t.marks[i] & b.mark) == 0 ? null : byWord.get(t.lower[i]);
    }
    return byWord.get(t.lower[i]);
  }

  boolean contains(Tokens t, int i) {
    Bound b = bound;
    if (b != null && b.vocabulary == t.vocabulary) {
      return (t.marks[i] & b.mark) != 0;
    }
    return byWord.containsKey(t.lower[i]);
  }

  Set<String> words() {
    return byWord.keySet();
  }

  int size() {
    return byWord.size();
  }

  /**
   * Answers tokens of {@code vocabulary} by their {@code mark} from now on; the vocabulary marks every word of this
   * list with it. A list already bound stays bound to its first vocabulary (a second extractor loaded with the same
   * list object asks it by string: the same answers).
   */
  void bind(Vocabulary vocabulary, int mark) {
    if (bound == null) {
      bound = new Bound(vocabulary, mark);
    }
  }
}
