package io.facetwire.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every lower-case word of the word lists asked for every token, each with an int id and a mark per list it is
 * in, so that the tokenizer looks a token up once, by the chars it has just read, and each list answers from the
 * token's marks instead of hashing the token's string again (profiling showed {@code String.hashCode} and the
 * lists' probes as a fifth of extraction). A token no list knows gets {@link #UNKNOWN} and no marks: every bound
 * list answers "not mine" for it without a look-up. A known token's lower-case string is the vocabulary's own (its
 * hash computed once, at load), so the lists still asked by string find it without hashing it again.
 *
 * <p>Why marks and not an array of values by id per list: one array the size of the vocabulary per list is read
 * at a random place for every token, and a dozen such arrays do not stay in the core's caches (measured: slower
 * than the hash look-ups they replaced). The marks come with the token; a list's value is looked up by string
 * only for a token marked as in it. Immutable; safe to share between threads.
 */
final class Vocabulary {

  /** The id of a word no bound list knows. */
  static final int UNKNOWN = 0;

  /** An empty vocabulary: every token {@link #UNKNOWN} (the tokenizers that read the data files themselves). */
  static final Vocabulary NONE = new Builder().build();

  /** By id; {@code words[0]} is null ({@link #UNKNOWN}). */
  private final String[] words;
  /**
   * Every word by its string's hash (the words no short key holds, and the tokens read the slow way: accents,
   * dots), in open addressing, three ints a slot: the hash, the id (0: empty slot) and the marks.
   */
  private final int[] slots;
  private final int mask;
  /**
   * One bit per word, about 8 bits a word: most unknown tokens are answered by this small array, which stays in
   * the core's cache, rather than by a probe of the slots (half a megabyte, read at a random place).
   */
  private final Lookups.HashFilter filter;
  /**
   * The words of at most {@value #SHORT_LETTERS} letters a-z (most tokens), by their {@link ShortWords} key, which
   * the tokenizer builds as it reads the word (no hash to compute, and the key is the word: nothing to compare),
   * in open addressing: one long a slot, the key (0: empty) in the low {@value #KEY_BITS} bits, the word's marks
   * above. One long and about a third of the slots empty, so that the table (a few hundred kilobytes) keeps as much
   * of itself as it can in the core's caches while the rules read theirs.
   */
  private final long[] shortSlots;
  private final int shortMask;

  /** The longest word of the short-key table: five bits a letter, {@link #MARK_BITS} bits left for the marks. */
  static final int SHORT_LETTERS = 11;
  private static final int KEY_BITS = SHORT_LETTERS * 5;
  /** How many lists a vocabulary marks. */
  static final int MARK_BITS = Long.SIZE - KEY_BITS;

  private Vocabulary(String[] words, int[] marks) {
    this.words = words;
    List<Long> shortKeys = new ArrayList<>();
    for (int id = 1; id < words.length; id++) {
      long key = ShortWords.keyOf(words[id]);
      if (key > 0 && key >>> KEY_BITS == 0) {
        shortKeys.add(key);
      }
    }
    int shortSize = 2;
    while (shortSize * 3 < shortKeys.size() * 4) {
      shortSize <<= 1;
    }
    shortSlots = new long[shortSize];
    shortMask = shortSize - 1;
    for (int id = 1; id < words.length; id++) {
      long key = ShortWords.keyOf(words[id]);
      if (key > 0 && key >>> KEY_BITS == 0) {
        int slot = shortSlot(key);
        while (shortSlots[slot] != 0) {
          slot = (slot + 1) & shortMask;
        }
        shortSlots[slot] = key | (long) marks[id] << KEY_BITS;
      }
    }
    this.filter = new Lookups.HashFilter(shortKeys);
    int n = 2;
    while (n < words.length * 2) {
      n <<= 1;
    }
    slots = new int[n * 3];
    mask = n - 1;
    for (int id = 1; id < words.length; id++) {
      int h = words[id].hashCode();
      int slot = spread(h) & mask;
      while (slots[slot * 3 + 1] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot * 3] = h;
      slots[slot * 3 + 1] = id;
      slots[slot * 3 + 2] = marks[id];
    }
  }

  /** Collects the lists a vocabulary serves; each gets one mark. */
  static final class Builder {
    private final Map<String, Integer> marks = new LinkedHashMap<>();
    private final List<WordIndex<?>> lists = new ArrayList<>();

    /** Adds a list's words under a mark of its own; {@link #build} binds the list to the vocabulary. */
    Builder add(WordIndex<?> list) {
      if (lists.size() == MARK_BITS) {
        throw new IllegalStateException("a vocabulary marks at most " + MARK_BITS + " lists");
      }
      int mark = 1 << lists.size();
      lists.add(list);
      for (String w : list.words()) {
        if (!w.isEmpty()) {
          marks.merge(w, mark, (a, b) -> a | b); // an empty word is no token's
        }
      }
      return this;
    }

    Vocabulary build() {
      String[] words = new String[marks.size() + 1];
      int[] byId = new int[words.length];
      int id = 1;
      for (Map.Entry<String, Integer> e : marks.entrySet()) {
        words[id] = e.getKey();
        byId[id] = e.getValue();
        id++;
      }
      Vocabulary vocabulary = new Vocabulary(words, byId);
      for (int k = 0; k < lists.size(); k++) {
        lists.get(k).bind(vocabulary, 1 << k);
      }
      return vocabulary;
    }
  }

  static Builder builder() {
    return new Builder();
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** One more than the largest id. */
  int size() {
    return words.length;
  }

  /** The word of a known id (the shared string, its hash cached). */
  String word(int id) {
    return words[id];
  }

  /** The slot of a lower-case word, or -1. */
  private int slotOf(String lower) {
    int h = lower.hashCode();
    for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
      int id = slots[slot * 3 + 1];
      if (id == 0) {
        return -1;
      }
      if (slots[slot * 3] == h && words[id].equals(lower)) {
        return slot;
      }
    }
  }

  /** The id of a lower-case word, or {@link #UNKNOWN}. */
  int id(String lower) {
    int slot = slotOf(lower);
    return slot < 0 ? UNKNOWN : slots[slot * 3 + 1];
  }

  /** The marks of the lists a lower-case word is in (0 for a word no list knows). */
  int marks(String lower) {
    int slot = slotOf(lower);
    return slot < 0 ? 0 : slots[slot * 3 + 2];
  }

  private int shortSlot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & shortMask;
  }

  /**
   * The marks of the word whose {@link ShortWords} key is {@code key} (0 when no list knows it), or -1 when the
   * key is too long for the short-key table: then ask by the word's string ({@link #marks(String)}). A small bit
   * array answers most unknown words before the slots are read.
   */
  int marksOfShort(long key) {
    if (key >>> KEY_BITS != 0) {
      return -1;
    }
    if (!filter.mayContainHash(Long.hashCode(key))) {
      return 0;
    }
    for (int slot = shortSlot(key); ; slot = (slot + 1) & shortMask) {
      long k = shortSlots[slot];
      if ((k & KEY_MASK) == key) {
        return (int) (k >>> KEY_BITS);
      }
      if (k == 0) {
        return 0;
      }
    }
  }

  private static final long KEY_MASK = (1L << KEY_BITS) - 1;
}
