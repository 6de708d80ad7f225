package io.facetwire.extract;

import java.util.Set;

/**
 * A Vietnamese name written in English news without its diacritics: family name first, then a middle and a given
 * name ("Truong My Lan", "Do Thi Nhan", "Truong Hue Van", "Nguyen Van Thanh"). Some of its words are English function
 * words or particles once the accents are gone ("My", "Do", "To", "Van"), which would otherwise end the name there
 * (session 34, the blind modern-news set). Only a run that opens with one of the common family names, and has two or
 * three words after it, is read so; a family name that is an English word too ("Do", "To", "Ha") also needs the
 * middle name after it to be one Vietnamese names use ("Thi", "Van", "Minh", ...).
 */
final class VietnameseNames {

  private VietnameseNames() {}

  /** Tokens [start, to] are such a name. */
  static boolean at(Tokens t, int start, int to) {
    if (to - start < 2 || to - start > 3 || !FAMILY_NAMES.contains(t.lower[start])) {
      return false;
    }
    if (!wordsOfOneName(t, start, to)) {
      return false;
    }
    return !ENGLISH_WORDS_TOO.contains(t.lower[start]) || MIDDLE_NAMES.contains(t.lower[start + 1]);
  }

  /**
   * Tokens [start, to] are capitalised words of one name: not in capitals, no figure, no break, hyphen or possessive
   * inside (a family-name-first name of {@link ChineseNames} too).
   */
  static boolean wordsOfOneName(Tokens t, int start, int to) {
    for (int k = start; k <= to; k++) {
      if (!t.has(k, Tokens.CAP) || t.has(k, Tokens.ALL_CAPS) || t.has(k, Tokens.DIGIT) || t.has(k, Tokens.POSSESSIVE) && k < to
          || k > start && (t.has(k, Tokens.BREAK_BEFORE) || t.has(k, Tokens.HYPHEN_BEFORE))) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> FAMILY_NAMES = Lookups.setOf("nguyen", "tran", "le", "pham", "hoang", "huynh",
      "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly", "truong", "dinh", "trinh", "luong", "ta",
      "ha", "to", "doan", "quach", "luu", "kieu", "thai");

  private static final Set<String> ENGLISH_WORDS_TOO = Lookups.setOf("do", "ho", "le", "ta", "ha", "to", "ly");

  private static final Set<String> MIDDLE_NAMES = Lookups.setOf("thi", "van", "minh", "duc", "quoc", "thanh", "hong",
      "ngoc", "huu", "xuan", "kim", "thu", "dinh", "cong", "tuan", "hai", "anh");
}
