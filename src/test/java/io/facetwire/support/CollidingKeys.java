package io.facetwire.support;

import java.util.ArrayList;
import java.util.List;

/**
 * JSON members whose keys share one hash: 2,048 keys of 22 characters made of two blocks of equal hash
 * ({@code Aa}/{@code BB} share Java's string hash; {@code Ab}/{@code BA} share the multiplier 33 of Jackson's
 * name table). Session 16 broke Jackson's shared table of field names with them (a 500); every reader of JSON
 * from outside must read them like any other keys.
 */
public final class CollidingKeys {

  /** The two kinds of block pairs, Java's hash and Jackson's. */
  public static final List<String[]> KINDS = List.of(new String[] {"Aa", "BB"}, new String[] {"Ab", "BA"});

  private CollidingKeys() {}

  /** {@code "AaAa…":1,"AaBB…":1,…,} — 2,048 members, each ended by a comma, to open an object with. */
  public static String members(String[] halves) {
    List<String> keys = new ArrayList<>(List.of(""));
    for (int i = 0; i < 11; i++) {
      List<String> longer = new ArrayList<>();
      for (String k : keys) {
        longer.add(k + halves[0]);
        longer.add(k + halves[1]);
      }
      keys = longer;
    }
    StringBuilder out = new StringBuilder();
    for (String k : keys) {
      out.append('"').append(k).append("\":1,");
    }
    return out.toString();
  }
}
