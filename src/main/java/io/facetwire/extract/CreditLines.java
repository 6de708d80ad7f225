package io.facetwire.extract;

import java.util.Set;

/**
 * Finds a wire story's credit line: "(Reporting by Jane Doe in Cairo; Additional reporting by John Roe; Writing by
 * ...; Editing by ...)". It names the story's writers, not its persons (LABELLING.md, session 32: the blind modern-news
 * set's readers left them out), so its names are read as a team sheet's are ({@link LineUps}): only to tell whom the
 * prose means, never persons by themselves. A writer the story also names in a sentence is found there.
 */
final class CreditLines {

  /**
   * The credit's verbs: "Reporting by", "Additional reporting by", "Writing by", "Editing by", and a review's "Reviewed
   * by" (session 37, news37: a film review's foot), an interview's "Interview by", "Compiled by", "Translation by"
   * (session 45, news40's development half). Not "Produced by" or "Written by", which open prose as often ("Produced
   * by Bungie software, the game ...").
   */
  private static final Set<String> CREDITS = Lookups.setOf("reporting", "writing", "editing", "reviewed", "interview",
      "interviews", "compiled", "translation");

  private CreditLines() {}

  /**
   * Marks in {@code marked} (a team sheet's marks, or null when there is none) every token from a credit's verb to the
   * end of its sentence, which holds the whole credit line. Returns the marks, or null when the article has neither.
   */
  static boolean[] mark(Tokens t, boolean[] marked) {
    for (int i = t.titleEnd; i + 1 < t.size; i++) {
      // The tokens' flags first: every token passes here, and a flag is cheaper to read than its string.
      if (i + 2 >= t.size || !t.has(i + 2, Tokens.CAP) || t.has(i + 1, Tokens.BREAK_BEFORE)
          || !CREDITS.contains(t.lower[i]) || !"by".equals(t.lower[i + 1]) || !opensACredit(t, i)) {
        // "Reporting by the BBC showed ..." is prose: a credit names its writer right after "by"
        continue;
      }
      if (marked == null) {
        marked = new boolean[t.size];
      }
      i = markToSentenceEnd(t, marked, i) - 1;
    }
    return markBylines(t, LabelledLines.mark(t, markContributors(t, marked)));
  }

  /**
   * A byline, a line of its own that opens or ends the story: "By Matteo Rinaldi, cybersecurity correspondent", "By
   * Chinedu Okafor and Aisha Bello-Ibrahim" (the blind modern-news set of session 34: papers and broadcasters' sites
   * sign their stories so, at the top or the foot). Its names are the writers', as a credit line's are. "By" opening a
   * sentence that does not end the story is prose ("By Friday the army had left"), unless it holds names and roles
   * only.
   */
  private static boolean[] markBylines(Tokens t, boolean[] marked) {
    for (int i = t.titleEnd; i + 1 < t.size; i++) {
      if (!t.has(i, Tokens.SENT_START) || !t.has(i, Tokens.CAP) || !t.has(i + 1, Tokens.CAP)
          || t.has(i + 1, Tokens.DIGIT) || !"by".equals(t.lower[i])) { // flags first, as in mark
        continue;
      }
      int end = i + 1;
      while (end < t.size && !t.has(end, Tokens.SENT_START)) {
        end++;
      }
      t.steps += end - i;
      if (end - i > MAX_BYLINE_TOKENS || end != t.size && !namesOnly(t, i + 1, end)) {
        i = end - 1;
        continue;
      }
      if (marked == null) {
        marked = new boolean[t.size];
      }
      i = markToSentenceEnd(t, marked, i) - 1;
    }
    return markSignature(t, marked);
  }

