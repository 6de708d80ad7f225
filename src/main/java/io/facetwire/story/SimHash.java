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
   * null), in one pass without copying them: words are letters and digits, lower case; each shingle of
   * {@value #SHINGLE} words is hashed (FNV-1a over its words, each followed by a space), mixed to 64 bits,
   * and adds one to the bits it has set and takes one from the others. About 3 steps per character plus
   * 64 per word, no allocation beyond two small arrays.
   */
  public static long of(String first, String second) {
    int[] weights = new int[64];
    String[] wordText = new String[SHINGLE];
    int[] wordStart = new int[SHINGLE];
    int[] wordEnd = new int[SHINGLE];
    int n = 0;
    for (int part = 0; part < 2; part++) {
      String text = part == 0 ? first : second;
      int length = text == null ? 0 : text.length();
      int begin = -1;
      for (int i = 0; i <= length; i++) {
        boolean inWord = i < length && Character.isLetterOrDigit(text.charAt(i));
        if (inWord && begin < 0) {
          begin = i;
        } else if (!inWord && begin >= 0) {
          int slot = n % SHINGLE;
          wordText[slot] = text;
          wordStart[slot] = begin;
          wordEnd[slot] = i;
          n++;
          begin = -1;
          if (n >= SHINGLE) {
            long h = FNV_OFFSET;
            for (int k = n - SHINGLE; k < n; k++) {
              int w = k % SHINGLE;
              h = fnv(h, wordText[w], wordStart[w], wordEnd[w]);
              h = (h ^ ' ') * FNV_PRIME;
            }
            add(weights, mix(h));
          }
        }
      }
    }
    if (n > 0 && n < SHINGLE) {
      long h = FNV_OFFSET;
      for (int k = 0; k < n; k++) {
        h = fnv(h, wordText[k], wordStart[k], wordEnd[k]);
      }
      add(weights, mix(h));
    }
    long out = 0;
    for (int bit = 0; bit < 64; bit++) {
      if (weights[bit] > 0) {
        out |= 1L << bit;
      }
    }
    return out;
  }

  private static long fnv(long h, String text, int from, int to) {
    for (int i = from; i < to; i++) {
      h = (h ^ Character.toLowerCase(text.charAt(i))) * FNV_PRIME;
    }
    return h;
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

  private static void add(int[] weights, long h) {
    for (int bit = 0; bit < 64; bit++) {
      weights[bit] += (int) ((h >>> bit) & 1) * 2 - 1;
    }
  }

  /** SplitMix64's finaliser: spreads FNV's weak low bits over all 64. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
