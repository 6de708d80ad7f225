package io.facetwire.story;

import java.util.ArrayList;
import java.util.List;

/**
 * The keys under which an article's near-duplicates are looked up, stored in the keyword field
 * {@code near_dup}: exact terms, so finding candidates is one {@code terms} query, never a scan.
 *
 * <p>Fingerprints within {@value StoryRule#NEAR_BITS} bits (the rule's SimHash distance) differ in at
 * most three of six blocks (11, 11, 11, 11, 10, 10 bits), so they agree exactly on at least three:
 * one key per choice of three blocks (20 keys of 31–33 bits; Manku, Jain and Das Sarma, WWW 2007). Keys
 * that long almost never collide by chance (16-bit bands would: every band value of a million articles
 * would be shared by fifteen of them). The full fingerprint is one more key ({@code f:...}), from which a
 * stored candidate's fingerprint is read back; {@link #CORRECTION} marks an article whose headline says
 * it is a correction or repeat, so corrections are found beside the story they correct.
 *
 * <p>Candidates are looked up by the block keys alone, not by the full fingerprint's: a stored article whose
 * {@code f:} key equals a new article's has the same fingerprint, so the same 20 block keys, and the block keys find
 * it. That holds for every article any version has stored: {@code near_dup} came with this class (the articles
 * mapping is {@code dynamic: strict}, so no earlier document can carry it), every writer stores {@link #of}'s keys of
 * one fingerprint together, and the blocks, their order and the keys' text have not changed since
 * ({@code NearDuplicateKeysTest} pins them). Should the blocks ever change, the index holds keys of two schemes and
 * the full key is the one that still finds an old exact copy: look it up again then, or re-key on reindex.
 */
public final class NearDuplicateKeys {

  public static final String FIELD = "near_dup";
  /** The key of articles whose headline carries a version mark ("CORRECTED - ..."). */
  public static final String CORRECTION = "marked";
  private static final int[] BLOCK_BITS = {11, 11, 11, 11, 10, 10};
  private static final int[] BLOCK_START = {0, 11, 22, 33, 44, 54};
  private static final String FINGERPRINT = "f:";
  /**
   * How many keys come of the fingerprint alone (the full one and one per choice of three blocks): the first of
   * {@link #of}.
   */
  static final int FINGERPRINT_KEYS = 21;
  /** How many keys at the start of {@link #of} hold the full fingerprint ({@code f:...}): the first. */
  static final int FULL_FINGERPRINT_KEYS = 1;
  private static final String HEADLINE = "t:";

  /** "012:", "013:", … "345:": each choice of three blocks, in the order {@link #of} makes them. */
  private static final String[] CHOICE_PREFIX = choicePrefixes();

  private NearDuplicateKeys() {}

  private static String[] choicePrefixes() {
    String[] out = new String[FINGERPRINT_KEYS - 1];
    int choice = 0;
    for (int a = 0; a < 6; a++) {
      for (int b = a + 1; b < 6; b++) {
        for (int c = b + 1; c < 6; c++) {
          out[choice++] = "" + a + b + c + ":";
        }
      }
    }
    return out;
  }

  /** The keys of an article: its fingerprint's, its headline's (when it has one) and the mark. */
  public static List<String> of(long fingerprint, String headlineKey, boolean marked) {
    List<String> keys = of(fingerprint, marked);
    String headline = headline(headlineKey);
    if (headline != null) {
      keys.add(headline);
    }
    return keys;
  }

