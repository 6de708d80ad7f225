package io.facetwire.extract;

import java.util.Set;

/**
 * A Chinese name as Singapore, Malaysia, Hong Kong and Taiwan write it in English: the family name first, then a given
 * name of two words ("Tan Wei Ling", "Lim Boon Heng", "Wong Kar Wai"). When the given name's first word is one the
 * lists know as a given name ("Wei", "Ming"), the run would otherwise start there and lose its family name ("Wei
 * Ling"; session 36, the blind modern-news set news36). Only a run of exactly three words that opens with a common
 * family name is read so.
 */
final class ChineseNames {

  private ChineseNames() {}

  /** Tokens [start, to] are such a name. */
  static boolean at(Tokens t, int start, int to) {
    if (to - start != 2 || !FAMILY_NAMES.contains(t.lower[start])) {
      return false;
    }
    return VietnameseNames.wordsOfOneName(t, start, to);
  }

  /**
   * Token k is the family name He, which is the pronoun's word: "Spokesperson He Yadong said", "hosted by Yu and He
   * Gang", "Vice Premier He Lifeng" (session 44, news39's development half). Only in the body, in mid-sentence where a
   * pronoun is not capitalised (not at a sentence's or a quotation's start), before one or two capitalised words of one
   * name.
   */
  static boolean heAt(Tokens t, int k, int to) {
    return "he".equals(t.lower[k]) && k >= t.titleEnd && k < to && to - k <= 2 && !t.has(k, Tokens.SENT_START)
        && !t.has(k, Tokens.QUOTE_BEFORE) && !t.has(k, Tokens.BRACKET_BEFORE) && VietnameseNames.wordsOfOneName(t, k, to);
  }

  /** Common family names in their Singapore, Malaysia, Hong Kong, Taiwan and pinyin spellings; none an English word. */
  private static final Set<String> FAMILY_NAMES = Lookups.setOf("tan", "lim", "lee", "wong", "ng", "goh", "chan", "chen",
      "wang", "zhang", "liu", "yang", "huang", "zhao", "zhou", "xu", "zhu", "guo", "lin", "luo", "teo", "koh", "ong",
      "chua", "yeo", "toh", "leong", "loh", "chong", "cheng", "chew", "chia", "lau", "liew", "yap", "quek", "seah", "soh",
      "tham", "tsang", "leung", "cheung", "yip", "kwok", "chow", "kwan", "lam", "lui", "tse", "tsui", "yeung", "wee",
      "heng", "neo", "phua", "hsu", "tsai", "hsieh", "kuo", "chiang", "teh", "khoo", "foong", "oei", "liang", "xie",
      "deng", "feng", "cao", "peng", "zeng", "xiao", "tian", "yuan", "jiang", "cai", "jia",
      "wei", "xue", "ye", "yan", "du", "dai", "xia", "zhong", "qian", "tao", "jin", "cui", "ren", "shi");
}
