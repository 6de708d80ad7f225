package io.facetwire.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The stored near-duplicate keys are data: articles already in an index were stored with them, and new
 * articles are looked up by them. So their text must not change when the way they are made does.
 */
class NearDuplicateKeysTest {

  @Test
  void keysAreTheFullFingerprintAndOneKeyPerChoiceOfThreeBlocksInOrder() {
    Random random = new Random(20261201L);
    for (int n = 0; n < 200; n++) {
      long fingerprint = random.nextLong();
      assertEquals(byDefinition(fingerprint), NearDuplicateKeys.of(fingerprint, false));
    }
    assertEquals(List.of("f:0", "012:0", "013:0", "014:0", "015:0", "023:0", "024:0", "025:0", "034:0", "035:0",
        "045:0", "123:0", "124:0", "125:0", "134:0", "135:0", "145:0", "234:0", "235:0", "245:0", "345:0"),
        NearDuplicateKeys.of(0L, false));
  }

  @Test
  void aKeyIsItsPrefixAndLongToHexString() {
    Random random = new Random(35L);
    byte[] scratch = new byte[20];
    List<Long> values = new ArrayList<>(List.of(0L, 1L, 15L, 16L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 32));
    for (int n = 0; n < 2_000; n++) {
      values.add(random.nextLong() >>> random.nextInt(64));
    }
    for (long v : values) {
      assertEquals("f:" + Long.toHexString(v), NearDuplicateKeys.key(scratch, "f:", v));
      assertEquals("345:" + Long.toHexString(v), NearDuplicateKeys.key(scratch, "345:", v));
    }
  }

  @Test
  void aMemberLooksUpByItsFingerprintKeysAloneAndIsStoredWithItsHeadlineAndMarkToo() {
    StoryMember m = new StoryMember("a", null, 0x2b52edd8e825fc80L, "CORRECTED - COCOA TALKS END", "Body", null,
        null, 0);
    List<String> stored = m.keys();
    assertEquals(NearDuplicateKeys.of(m.fingerprint, false), m.fingerprintKeys());
    assertEquals(NearDuplicateKeys.FINGERPRINT_KEYS + 2, stored.size(), stored.toString());
    assertEquals(NearDuplicateKeys.CORRECTION, stored.get(NearDuplicateKeys.FINGERPRINT_KEYS));
    assertEquals(NearDuplicateKeys.headline(m.headlineKey()), stored.get(stored.size() - 1));
  }

  /**
   * An article's own keys (what a candidate is read back from without its document) are its full fingerprint's, its
   * mark and its headline's among its stored keys, with the scheme; read back they give the stored keys again, and own
   * keys of another scheme, or none, are not read.
   */
  @Test
  void ownKeysAreReadBackAsTheStoredKeysOnlyUnderTodaysScheme() {
    StoryMember marked = new StoryMember("a", null, 0x2b52edd8e825fc80L, "CORRECTED - COCOA TALKS END", "Body", null,
        null, 0);
    StoryMember plain = new StoryMember("b", null, 0x00c0ffeeL, "Cocoa talks end", "Body", null, null, 0);
    StoryMember untitled = new StoryMember("c", null, -7L, "", "Body", null, null, 0);
    for (StoryMember m : List.of(marked, plain, untitled)) {
      List<String> own = NearDuplicateKeys.own(m.keys());
      NearDuplicateKeys.Own read = NearDuplicateKeys.readOwn(own);
      assertEquals(m.keys(), read.keys(), m.id);
      assertEquals(m.fingerprint, read.fingerprint());
      assertEquals(m.marked(), read.marked());
      assertEquals(m.headlineHash(), read.headline());
      assertEquals(null, NearDuplicateKeys.readOwn(own.subList(0, own.size() - 1)), "no scheme");
      List<String> other = new ArrayList<>(own.subList(0, own.size() - 1));
      other.add("s:0");
      assertEquals(null, NearDuplicateKeys.readOwn(other), "another scheme");
    }
    assertEquals(List.of("f:2b52edd8e825fc80", "marked", NearDuplicateKeys.headline("cocoa talks end"), "s:1"),
        NearDuplicateKeys.own(marked.keys()));
    assertEquals(List.of("f:fffffffffffffff9", "s:1"), NearDuplicateKeys.own(untitled.keys()));
  }

  /** The keys as they have always been written, straight from the construction (Manku, Jain and Das Sarma). */
  private static List<String> byDefinition(long fingerprint) {
    int[] bits = {11, 11, 11, 11, 10, 10};
    int[] start = {0, 11, 22, 33, 44, 54};
    List<String> keys = new ArrayList<>();
    keys.add("f:" + Long.toHexString(fingerprint));
    for (int a = 0; a < 6; a++) {
      for (int b = a + 1; b < 6; b++) {
        for (int c = b + 1; c < 6; c++) {
          long key = block(fingerprint, start[a], bits[a]) | block(fingerprint, start[b], bits[b]) << 11
              | block(fingerprint, start[c], bits[c]) << 22;
          keys.add("" + a + b + c + ":" + Long.toHexString(key));
        }
      }
    }
    return keys;
  }

  private static long block(long fingerprint, int from, int bits) {
    return (fingerprint >>> from) & ((1L << bits) - 1);
  }
}