  /**
   * The key of a headline ({@link StoryRule#headlineKey}): articles sent again under the same headline
   * are looked up by it (their fingerprints may be further apart than the blocks find); null for none.
   */
  static String headline(String headlineKey) {
    if (headlineKey == null || headlineKey.isEmpty()) {
      return null;
    }
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < headlineKey.length(); i++) {
      h = (h ^ headlineKey.charAt(i)) * 0x100000001b3L;
    }
    return HEADLINE + Long.toHexString(h);
  }

  public static List<String> of(long fingerprint, boolean marked) {
    List<String> keys = new ArrayList<>(FINGERPRINT_KEYS + 2);
    byte[] scratch = new byte[20];
    keys.add(key(scratch, FINGERPRINT, fingerprint));
    int choice = 0;
    for (int a = 0; a < 6; a++) {
      for (int b = a + 1; b < 6; b++) {
        for (int c = b + 1; c < 6; c++) {
          long key = block(fingerprint, a) | block(fingerprint, b) << 11 | block(fingerprint, c) << 22;
          keys.add(key(scratch, CHOICE_PREFIX[choice++], key));
        }
      }
    }
    if (marked) {
      keys.add(CORRECTION);
    }
    return keys;
  }

  private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /**
   * {@code prefix + Long.toHexString(value)} (an ASCII prefix of at most 4 characters) made in {@code scratch}:
   * one string per key instead of the hex string and the concatenation (every article makes 21 keys; the two
   * strings each were a tenth of what the import's writer thread allocated, session 35).
   */
  static String key(byte[] scratch, String prefix, long value) {
    int n = prefix.length();
    for (int i = 0; i < n; i++) {
      scratch[i] = (byte) prefix.charAt(i);
    }
    int digits = Math.max(1, (64 - Long.numberOfLeadingZeros(value) + 3) / 4);
    for (int i = n + digits - 1; i >= n; i--) {
      scratch[i] = HEX[(int) (value & 0xf)];
      value >>>= 4;
    }
    return new String(scratch, 0, n + digits, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /**
   * The doc-values field beside {@link #FIELD} with an article's own keys (its {@code f:} key, its headline's {@code t:}
   * key, {@link #CORRECTION}) and {@link #OWN_SCHEME}: what story grouping reads of a stored candidate without loading
   * its stored document ({@link StoryLookup}). Not indexed: nothing searches it.
   */
  public static final String OWN_FIELD = "near_dup_own";
  /**
   * Names how the own keys were worked out from the article ({@link StoryRule}'s version mark and headline key, this
   * class's hashes): a candidate is taken by its own keys only when they carry today's scheme, else it is read from its
   * stored document and its mark and headline key worked out again, as they always were. Change it with any of those.
   */
  static final String OWN_SCHEME = "s:1";

  /**
   * The values of {@link #OWN_FIELD} for an article stored with {@code keys} ({@link #of}'s): its own keys and the
   * scheme.
   */
  public static List<String> own(List<String> keys) {
    List<String> out = new ArrayList<>(4);
    for (String k : keys) {
      if (k.startsWith(FINGERPRINT) || k.startsWith(HEADLINE) || k.equals(CORRECTION)) {
        out.add(k);
      }
    }
    out.add(OWN_SCHEME);
    return out;
  }

  /** A stored article's own keys as read back from {@link #OWN_FIELD}. */
  record Own(long fingerprint, boolean marked, String headline) {

    /** Its keys as stored in {@link #FIELD}: {@link #of(long, boolean)}'s, then the headline's when it has one. */
    List<String> keys() {
      List<String> keys = of(fingerprint, marked);
      if (headline != null) {
        keys.add(headline);
      }
      return keys;
    }
  }

  /** The own keys among {@link #OWN_FIELD}'s values; null when there are none or they are of another scheme. */
  static Own readOwn(List<String> values) {
    if (values == null || !values.contains(OWN_SCHEME)) {
      return null;
    }
    java.util.OptionalLong fingerprint = fingerprint(values);
    if (fingerprint.isEmpty()) {
      return null;
    }
    String headline = null;
    for (String v : values) {
      if (v.startsWith(HEADLINE)) {
        headline = v;
      }
    }
    return new Own(fingerprint.getAsLong(), values.contains(CORRECTION), headline);
  }

  /** The fingerprint among stored keys, or empty when the article was stored without them. */
  public static java.util.OptionalLong fingerprint(List<String> keys) {
    for (String k : keys) {
      if (k.startsWith(FINGERPRINT)) {
        try {
          return java.util.OptionalLong.of(Long.parseUnsignedLong(k.substring(FINGERPRINT.length()), 16));
        } catch (NumberFormatException e) {
          return java.util.OptionalLong.empty();
        }
      }
    }
    return java.util.OptionalLong.empty();
  }

  private static long block(long fingerprint, int i) {
    return (fingerprint >>> BLOCK_START[i]) & ((1L << BLOCK_BITS[i]) - 1);
  }
}
