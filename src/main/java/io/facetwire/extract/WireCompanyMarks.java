package io.facetwire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The companies a wire story marks as companies in its text, read from the text itself rather than its tokens
 * (the tokenizer keeps neither angle brackets nor slashes):
 * <ul>
 * <li>a name in angle brackets: Reuters writes a company it has no ticker for so ("... with &lt;Burnham
 *     Leasing&gt;", "&lt;Banque Indosuez&gt;"), whatever the name's words are — no organisation word, foreign legal
 *     forms ("Duffour et Igon", "Toyo Audio (M) Sdn Bhd"), a name split over a line;</li>
 * <li>a name joined by a slash right before its ticker: "Royal Dutch/Shell Group &lt;RD&gt;", "Capital Cities/ABC
 *     Inc &lt;CCB&gt;", which the capitalised-run reader sees as two names ("Royal Dutch", "Shell Group");</li>
 * <li>a plain name right before its ticker where the run reader found nothing in it: "Burlington Northern
 *     &lt;BNI&gt;" (no organisation word, no cue). Where it found a name there, its bounds stand: "Shares of Warner
 *     Communications Inc &lt;WCI&gt;" is "Warner Communications".</li>
 * </ul>
 * A ticker itself ("&lt;SQB&gt;", "&lt;VOWG.F&gt;") is in capitals, digits and dots only, and names nothing here.
 * The pieces of a marked name that the run reader returned ("Shell Group", "Video Affiliates" of "Audio/Video
 * Affiliates Inc") are dropped when the text names them nowhere outside the marked name. Work: one scan for "&lt;";
 * a text with none (all but wire copy) costs that scan only.
 */
final class WireCompanyMarks {

  /** Longest bracketed name read: Reuters' longest are about 60 characters ("Cie Generale de ..."). */
  private static final int LONGEST = 80;
  /** Words read back from a ticker for a name: "Total Cie Francaise des Petroles" is five. */
  private static final int MOST_WORDS = 6;
  /** Small words inside a company's name before a ticker: "Australia and New Zealand Banking Group". */
  private static final java.util.Set<String> CONNECTORS = Lookups.setOf("and", "of", "de", "des", "du", "et", "&");

  private WireCompanyMarks() {
  }

  /**
   * A marked name as written (spaces collapsed), where its marked text starts and ends in the body, and whether the
   * mark alone makes it a company (brackets, a slash-joined name) or only where the run reader found nothing in it.
   */
  record Mark(String name, int start, int end, boolean sure) {
  }

  /**
   * The offset of the '&gt;' that closes the mark opened by the '&lt;' at {@code lt} in {@code chars[0, n)}, or -1 when
   * none closes it within {@link #LONGEST} chars before another '&lt;' (a "less than" in a table is no mark): the
   * bounds {@link #in} reads a marked name by, for the tokenizer, which flags the tokens inside ({@link Tokens#IN_MARK}).
   */
  static int closeOf(char[] chars, int lt, int n) {
    int last = Math.min(n, lt + 2 + LONGEST);
    for (int j = lt + 1; j < last; j++) {
      if (chars[j] == '>') {
        return j;
      }
      if (chars[j] == '<') {
        return -1;
      }
    }
    return -1;
  }

  /** The names the body marks as companies, in order; empty when it has no "&lt;". */
  static List<Mark> in(String body) {
    int lt = body == null ? -1 : body.indexOf('<');
    if (lt < 0) {
      return List.of();
    }
    List<Mark> marks = new ArrayList<>();
    for (; lt >= 0; lt = body.indexOf('<', lt + 1)) {
      int gt = body.indexOf('>', lt + 1);
      if (gt < 0) {
        break;
      }
      if (gt - lt - 1 > LONGEST || body.lastIndexOf('<', gt - 1) != lt) {
        continue;
      }
      String inside = body.substring(lt + 1, gt);
      if (isTicker(inside)) {
        Mark named = namedBefore(body, lt);
        if (named != null) {
          marks.add(named);
        }
      } else if (Character.isUpperCase(inside.charAt(0)) && hasLowerCase(inside)) {
        String name = withoutPossessive(collapsed(inside));
        if (!name.isEmpty()) {
          marks.add(new Mark(name, lt, gt + 1, true));
        }
      }
    }
    return marks;
  }

  /**
   * The values found in the tokens plus the names the body marks (each as the gazetteer's value when it has the
   * name, {@code canonical}: lower case, no dots, or null), without a found value that is only a piece of a
   * marked name.
   */
  static List<String> withMarked(List<String> found, String body, UnaryOperator<String> canonical) {
    List<Mark> marks = in(body);
    if (marks.isEmpty()) {
      return found;
    }
    List<String> all = new ArrayList<>();
    List<Mark> sure = new ArrayList<>();
    List<String> markedWords = new ArrayList<>();
    // Each found value's words, made once: every mark compares them and the pieces' check reads them again.
    List<String> foundWords = new ArrayList<>(found.size());
    for (String v : found) {
      foundWords.add(words(v));
    }
    for (Mark m : marks) {
      String marked = words(m.name());
      if (!m.sure()) {
        // A plain name before its ticker counts where the run reader found nothing in it ("Burlington Northern
        // <BNI>"): where it found something ("Warner Communications" of "Shares of Warner Communications Inc"),
        // its reading of the run's bounds is the better one.
        if (overlapsAFoundValue(marked, foundWords)) {
          continue;
        }
      }
      // As the tokens write it for the gazetteer: "Rolls-Royce Ltd" is "rolls royce ltd".
      String known = canonical.apply(marked.replace('-', ' ').strip().toLowerCase(Locale.ROOT));
      if (known != null && !m.sure()) {
        continue; // a known name the extractor left out on purpose (a town's club, a generic body)
      }
      all.add(known != null ? known : m.name());
      if (m.sure()) {
        sure.add(m);
        markedWords.add(marked);
      }
    }
    String rest = null; // the text outside the sure marks, made only when a found value is a piece of one
    for (int f = 0; f < found.size(); f++) {
      String v = found.get(f);
      String value = foundWords.get(f);
      if (isPiece(value, markedWords)) {
        rest = rest != null ? rest : outside(body, sure);
        if (!rest.contains(value)) {
          continue; // "Shell Group" of "Royal Dutch/Shell Group <RD>", named nowhere else
        }
      }
      all.add(v);
    }
    return all;
  }

  /** The body's words outside the marks, as {@link #words} writes them. */
  private static String outside(String body, List<Mark> marks) {
    StringBuilder sb = new StringBuilder(body.length());
    int from = 0;
    for (Mark m : marks) {
      sb.append(body, from, Math.max(from, m.start())).append(' ');
      from = Math.max(from, m.end());
    }
    return words(sb.append(body, from, body.length()).toString());
  }

  /** Whether a found value's words ({@link #words}) are among the marked name's or the other way round. */
  private static boolean overlapsAFoundValue(String marked, List<String> foundWords) {
    for (String w : foundWords) {
      if (marked.contains(w) || w.contains(marked)) {
        return true;
      }
    }
    return false;
  }

  /** A found value (as {@link #words} writes it) that a marked name holds but is not. */
  private static boolean isPiece(String value, List<String> markedWords) {
    for (String m : markedWords) {
      if (m.contains(value) && !m.equals(value)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name right before the ticker at {@code lt}, or null: read back over capitalised words and small connectors,
   * to a comma, a possessive, a bracket, a lower-case word or a sentence's end; sure when a slash joins two of its
   * capitalised words ("Royal Dutch/Shell Group &lt;RD&gt;").
   */
  private static Mark namedBefore(String body, int lt) {
    List<int[]> words = wordsBefore(body, lt);
    int first = words.size();
    boolean slash = false;
    for (int w = words.size() - 1; w >= 0 && words.size() - w <= MOST_WORDS; w--) {
      String word = body.substring(words.get(w)[0], words.get(w)[1]);
      boolean last = w == words.size() - 1;
      boolean name = Character.isUpperCase(word.charAt(0)) && (last || !word.endsWith(",")) && plain(word)
          && !word.endsWith("'s") && !word.endsWith("'") && (last || !word.endsWith(".") || isAbbreviation(word));
      if (!name && !(CONNECTORS.contains(word) && !last)) {
        break;
      }
      slash |= isSlashJoined(word);
      first = w;
    }
    // A connector cannot start the name: "and Royal Dutch/Shell" starts at "Royal".
    while (first < words.size() && CONNECTORS.contains(body.substring(words.get(first)[0], words.get(first)[1]))) {
      first++;
    }
    if (first == words.size() || slash && words.size() - first < 2) {
      return null;
    }
    int start = words.get(first)[0];
    int end = words.get(words.size() - 1)[1];
    String name = withoutPossessive(collapsed(body.substring(start, end)));
    return name.isEmpty() ? null : new Mark(name, start, end, slash);
  }

  /** The whitespace-separated words (start, end) in the twice {@value #LONGEST} characters before {@code at}. */
  private static List<int[]> wordsBefore(String body, int at) {
    int i = Math.max(0, at - 2 * LONGEST);
    if (i > 0) {
      while (i < at && !Character.isWhitespace(body.charAt(i))) {
        i++; // a word cut by the window is no word of the name
      }
    }
    List<int[]> words = new ArrayList<>();
    while (i < at) {
      while (i < at && Character.isWhitespace(body.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < at && !Character.isWhitespace(body.charAt(i))) {
        i++;
      }
      if (s < i) {
        words.add(new int[] {s, i});
      }
    }
    return words;
  }

  /** No bracket, quote or other mark in the word, and it ends in a letter, a digit or a dot: "Plc's)" is none. */
  private static boolean plain(String word) {
    char last = word.charAt(word.length() - 1);
    if (!(Character.isLetterOrDigit(last) || last == '.' || last == ',' || last == '\'')) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if ("<>()\"[]".indexOf(word.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** "Dutch/Shell", "Cities/ABC": a slash between a letter and a capital letter. */
  private static boolean isSlashJoined(String word) {
    int s = word.indexOf('/');
    return s > 0 && s + 1 < word.length() && Character.isLetter(word.charAt(s - 1))
        && Character.isUpperCase(word.charAt(s + 1));
  }

  /** "U.K.", "S.p.A.", "Inc.": a full stop that ends no sentence inside a name. */
  private static boolean isAbbreviation(String word) {
    String bare = word.substring(0, word.length() - 1);
    return bare.indexOf('.') >= 0 || bare.length() <= 4 && OrganisationWords.COMPANY_FORMS.contains(
        bare.toLowerCase(Locale.ROOT));
  }

  /** "SQB", "VOWG.F", "BRK-A": capitals, digits, dots and hyphens only, up to ten. */
  private static boolean isTicker(String inside) {
    return HeadlineTicker.tickerShaped(inside, 10);
  }

  private static boolean hasLowerCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words of a text between single spaces, with one at each end, so that " Maxwell Media " is found in
   * "... to Maxwell Media, which ..." and not in "Maxwell Mediation": dots dropped as the tokens drop them
   * ("U.K." is "UK"), other punctuation but "&amp;", "'" and "-" read as a space.
   */
  private static String words(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append(' ');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '&' || c == '\'' || c == '-') {
        sb.append(c);
      } else if (c != '.' && sb.charAt(sb.length() - 1) != ' ') {
        sb.append(' ');
      }
    }
    return sb.charAt(sb.length() - 1) == ' ' ? sb.toString() : sb.append(' ').toString();
  }

  /** "Pratt\r\nand Whitney" → "Pratt and Whitney". */
  private static String collapsed(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** "Shell U.K. Ltd's" → "Shell U.K. Ltd". */
  private static String withoutPossessive(String name) {
    return name.endsWith("'s") ? name.substring(0, name.length() - 2)
        : name.endsWith("'") ? name.substring(0, name.length() - 1) : name;
  }
}