  /**
   * A signature without "By", the story's last line: "— Nur Rahmawati and Andi Prasetyo", "— Divya Ramakrishnan, Special
   * Correspondent" (the blind modern-news set of session 36). A closing sentence of names joined by "and", or of names
   * and a writer's role, has no verb: it cannot be prose about the persons it names.
   */
  private static boolean[] markSignature(Tokens t, boolean[] marked) {
    int start = t.size - 1;
    while (start > t.titleEnd && !t.has(start, Tokens.SENT_START)) {
      start--;
    }
    int length = t.size - start;
    t.steps += length;
    int credited = footCredit(t, start);
    if (start > t.titleEnd && credited > start && t.has(start, Tokens.CAP) && t.has(credited, Tokens.CAP)
        && namesOnly(t, credited, t.size)) {
      // "- Written by Aditi Gokhale" as the story's last line (session 44, news39); in prose "Written by" opens a
      // sentence about a book as often ("Written by Bungie, the game ...")
      if (marked == null) {
        marked = new boolean[t.size];
      }
      markToSentenceEnd(t, marked, start);
      return marked;
    }
    if (start <= t.titleEnd || length < 2 || length > MAX_BYLINE_TOKENS || !t.has(start, Tokens.CAP)
        || marked != null && marked[start] || !signatureWords(t, start) || !signed(t, start)) {
      return marked;
    }
    if (marked == null) {
      marked = new boolean[t.size];
    }
    markToSentenceEnd(t, marked, start);
    return marked;
  }

  /**
   * Where the names start in a last line that credits its writers by a verb: "Written by Aditi Gokhale" (session 44,
   * news39), "Report by Awa Sy", "With reports from Jhesset Enano and Carmela Reyes-Santos" (session 50, news45's
   * development half), always before the text's end; -1 when the line opens otherwise. Only as the story's last line:
   * in prose these words open a sentence about a book or a report as often ("Written by Bungie, the game ...").
   */
  private static int footCredit(Tokens t, int start) {
    if (start + 2 >= t.size) {
      return -1;
    }
    String first = t.lower[start];
    if (FOOT_CREDITS.contains(first) && "by".equals(t.lower[start + 1])) {
      return start + 2;
    }
    return "with".equals(first) && FOOT_CREDITS.contains(t.lower[start + 1]) && start + 3 < t.size
        && "from".equals(t.lower[start + 2]) ? start + 3 : -1;
  }

  private static final Set<String> FOOT_CREDITS = Lookups.setOf("written", "report", "reports", "reporting");

  /**
   * A signature's words: names, "and", "in", and a writer's role with the one word that qualifies it ("science
   * correspondent"). Not a closing sentence that has a role in it ("Monfort is an integrated beef and lamb producer").
   */
  private static boolean signatureWords(Tokens t, int start) {
    for (int k = start; k < t.size; k++) {
      if (t.has(k, Tokens.CAP) || "and".equals(t.lower[k]) || "in".equals(t.lower[k])
          || WRITERS_ROLES.contains(t.lower[k])) {
        continue;
      }
      if (k + 1 < t.size && WRITERS_ROLES.contains(t.lower[k + 1]) && !t.has(k + 1, Tokens.BREAK_BEFORE)) {
        continue; // "science correspondent"
      }
      return false;
    }
    return true;
  }

  /**
   * Two writers joined by "and", a writer's role after a comma, or a full name standing alone as the story's last
   * sentence ("— Ananya Krishnan"): prose that ends on a name has a verb in the same sentence ('"It is hers," said Jane
   * Smith').
   */
  private static boolean signed(Tokens t, int start) {
    if (t.size - start <= 3 && !t.has(t.size - 1, Tokens.BREAK_BEFORE) && !t.has(start + 1, Tokens.BREAK_BEFORE)) {
      return true;
    }
    for (int k = start + 1; k < t.size; k++) {
      if ("and".equals(t.lower[k]) || WRITERS_ROLES.contains(t.lower[k])
          || t.has(k, Tokens.BREAK_BEFORE) && k + 1 < t.size && WRITERS_ROLES.contains(t.lower[k + 1])) {
        return true;
      }
    }
    return byAnOutlet(t, start);
  }

