package io.facetwire.story;

/**
 * Charikar's SimHash over word 3-shingles: a 64-bit fingerprint in which similar texts differ in few
 * bits. Two articles whose fingerprints differ in at most {@link #NEAR} bits are versions of one story
 * (a syndicated copy with another dateline, an edited copy). Lookup keys are made of its blocks by
 * {@link NearDuplicateKeys}; {@link #bands} (four 16-bit bands) serve the evaluation programs.
 */
public final class SimHash {

  /** Most differing bits for "the same story"; chosen on the labelled pairs (docs/sources.md). */
  public static final int NEAR = 3;
  static final int SHINGLE = 3;

  private SimHash() {}

  public static long of(String text) {
    return of(text, null);
  }

  /**
   * The fingerprint of two texts read as one ({@code first}, a word break, {@code second}; either may be
   * null), in one pass: words are letters and digits, lower case; each shingle of {@value #SHINGLE} words
   * is hashed (FNV-1a over its words, each followed by a space), mixed to 64 bits, and adds one to the bits
   * it has set and takes one from the others ({@link BitCounts}).
   *
   * <p>Each character is looked at once: a word's characters go lower-cased into a per-thread buffer as
   * the text is read ({@link #LOWER_WORD_CHAR}, one table look-up instead of {@code isLetterOrDigit} and
   * {@code toLowerCase}), and the three shingles a word belongs to hash it from there. Before, each
   * shingle read its words from the string again, lower-casing each character three times: the
   * fingerprint was a fifth of the import's story grouping.
   */
  public static long of(String first, String second) {
    BitCounts weights = new BitCounts();
    int capacity = (first == null ? 0 : first.length()) + (second == null ? 0 : second.length());
    char[] chars = BUFFER.get();
    if (chars.length < capacity) {
      chars = new char[capacity];
      if (capacity <= KEPT_BUFFER_CHARS) {
        BUFFER.set(chars);
      }
    }
    int[] wordStart = new int[SHINGLE];
    int[] wordEnd = new int[SHINGLE];
    int n = 0;
    int used = 0;
    for (int part = 0; part < 2; part++) {
      String text = part == 0 ? first : second;
      int length = text == null ? 0 : text.length();
      int begin = -1;
      for (int i = 0; i <= length; i++) {
        char lower = i < length ? LOWER_WORD_CHAR[text.charAt(i)] : 0;
        if (lower != 0) {
          if (begin < 0) {
            begin = used;
          }
          chars[used++] = lower;
        } else if (begin >= 0) {
          int slot = n % SHINGLE;
          wordStart[slot] = begin;
          wordEnd[slot] = used;
          n++;
          begin = -1;
          if (n >= SHINGLE) {
            long h = FNV_OFFSET;
            for (int k = n - SHINGLE; k < n; k++) {
              int w = k % SHINGLE;
              h = fnv(h, chars, wordStart[w], wordEnd[w]);
              h = (h ^ ' ') * FNV_PRIME;
            }
            weights.add(mix(h));
          }
        }
      }
    }
    if (n > 0 && n < SHINGLE) {
      long h = FNV_OFFSET;
      for (int k = 0; k < n; k++) {
        h = fnv(h, chars, wordStart[k], wordEnd[k]);
      }
      weights.add(mix(h));
    }
    return weights.majority();
  }

  private static long fnv(long h, char[] chars, int from, int to) {
    for (int i = from; i < to; i++) {
      h = (h ^ chars[i]) * FNV_PRIME;
    }
    return h;
  }

  /**
   * The lower-cased words of the text being fingerprinted, one after the other: kept per thread up to
   * {@link #KEPT_BUFFER_CHARS} (a news story; a longer text, up to the 1,000,000 characters a body may have,
   * gets a buffer of its own that is not kept).
   */
  private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[16 * 1024]);
  private static final int KEPT_BUFFER_CHARS = 128 * 1024;

  /**
   * For every UTF-16 char, {@code Character.toLowerCase} of it when {@code Character.isLetterOrDigit}, else 0
   * (no letter or digit lower-cases to 0): what the fingerprint reads of each character, decided once.
   */
  static final char[] LOWER_WORD_CHAR = lowerWordChars();

  private static char[] lowerWordChars() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.isLetterOrDigit((char) c)) {
        table[c] = Character.toLowerCase((char) c);
      }
    }
    return table;
  }

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  public static boolean near(long a, long b) {
    return distance(a, b) <= NEAR;
  }

  /** The four 16-bit bands as keywords ("0:ab12", "1:..."), for candidate lookup in an index. */
  public static String[] bands(long fingerprint) {
    String[] out = new String[4];
    for (int i = 0; i < 4; i++) {
      out[i] = i + ":" + Long.toHexString((fingerprint >>> (16 * i)) & 0xffff);
    }
    return out;
  }

  /**
   * How often each of the 64 bits was set among the shingles' hashes. A bit's SimHash weight is (times
   * set) - (times clear), so the fingerprint has the bits set in more than half of the hashes. Counted
   * eight bits at a time: byte lane j of {@code lanes[b]} counts bit 8j+b, so a hash costs 8 additions
   * instead of 64; a lane holds up to 255, so the lanes are emptied into {@code ones} every 255 hashes.
   */
  private static final class BitCounts {
    private static final long LOW_BIT_OF_EACH_BYTE = 0x0101010101010101L;
    private static final int LANE_MAX = 255;
    private final long[] lanes = new long[8];
    private final int[] ones = new int[64];
    private int inLanes;
    private int total;

    void add(long h) {
      for (int b = 0; b < 8; b++) {
        lanes[b] += (h >>> b) & LOW_BIT_OF_EACH_BYTE;
      }
      total++;
      if (++inLanes == LANE_MAX) {
        empty();
      }
    }

    private void empty() {
      for (int b = 0; b < 8; b++) {
        long lane = lanes[b];
        for (int j = 0; j < 8; j++) {
          ones[8 * j + b] += (int) ((lane >>> (8 * j)) & 0xff);
        }
        lanes[b] = 0;
      }
      inLanes = 0;
    }

    /** The bits set in more than half of the hashes (a weight above zero). */
    long majority() {
      empty();
      long out = 0;
      for (int bit = 0; bit < 64; bit++) {
        if (2 * ones[bit] - total > 0) {
          out |= 1L << bit;
        }
      }
      return out;
    }
  }

  /** SplitMix64's finaliser: spreads FNV's weak low bits over all 64. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
