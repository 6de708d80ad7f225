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
      "nev", "ark", "miss", "vt", "pres", "govt", "dept", "est",
      // honorifics and ranks written with a dot ("the Deputy Speaker, Hon. Abimbola Fayehun, said", "Brig. Gen."):
      // the name after them is not a new sentence's first word (session 49, news44's development half)
      "hon", "engr", "smt", "brig", "insp", "supt", "det", "cpl", "pte", "pvt");

  /*
   * What the tokenizer asks of a character, looked up in one table for every UTF-16 char: the ASCII tests
   * and the JDK's per-block Unicode tables (Latin-1 or not) were branches that plain English text never
   * takes, so the first accented letter or curly apostrophe after the JIT had compiled the tokenizer threw
   * the compiled code away (an uncommon trap) and it was compiled again. The table gives the answers
   * those tests gave (CharPropertiesTest compares all 65,536).
   */
  static final int WORD = 1;
  static final int DIGIT = 2;
  /** A letter that makes a word not all capitals. */
  static final int NOT_UPPER = 4;
  /** A character that makes a word not all lower case. */
  static final int NOT_LOWER = 8;
  static final int LETTER = 16;
  static final int UPPER = 32;
  static final int SPACE = 64;
  private static final byte[] CHARS = charProperties();

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
    // bounds on each call: about an eighth of tokenizing. The copy ends with a space after the text, so the
    // look-ahead at the next character needs no test for the text's end: a test whose other side only the
    // last character of a text takes, which the JIT met late and recompiled the tokenizer for. The copy is
    // the thread's buffer (nothing reads past chars[n], so what an earlier, longer text left there is never
    // seen): a new one per text was a fifth of the tokenizer's bytes.
    final char[] chars = BUFFER.get().chars(n + 1);
    text.getChars(0, n, chars, 0);
    chars[n] = ' ';
    boolean sentenceStart = true;
    boolean pendingBreak = true;
    boolean pendingHyphen = false;
    boolean pendingAmpersand = false;
    boolean pendingSlash = false;
    boolean pendingBracket = false;
    boolean pendingMark = false;
    boolean pendingQuote = false;
    int markEnd = -1; // where the wire's open company mark ends ('>'), or -1
    int i = 0;
    StringBuilder dotted = null;
    while (i < n) {
      out.steps++;
      char c = chars[i];
      int props = CHARS[c];
      if ((props & WORD) == 0) {
        if (c == '.' || c == '!' || c == '?') {
          if (c != '.' || !softDot(out) && !filipinoMa(out, chars, i + 1, n)) {
            sentenceStart = true;
            pendingBreak = true;
          }
        } else if (c == '-' && i > 0 && (CHARS[chars[i - 1]] & WORD) != 0 && (CHARS[chars[i + 1]] & WORD) != 0) {
          pendingHyphen = true;
        } else if ((props & SPACE) == 0) {
          pendingBreak = true;
          pendingAmpersand = c == '&' && !pendingAmpersand; // "Marks & Spencer"; "& &" or "&," is none
          pendingSlash = c == '/';
          pendingBracket = c == '(';
          pendingMark = c == '<';
          pendingQuote |= c == '"' || c == '\u201C' || c == '\u201D' || c == '\'' || c == '\u2018' || c == '\u2019';
          if (pendingMark) {
            markEnd = WireCompanyMarks.closeOf(chars, i, n);
          } else if (c == ',') {
            markEnd = -1; // "<Morgan Guaranty Ltd, Hong Kong>": what follows the comma is the firm's place
          }
          if (c == ':' || c == ';') {
            sentenceStart = sentenceStart || c == ':';
          }
        } else if (c == '\n' && i + 1 < n && (chars[i + 1] == '\n' || chars[i + 1] == ' '
            || chars[i + 1] == '\t')) {
          sentenceStart = true; // a blank or indented line starts a paragraph, and so a sentence
          pendingBreak = true;
        } else if (c == '\n' && opensAFieldLabel(chars, i + 1, n) && opensAFieldLabel(chars, lineStart(chars, i), n)) {
          sentenceStart = true; // "Music: Daniel Kwon\nRunning time: 128 minutes": a credits block's next field
          pendingBreak = true;
        }
        i++;
        continue;
      }
      // A word: letters, digits, inner apostrophes; "U.S." style abbreviations keep going.
      int start = i;
      int flags = 0;
      int seen = 0;  // the properties of the word's letters and digits, or-ed
      boolean hasDots = false;
      if (dotted != null) {
        dotted.setLength(0);
      }
      while (i < n) {
        out.steps++;
        char d = chars[i];
        int p = CHARS[d];
        if ((p & WORD) != 0) {
          seen |= p;
          if (hasDots) {
            dotted.append(d);
          }
          i++;
        } else if ((d == '\'' || d == '\u2019') && (CHARS[chars[i + 1]] & LETTER) != 0) {
          if (hasDots) {
            dotted.append(d);
          }
          i++;
        } else if (d == '.' && (CHARS[chars[i + 1]] & LETTER) != 0 && i - 1 >= start
            && (i - 1 == start || chars[i - 2] == '.') && (CHARS[chars[i - 1]] & UPPER) != 0) {
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
      if ((seen & DIGIT) != 0) {
        flags |= Tokens.DIGIT;
      }
      boolean upperOnly = (seen & NOT_UPPER) == 0;
      boolean lowerOnly = (seen & NOT_LOWER) == 0;
      String word;
      if (hasDots) {
        flags |= Tokens.DOTTED;
        if (chars[i] == '.') {
          i++; // the closing dot belongs to the abbreviation
        }
        word = dotted.toString();
        if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("\u2019s"))) {
          word = word.substring(0, word.length() - 2);
          flags |= Tokens.POSSESSIVE;
        } else if ((chars[i] == '\'' || chars[i] == '\u2019')
            && word.endsWith("s") && (CHARS[chars[i + 1]] & LETTER) == 0) {
          flags |= Tokens.POSSESSIVE; // plural possessive: "the Soviets' plan"
          i++;
        }
      } else if (i - start > 2 && chars[i - 1] == 's' && (chars[i - 2] == '\'' || chars[i - 2] == '\u2019')) {
        // The word is chars[start, i): its possessive "'s" is read from them, and the word cut once without it.
        word = text.substring(start, i - 2);
        flags |= Tokens.POSSESSIVE;
      } else {
        word = text.substring(start, i);
        if ((chars[i] == '\'' || chars[i] == '\u2019') && chars[i - 1] == 's' && (CHARS[chars[i + 1]] & LETTER) == 0) {
          flags |= Tokens.POSSESSIVE; // plural possessive: "the Soviets' plan"
          i++;
        }
      }
      char first = word.charAt(0);
      if ((CHARS[first] & UPPER) != 0) {
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
      if (pendingSlash) {
        flags |= Tokens.SLASH_BEFORE;
      }
      if (pendingBracket) {
        flags |= Tokens.BRACKET_BEFORE;
      }
      if (pendingMark) {
        flags |= Tokens.MARK_BEFORE;
      }
      if (start < markEnd) {
        flags |= Tokens.IN_MARK;
      }
      if (pendingQuote) {
        flags |= Tokens.QUOTE_BEFORE;
      }
      if (i < n && chars[i] == '$') {
        flags |= Tokens.CURRENCY_SIGN_AFTER; // "US$22,900", "HK$3": the dollar of that country
      }
      if (lowerOnly) {
        flags |= Tokens.PLAIN_LOWER; // no ASCII capital and no char outside ASCII among the word's letters and digits
      }
      if (shout) {
        flags |= Tokens.SHOUT;
      }
      if (start < datelineEnd) {
        flags |= Tokens.DATELINE | Tokens.SHOUT;
      }
      // Most words are written in lower case already: no need to look for capitals again.
      String lower = lowerOnly ? word : word.toLowerCase(Locale.ROOT);
      // Every rule looks tokens up by their lower case, and the String caches its hash once made. Made here, the
      // hash reads chars just written; made by the first look-up (the countries' or the topics'), it read them
      // after other steps had pushed them out of the cache: StringLatin1.hashCode was an eighth of extraction's
      // samples, and extraction about 8 % faster with the hash made here (session 26, docs/benchmarks.md).
      lower.hashCode();
      out.add(word, lower, flags);
      sentenceStart = false;
      pendingBreak = false;
      pendingHyphen = false;
      pendingAmpersand = false;
      pendingSlash = false;
      pendingBracket = false;
      pendingMark = false;
      pendingQuote = false;
      // The closing dot of "U.S." was eaten above: "in the U.S. The ..." cannot be told from
      // "the U.S. Congress", so the sentence is assumed to go on.
    }
  }

  private static final ThreadLocal<Buffer> BUFFER = ThreadLocal.withInitial(Buffer::new);

  /** A thread's copy of the text being tokenized. */
  private static final class Buffer {
    /** A text longer than this gets a copy of its own, so that no thread keeps a huge one. */
    private static final int MAX_KEPT = 1 << 14;
    private char[] chars = new char[4096];

    /** At least {@code length} chars; the content is garbage. */
    char[] chars(int length) {
      if (length <= chars.length) {
        return chars;
      }
      if (length > MAX_KEPT) {
        return new char[length];
      }
      chars = new char[Math.max(length, Math.min(MAX_KEPT, chars.length * 2))];
      return chars;
    }
  }

  /**
   * The properties of every char, by the JDK's tests: a word character is a letter or digit; a word is
   * not all capitals once it has a letter that is not upper case, and not all lower case once it has an
   * ASCII capital or any non-ASCII letter or digit (which then goes through {@code toLowerCase}).
   */
  static byte[] charProperties() {
    byte[] table = new byte[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      int p = 0;
      boolean word = Character.isLetterOrDigit(ch);
      if (word) {
        p |= WORD;
        if (Character.isDigit(ch)) {
          p |= DIGIT;
        } else if (!Character.isUpperCase(ch)) {
          p |= NOT_UPPER;
        }
        if (c >= 'A' && c <= 'Z' || c >= 128) {
          p |= NOT_LOWER;
        }
      }
      p |= Character.isLetter(ch) ? LETTER : 0;
      p |= Character.isUpperCase(ch) ? UPPER : 0;
      p |= Character.isWhitespace(ch) ? SPACE : 0;
      table[c] = (byte) p;
    }
    return table;
  }

  /**
   * A full stop after an abbreviation or an initial ("Mr.", "George W.") ends nothing; an initial's is kept as
   * {@link Tokens#DOT_AFTER}.
   */
  /**
   * True if the line from {@code j} opens with a label: a capitalised word and at most two more, then a colon
   * ("Running time:", "Director:", "Music:"). A film's or a match's credits block puts each field on a line of its own
   * with no full stop, so without this the next label glues to the name before it ("Daniel Kwon Running"; session 39,
   * news37). A newline breaks the sentence only between two such lines: a wrapped line of wire prose may open with a
   * label's form ("... the Securities and Exchange\nCommission:"), but the line before it does not.
   */
  private static boolean opensAFieldLabel(char[] chars, int j, int n) {
    if (j >= n || (CHARS[chars[j]] & UPPER) == 0) {
      return false;
    }
    int words = 1;
    for (int k = j + 1; k < n && k < j + MAX_LABEL_CHARS; k++) {
      char c = chars[k];
      if (c == ':') {
        return true;
      }
      if (c == ' ') {
        if (++words > 3) {
          return false;
        }
      } else if ((CHARS[c] & LETTER) == 0 && c != '-') {
        return false;
      }
    }
    return false;
  }

  private static final int MAX_LABEL_CHARS = 24;

  /** Where the line that ends at the newline {@code i} begins, past its indent. */
  private static int lineStart(char[] chars, int i) {
    int k = i;
    while (k > 0 && chars[k - 1] != '\n') {
      k--;
    }
    while (k < i && (chars[k] == ' ' || chars[k] == '\t')) {
      k++;
    }
    return k;
  }

  /**
   * "Ma. Cristina Villanueva": the Filipino short form of Maria before a given name keeps its full stop, which then ends
   * nothing (session 47, news36 and news41). A capital must follow, and either "Ma." opens the name (no capitalised word
   * before it, or it opens the sentence) or two capitalised words follow it ("Deputy Governor Ma. Cristina
   * Salvador-Ocampo"): "founded by Jack Ma. Alibaba's shares ..." ends a sentence.
   */
  private static boolean filipinoMa(Tokens out, char[] chars, int next, int n) {
    int last = out.size - 1;
    if (last < 0 || !out.text[last].equals("Ma")) {
      return false;
    }
    int first = skipSpaces(chars, next, n);
    if (first >= n || (CHARS[chars[first]] & UPPER) == 0) {
      return false;
    }
    boolean opens = last == 0 || out.has(last, Tokens.SENT_START) || out.has(last, Tokens.BREAK_BEFORE)
        || !out.has(last - 1, Tokens.CAP);
    if (!opens) {
      int k = first;
      while (k < n && ((CHARS[chars[k]] & WORD) != 0 || chars[k] == '-')) {
        k++;
      }
      int second = k < n && chars[k] == ' ' ? skipSpaces(chars, k, n) : n;
      if (second >= n || (CHARS[chars[second]] & UPPER) == 0) {
        return false;
      }
    }
    out.flags[last] |= Tokens.DOT_AFTER;
    return true;
  }

  private static int skipSpaces(char[] chars, int i, int n) {
    while (i < n && chars[i] == ' ') {
      i++;
    }
    return i;
  }

  private static boolean softDot(Tokens out) {
    if (out.size == 0) {
      return false;
    }
    int last = out.size - 1;
    String w = out.text[last];
    if (w.length() == 1 && (CHARS[w.charAt(0)] & UPPER) != 0) {
      out.flags[last] |= Tokens.DOT_AFTER;
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
      int p = CHARS[c];
      if ((p & LETTER) != 0) {
        letters++;
        if ((p & UPPER) != 0) {
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
    while (i < n && (CHARS[body.charAt(i)] & SPACE) != 0) {
      i++;
    }
    if (i + 3 >= n || (CHARS[body.charAt(i)] & UPPER) == 0) {
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