  /**
   * "— Jordan Whitfield, The Canadian Press", "— Jane Doe, Associated Press": a name of two or three words, a comma,
   * and an outlet's name to the end, its last word a news outlet's (session 43, news38's development half); "Katarzyna
   * Wójcik (PAP)": a name of two or three words and an agency's initials in brackets (session 50, news45).
   */
  private static boolean byAnOutlet(Tokens t, int start) {
    int last = t.size - 1;
    if (last - start >= 2 && last - start <= 3 && t.has(last, Tokens.BRACKET_BEFORE) && t.has(last, Tokens.ALL_CAPS)
        && !t.has(start + 1, Tokens.BRACKET_BEFORE) && !t.has(last - 1, Tokens.BRACKET_BEFORE)) {
      return true;
    }
    int comma = start + 1;
    while (comma < t.size && !t.has(comma, Tokens.BREAK_BEFORE)) {
      comma++;
    }
    return comma - start >= 2 && comma - start <= 3 && comma < t.size - 1 && OUTLET_ENDS.contains(t.lower[t.size - 1]);
  }

  private static final Set<String> OUTLET_ENDS = Lookups.setOf("press", "news", "times", "post", "agency", "reuters",
      "bloomberg", "afp", "herald", "tribune", "journal", "telegraph", "guardian", "gazette", "daily", "wire", "service");

  /** A byline's words: two writers with a role each fit ("By A B, science correspondent, and C D in Lagos"). */
  private static final int MAX_BYLINE_TOKENS = 16;

  /**
   * Tokens [from, to) are a byline's: capitalised words joined by "and" or "in", and lower-case words only where a
   * writer's role names them ("Jane Doe and John Roe", "Jane Doe, political correspondent, in Kyiv"). A sentence of
   * prose has a lower-case word no role explains ("By Friday the army had left").
   */
  private static boolean namesOnly(Tokens t, int from, int to) {
    boolean lowerWords = false;
    boolean role = false;
    for (int k = from; k < to; k++) {
      if (k > from && t.has(k, Tokens.BRACKET_BEFORE)) {
        break; // "By Yoon Da-eun (yoondaeun@heraldcorp.com)": the writer's address in brackets (session 44, news39)
      }
      if (!t.has(k, Tokens.CAP) && !"and".equals(t.lower[k]) && !"in".equals(t.lower[k])
          && !t.has(k, Tokens.HYPHEN_BEFORE)) { // "Yoon Da-eun": a hyphenated name's lower-case end is a name's
        lowerWords = true;
        role |= WRITERS_ROLES.contains(t.lower[k]);
      }
    }
    return !lowerWords || role;
  }

  private static final Set<String> WRITERS_ROLES = Lookups.setOf("correspondent", "correspondents", "reporter",
      "reporters", "editor", "editors", "writer", "writers", "columnist", "contributor", "staff", "producer");

  /**
   * "By Oluwatoyin Bamidele, Akure", "By Catriona Mackay, Highlands reporter": one capitalised word after the writer's
   * comma, with no capitalised word after it, is the writer's town or desk, not a name the prose may mean (session 49,
   * news44: read as a surname, it made the town a person wherever the story named it).
   */
  private static boolean placeAfterAComma(Tokens t, int start, int k) {
    int next = k + 1;
    // A break inside the line that no quote, bracket or slash makes is its comma (a full stop would end the line).
    return k > start + 1 && t.has(k, Tokens.BREAK_BEFORE) && !t.has(k, Tokens.QUOTE_BEFORE | Tokens.BRACKET_BEFORE
        | Tokens.SLASH_BEFORE) && (next >= t.size || t.has(next, Tokens.SENT_START) || t.has(next, Tokens.BREAK_BEFORE)
            || !t.has(next, Tokens.CAP));
  }

