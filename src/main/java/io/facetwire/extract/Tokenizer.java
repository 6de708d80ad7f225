package io.facetwire.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Splits text into word tokens in a single pass over the characters, recording the few facts the
 * extractors need (capitalisation, sentence start, punctuation between tokens, possessive, dotted
 * abbreviation) as bit flags, so that no extractor has to look at the raw text again.
 *
 * <p>Hyphens split words ("Russia-US" gives two countries); apostrophes inside a word are kept
 * ("N'Djamena", "hasn't") except a trailing possessive, which becomes a flag. Stateless and
 * thread-safe.
 */
final class Tokenizer {

  /** Words that end with a full stop without ending the sentence. */
  private static final Set<String> ABBREVIATIONS = Lookups.setOf(
      "mr", "mrs", "ms", "dr", "st", "sen", "gov", "gen", "col", "lt", "sgt", "capt", "rep", "jr",
      "sr", "inc", "corp", "co", "ltd", "prof", "rev", "vs", "no", "mt", "ft", "jan", "feb", "mar",
      "apr", "aug", "sept", "sep", "oct", "nov", "dec", "cmdr", "adm", "maj", "messrs", "fla",
      "calif", "mass", "conn", "tex", "ill", "mich", "minn", "pa", "va", "md", "ga", "colo", "wash",
      "wis", "ariz", "okla", "mo", "ind", "tenn", "ky", "la", "ala", "ore", "del", "neb", "kan",
      "nev", "ark", "miss", "vt", "pres", "govt", "dept", "est");

  /** Longest of {@link #ABBREVIATIONS}: a longer word before a full stop needs no look-up. */
  private static final int LONGEST_ABBREVIATION =
      ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

