package io.facetwire;

/**
 * Unicode's bidirectional controls (UAX #9) in user and article text, kept from reversing what follows them.
 *
 * <p>An override opened and never closed (U+202E "right-to-left override" without its U+202C), an isolate left
 * open (U+2066–U+2068 without U+2069) or a right-to-left mark (U+200F) in a name or a title reorders the text
 * after it up to the end of the paragraph: the date after a source on a result line, the count after a facet
 * value, " — Facetwire" after a page's title. Two things are needed, because each alone can be undone:
 * <ul>
 *   <li><b>balance</b> ({@link Run}): a closer with nothing of its own to close is dropped (a stray U+2069 would
 *       otherwise close the isolate the browser opens for an enclosing {@code <bdi>} or {@code dir} element —
 *       Chromium inserts those isolates into the very text the algorithm reads — and let what follows it
 *       leak out), and whatever is still open at the end is closed there;</li>
 *   <li><b>isolate</b>: the text is a unit of its own, first-strong direction, to the text around it (U+2068 …
 *       U+2069 in a page, as {@code <bdi>} would do, but also inside {@code <title>} and {@code <option>}, which
 *       hold no elements).</li>
 * </ul>
 * Pages get both, at the one gate every page leaves by ({@code web.http.Utf8PageBuffer}); feeds and CSV cells are
 * plain text shown by someone else's program, so they get {@link #balance}, which leaves text without controls
 * exactly as it was.
 */
public final class BidiControls {

  /** Left-to-right and right-to-left embeddings and overrides (U+202A, U+202B, U+202D, U+202E). */
  public static final int EMBEDDING = 1;
  /** U+202C, closing the last embedding or override. */
  public static final int POP_EMBEDDING = 2;
  /** Left-to-right, right-to-left and first-strong isolates (U+2066–U+2068). */
  public static final int ISOLATE = 3;
  /** U+2069, closing the last isolate and whatever was opened inside it. */
  public static final int POP_ISOLATE = 4;
  /** A mark (U+200E, U+200F, U+061C) or a letter written right to left (Hebrew, Arabic, …): reorders nothing by
   * itself but gives neutral neighbours its direction, so a page isolates it too. */
  public static final int DIRECTIONAL = 5;
  public static final int NONE = 0;

  public static final char FIRST_STRONG_ISOLATE = '\u2068';
  public static final char POP_DIRECTIONAL_ISOLATE = '\u2069';
  public static final char POP_DIRECTIONAL_FORMATTING = '\u202C';

  /** UAX #9 stops counting at 125 levels; far fewer keep the nesting of the page's own elements well inside it. */
  static final int MAX_DEPTH = 60; // package-visible for its test

  private BidiControls() {}

  /** What {@code codePoint} is to the bidirectional algorithm, as far as displaying it safely goes. */
  public static int kind(int codePoint) {
    if (codePoint < 0x0590) {
      return NONE; // Latin, Greek, Cyrillic, …: the hot path of every page
    }
    switch (codePoint) {
      case 0x202A, 0x202B, 0x202D, 0x202E:
        return EMBEDDING;
      case 0x202C:
        return POP_EMBEDDING;
      case 0x2066, 0x2067, 0x2068:
        return ISOLATE;
      case 0x2069:
        return POP_ISOLATE;
      case 0x200E, 0x200F, 0x061C:
        return DIRECTIONAL;
      default:
        byte d = Character.getDirectionality(codePoint);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
            ? DIRECTIONAL : NONE;
    }
  }

  /** {@code text} with every control it opens closed at its end and every closer that closes nothing dropped. */
  public static String balance(String text) {
    if (text == null || !hasControls(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 4);
    Run run = new Run();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (run.keep(kind(cp))) {
        out.appendCodePoint(cp);
      }
    }
    out.append(run.closers());
    return out.toString();
  }

  /**
   * {@code text} as one unit inside a longer string ("Reuters, 2 Mar 1987", "Putin – Facetwire", a search's
   * description): balanced and between U+2068 and U+2069 when it holds any bidirectional character, else as it
   * is. A page's gate isolates a run of text only from its first such character to the run's end, so text built
   * by joining values needs its values isolated where they are joined.
   */
  public static String isolate(String text) {
    if (text == null) {
      return null;
    }
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (kind(cp) != NONE) {
        return FIRST_STRONG_ISOLATE + balance(text) + POP_DIRECTIONAL_ISOLATE;
      }
      i += Character.charCount(cp);
    }
    return text;
  }

  private static boolean hasControls(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
        return true;
      }
    }
    return false;
  }

  /**
   * The controls open in one piece of text, as UAX #9 pairs them (X1–X8): a pop-embedding closes the last
   * embedding unless an isolate opened after it; a pop-isolate closes the last isolate and every embedding
   * opened inside it.
   */
  public static final class Run {
    /** The open controls, innermost last: {@code true} for an isolate. */
    private final boolean[] open = new boolean[MAX_DEPTH];
    private int depth;

    /** Whether the character of this {@link #kind} is written out; controls it opens or closes are counted. */
    public boolean keep(int kind) {
      switch (kind) {
        case EMBEDDING, ISOLATE -> {
          if (depth == MAX_DEPTH) {
            return false;
          }
          open[depth++] = kind == ISOLATE;
          return true;
        }
        case POP_EMBEDDING -> {
          if (depth == 0 || open[depth - 1]) {
            return false;
          }
          depth--;
          return true;
        }
        case POP_ISOLATE -> {
          int i = depth - 1;
          while (i >= 0 && !open[i]) {
            i--;
          }
          if (i < 0) {
            return false;
          }
          depth = i;
          return true;
        }
        default -> {
          return true;
        }
      }
    }

    /** The closers of whatever is still open, innermost first; the run is empty afterwards. */
    public String closers() {
      if (depth == 0) {
        return "";
      }
      StringBuilder out = new StringBuilder(depth);
      while (depth > 0) {
        out.append(open[--depth] ? POP_DIRECTIONAL_ISOLATE : POP_DIRECTIONAL_FORMATTING);
      }
      return out.toString();
    }
  }
}
