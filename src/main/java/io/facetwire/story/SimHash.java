package io.facetwire.story;

import java.util.Locale;

/**
 * Charikar's SimHash over word 3-shingles: a 64-bit fingerprint in which similar texts differ in few
 * bits. Two articles whose fingerprints differ in at most {@link #NEAR} bits are versions of one story
 * (a syndicated copy with another dateline, a corrected repeat). Four 16-bit bands make lookup cheap:
 * fingerprints within {@value #NEAR} bits share at least one band exactly (pigeonhole), so candidates
 * are found with a terms query on the bands, then confirmed by the distance.
 */
public final class SimHash {

  /** Most differing bits for "the same story"; chosen on the labelled pairs (docs/sources.md). */
  public static final int NEAR = 3;
  static final int SHINGLE = 3;

  private SimHash() {}

  public static long of(String text) {
    int[] weights = new int[64];
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+");
    int n = 0;
    String[] window = new String[SHINGLE];
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      window[n % SHINGLE] = w;
      n++;
      if (n >= SHINGLE) {
        long h = 0xcbf29ce484222325L;
        for (int k = n - SHINGLE; k < n; k++) {
          h = fnv(h, window[k % SHINGLE]);
          h = fnv(h, " ");
        }
        add(weights, mix(h));
      }
    }
    if (n > 0 && n < SHINGLE) {
      long h = 0xcbf29ce484222325L;
      for (int k = 0; k < n; k++) {
        h = fnv(h, window[k]);
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
      weights[bit] += ((h >>> bit) & 1) == 1 ? 1 : -1;
    }
  }

  private static long fnv(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** SplitMix64's finaliser: spreads FNV's weak low bits over all 64. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