  /**
   * Adds the tokens of {@code text} to {@code out}. Each call starts a new sentence, so title and
   * body never run into each other. {@code shout} marks every token as written in capitals.
   */
  void tokenize(String text, Tokens out, boolean shout, int datelineEnd) {
    if (text == null || text.isEmpty()) {
      return;
    }
    final int n = text.length();
    // Indexing a copy is measurably cheaper than String.charAt, which checks the string's coding and
    // bounds on each call: about an eighth of tokenizing.
    final char[] chars = text.toCharArray();
    boolean sentenceStart = true;
    boolean pendingBreak = true;
    boolean pendingHyphen = false;
    boolean pendingAmpersand = false;
    boolean pendingBracket = false;
    int i = 0;
    StringBuilder dotted = null;
    while (i < n) {
      out.steps++;
      char c = chars[i];
      if (!isWordChar(c)) {
        if (c == '.' || c == '!' || c == '?') {
          if (c != '.' || !softDot(out)) {
            sentenceStart = true;
            pendingBreak = true;
          }
        } else if (c == '-' && i > 0 && i + 1 < n && Character.isLetterOrDigit(chars[i - 1])
            && Character.isLetterOrDigit(chars[i + 1])) {
          pendingHyphen = true;
        } else if (!Character.isWhitespace(c)) {
          pendingBreak = true;
          pendingAmpersand = c == '&' && !pendingAmpersand; // "Marks & Spencer"; "& &" or "&," is none
          pendingBracket = c == '(';
          if (c == ':' || c == ';') {
            sentenceStart = sentenceStart || c == ':';
          }
        } else if (c == '\n' && i + 1 < n && (chars[i + 1] == '\n' || chars[i + 1] == ' '
            || chars[i + 1] == '\t')) {
          sentenceStart = true; // a blank or indented line starts a paragraph, and so a sentence
          pendingBreak = true;
        }
        i++;
        continue;
      }
      // A word: letters, digits, inner apostrophes; "U.S." style abbreviations keep going.
      int start = i;
      int flags = 0;
      boolean upperOnly = true;
      boolean lowerOnly = true;
      boolean hasDots = false;
      if (dotted != null) {
        dotted.setLength(0);
      }
      while (i < n) {
        out.steps++;
        char d = chars[i];
        if (isWordChar(d)) {
          if (d >= '0' && d <= '9' || d >= 128 && Character.isDigit(d)) {
            flags |= Tokens.DIGIT;
          } else if (d >= 'a' && d <= 'z' || d >= 128 && !Character.isUpperCase(d)) {
            upperOnly = false;
          }
          if (d >= 'A' && d <= 'Z' || d >= 128) {
            lowerOnly = false;
          }
          if (hasDots) {
            dotted.append(d);
          }
          i++;
        } else if ((d == '\'' || d == '\u2019') && i + 1 < n && Character.isLetter(chars[i + 1])) {
          if (hasDots) {
            dotted.append(d);
          }
          i++;
        } else if (d == '.' && i + 1 < n && Character.isLetter(chars[i + 1]) && i - 1 >= start
            && (i - 1 == start || chars[i - 2] == '.') && Character.isUpperCase(chars[i - 1])) {
          // "U.S.", "U.K.", "N.Y.": single capitals separated by dots.
          if (!hasDots) {
            if (dotted == null) {
              dotted = new StringBuilder();
            }
            dotted.append(text, start, i);
            hasDots = true;
          }
          i++;
        } else {
          break;
        }
      }
      String word;
      if (hasDots) {
        flags |= Tokens.DOTTED;
        if (i < n && chars[i] == '.') {
          i++; // the closing dot belongs to the abbreviation
        }
        word = dotted.toString();
      } else {
        word = text.substring(start, i);
      }
      if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("\u2019s"))) {
        word = word.substring(0, word.length() - 2);
        flags |= Tokens.POSSESSIVE;
      } else if (i < n && (chars[i] == '\'' || chars[i] == '\u2019')
          && word.endsWith("s") && (i + 1 == n || !Character.isLetter(chars[i + 1]))) {
        flags |= Tokens.POSSESSIVE; // plural possessive: "the Soviets' plan"
        i++;
      }
      char first = word.charAt(0);
      if (Character.isUpperCase(first)) {
        flags |= Tokens.CAP;
        if (upperOnly) {
          flags |= Tokens.ALL_CAPS;
        }
      }
      if (sentenceStart) {
        flags |= Tokens.SENT_START;
      }
      if (pendingBreak) {
        flags |= Tokens.BREAK_BEFORE;
      }
      if (pendingHyphen) {
        flags |= Tokens.HYPHEN_BEFORE;
      }
      if (pendingAmpersand) {
        flags |= Tokens.AMPERSAND_BEFORE;
      }
      if (pendingBracket) {
        flags |= Tokens.BRACKET_BEFORE;
      }
      if (i < n && chars[i] == '$') {
        flags |= Tokens.CURRENCY_SIGN_AFTER; // "US$22,900", "HK$3": the dollar of that country
      }
      if (shout) {
        flags |= Tokens.SHOUT;
      }
      if (start < datelineEnd) {
        flags |= Tokens.DATELINE | Tokens.SHOUT;
      }
      // Most words are written in lower case already: no need to look for capitals again.
      out.add(word, lowerOnly ? word : word.toLowerCase(Locale.ROOT), flags);
      sentenceStart = false;
      pendingBreak = false;
      pendingHyphen = false;
      pendingAmpersand = false;
      pendingBracket = false;
      // The closing dot of "U.S." was eaten above: "in the U.S. The ..." cannot be told from
      // "the U.S. Congress", so the sentence is assumed to go on.
    }
  }

  /** Letters and digits; ASCII is decided without the Unicode tables, as it is nearly all the text. */
  private static boolean isWordChar(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c);
  }

  /** A full stop after an abbreviation or an initial ("Mr.", "George W.") ends nothing. */
  private static boolean softDot(Tokens out) {
    if (out.size == 0) {
      return false;
    }
    int last = out.size - 1;
    String w = out.text[last];
    if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
      return true;
    }
    // Most sentences end with a long word or a number; checking the length first spares the look-up.
    String lower = out.lower[last];
    return lower.length() <= LONGEST_ABBREVIATION && ABBREVIATIONS.contains(lower)
        && !out.has(last, Tokens.POSSESSIVE);
  }

  /** True if the letters of {@code s} are mostly capitals: a wire headline like "U.S. SAYS ...". */
  static boolean isShouted(String s) {
    if (s == null) {
      return false;
    }
    int upper = 0;
    int letters = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    return letters >= 6 && upper * 10 >= letters * 8;
  }

  /** Month names and abbreviations a wire dateline's date starts with. */
  private static final Set<String> MONTHS = Lookups.setOf("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august",
      "september", "october", "november", "december");

  /**
   * End offset of a wire dateline at the start of a body ("TOKYO, March 3 - ", "Toronto, Feb 26 - "),
   * or 0. A dateline is short, starts with a capital, and its last comma is followed by a month and a
   * day, then " - ", all on its first line.
   */
  static int datelineEnd(String body) {
    if (body == null) {
      return 0;
    }
    int n = Math.min(body.length(), 90);
    int i = 0;
    while (i < n && Character.isWhitespace(body.charAt(i))) {
      i++;
    }
    if (i + 3 >= n || !Character.isUpperCase(body.charAt(i))) {
      return 0;
    }
    for (int j = i; j + 2 < n; j++) {
      char c = body.charAt(j);
      if (c == '\n') {
        return 0;
      }
      if (c == ' ' && body.charAt(j + 1) == '-' && (body.charAt(j + 2) == ' ' || body.charAt(j + 2) == '-')) {
        int comma = body.lastIndexOf(',', j);
        return comma > i && looksLikeDate(body.substring(comma + 1, j)) ? j : 0;
      }
    }
    return 0;
  }

  /**
   * "March 3", " Feb 26": a month, then a day: two words split by {@code \s+}, written out rather than
   * as a regular expression, whose inlined matcher made this one of the costliest methods for the JIT
   * to compile on an import (same answers: TokenizerDatelineTest compares them).
   */
  static boolean looksLikeDate(String s) {
    String t = s.strip();
    int n = t.length();
    int gap = 0;
    while (gap < n && !isRegexSpace(t.charAt(gap))) {
      gap++;
    }
    if (gap == n) {
      return false; // one word
    }
    int day = gap;
    while (day < n && isRegexSpace(t.charAt(day))) {
      day++;
    }
    for (int k = day; k < n; k++) {
      if (isRegexSpace(t.charAt(k))) {
        return false; // three words or more
      }
    }
    if (!MONTHS.contains(t.substring(0, gap).replace(".", "").toLowerCase(java.util.Locale.ROOT)) || n - day > 2) {
      return false;
    }
    for (int k = day; k < n; k++) {
      if (!Character.isDigit(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** What {@code \s} matches in a Java regular expression: ASCII white space only. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