  /**
   * Marks tokens from {@code start} to the end of its sentence; returns the token after them. The place a writer
   * filed from ("Reporting by Aboubakar Traore in Soubre and Mariam Ouattara in Abidjan") is left unmarked: read as a
   * writer's name, it made the prose's "the Soubre region" a person (session 36, news36).
   */
  private static int markToSentenceEnd(Tokens t, boolean[] marked, int start) {
    int k = start;
    boolean place = false;
    while (k < t.size && (k == start || !t.has(k, Tokens.SENT_START))) {
      place = t.has(k, Tokens.CAP) && (place && !t.has(k, Tokens.BREAK_BEFORE)
          || k > start && "in".equals(t.lower[k - 1]) || placeAfterAComma(t, start, k));
      marked[k] = !place;
      k++;
    }
    t.steps += k - start;
    return k;
  }

  /**
   * The credit of the Associated Press and the papers that follow it, a sentence of its own at the story's end:
   * "Associated Press writer Illia Novikov in Kyiv contributed to this report.", "Jane Doe contributed reporting." (the
   * blind modern-news set of session 33). The whole sentence is marked, as a credit line's is.
   */
  private static boolean[] markContributors(Tokens t, boolean[] marked) {
    for (int i = t.titleEnd + 1; i + 1 < t.size; i++) {
      if (!"contributed".equals(t.lower[i]) || t.has(i + 1, Tokens.BREAK_BEFORE) || !endsACredit(t, i + 1)) {
        continue;
      }
      int start = i;
      while (start > t.titleEnd && !t.has(start, Tokens.SENT_START)) {
        start--;
      }
      if (marked == null) {
        marked = new boolean[t.size];
      }
      i = markToSentenceEnd(t, marked, start) - 1;
    }
    return marked;
  }

  /** "contributed" + "to this report" / "to this story" / "reporting" / "from" a place ("contributed from Rio"). */
  private static boolean endsACredit(Tokens t, int k) {
    if ("reporting".equals(t.lower[k])) {
      return true;
    }
    if ("from".equals(t.lower[k]) && k + 1 < t.size && t.has(k + 1, Tokens.CAP) && !t.has(k + 1, Tokens.SENT_START)) {
      return true;
    }
    return k + 2 < t.size && "to".equals(t.lower[k]) && "this".equals(t.lower[k + 1])
        && ("report".equals(t.lower[k + 2]) || "story".equals(t.lower[k + 2]) || "article".equals(t.lower[k + 2]));
  }

  /**
   * "(Reporting by the Damascus bureau; editing by Sarah Whitcombe)": a credit's verb in lower case after a semicolon
   * continues a credit line opened earlier in the sentence (session 43, news38's development half).
   */
  private static boolean followsACredit(Tokens t, int i) {
    for (int k = i - 2; k >= t.titleEnd && k >= i - MAX_CREDIT_REACH; k--) {
      if (t.has(k, Tokens.CAP) && CREDITS.contains(t.lower[k]) && "by".equals(t.lower[k + 1]) && opensACredit(t, k)) {
        return true;
      }
      if (t.has(k, Tokens.SENT_START)) {
        return false;
      }
    }
    return false;
  }

  /** How far back a credit line's first verb may stand: three writers with their places. */
  private static final int MAX_CREDIT_REACH = 24;

  /**
   * The credit's verb opens the credit line or one of its parts: after a bracket ("(Reporting by"), a semicolon or a
   * sentence's start, or after "Additional" there ("; Additional reporting by"). Not "a report written by the
   * inspector" in a sentence.
   */
  private static boolean opensACredit(Tokens t, int i) {
    if (!t.has(i, Tokens.CAP)) {
      // "- RNZ Pacific, with additional reporting by Bernadette Carreon in Koror" (session 44, news39)
      return i > 0 && "additional".equals(t.lower[i - 1])
          && (opensACredit(t, i - 1) || i > 1 && "with".equals(t.lower[i - 2]))
          || t.has(i, Tokens.BREAK_BEFORE) && followsACredit(t, i);
    }
    return t.has(i, Tokens.BRACKET_BEFORE) || t.has(i, Tokens.SENT_START) || t.has(i, Tokens.BREAK_BEFORE);
  }
}
