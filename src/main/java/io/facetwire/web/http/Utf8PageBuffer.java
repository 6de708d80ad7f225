package io.facetwire.web.http;

import io.facetwire.TextChars;
import io.facetwire.BidiControls;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Writer;
import java.util.Arrays;

/**
 * A page as the template engine writes it, cleaned of the code points no page may carry (as
 * {@link TextChars#clean} does) and encoded to UTF-8 as it is written, into one growing byte array.
 *
 * <p>Why: a page used to be rendered into a {@code String} — UTF-16, since every page holds a character
 * beyond Latin-1 ({@code …}, {@code ⊘}, {@code ×}) — then scanned by {@code TextChars.clean}, then encoded by
 * {@code String.getBytes} on its slow UTF-16 path: three passes over a ~50 KB page and two page-sized copies, about
 * a tenth of the search page's request thread in session 13's profile. Here it is one pass and one buffer,
 * handed to the response as it is ({@link #asInputStream}).
 *
 * <p>A surrogate pair split across two writes is kept whole; a lone surrogate is dropped, as {@code clean} drops it.
 *
 * <p>It is also where user and article text is kept from reordering the page around it (session 15,
 * {@link BidiControls}): a run of text between two tags that holds a bidirectional control, a mark or a
 * right-to-left letter is isolated from the first such character to the run's end (U+2068 … U+2069), with its
 * controls balanced inside. Every piece of text a page shows is escaped into one run (no {@code <} or {@code >}
 * in it), so this covers every template and every fragment made in Java, once; attribute values (shown by the
 * browser in boxes of their own) and the contents of {@code <textarea>}, {@code <script>} and {@code <style>}
 * (sent back or run as they are) are left alone. A page without such characters is written exactly as before.
 */
public final class Utf8PageBuffer extends Writer {

  private byte[] bytes;
  private int count;
  /** A high surrogate waiting for the low one of its pair, or 0. */
  private char high;
  /** {@link #PLAIN}, {@link #ISOLATING} a run of text, or {@link #SKIPPING} to {@link #skipTo}. */
  private int mode = PLAIN;
  private char skipTo;
  private final BidiControls.Run run = new BidiControls.Run();

  /** The most bytes an isolation adds at one character: its opening, or the closers of a run at its deepest. */
  private static final int ISOLATION_ROOM = 3 * 64 + 8;
  private static final int PLAIN = 0;
  private static final int ISOLATING = 1;
  private static final int SKIPPING = 2;

  /** @param expected the size most pages fit in; the buffer grows past it */
  public Utf8PageBuffer(int expected) {
    bytes = new byte[Math.max(16, expected)];
  }

  @Override
  public void write(int c) {
    room(4 + ISOLATION_ROOM);
    put((char) c);
  }

  @Override
  public void write(char[] chars, int off, int len) {
    room(3 * len + 1);
    byte[] b = bytes;
    int n = count;
    int end = off + len;
    for (int i = off; i < end; i++) {
      char c = chars[i];
      if (c >= 0x20 && c < 0x7F && (high | mode) == 0) {
        b[n++] = (byte) c; // the common case: printable ASCII, one byte
      } else {
        count = n;
        room(3 * (end - i) + ISOLATION_ROOM);
        put(c);
        n = count;
        b = bytes; // an isolation's controls may have grown it
      }
    }
    count = n;
  }

  // The same loop as write(char[]) over a String on purpose: this is every page's hot path, and one loop over a
  // CharSequence would cost an interface call per character.
  @Override
  public void write(String text, int off, int len) {
    room(3 * len + 1);
    byte[] b = bytes;
    int n = count;
    int end = off + len;
    for (int i = off; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F && (high | mode) == 0) {
        b[n++] = (byte) c;
      } else {
        count = n;
        room(3 * (end - i) + ISOLATION_ROOM);
        put(c);
        n = count;
        b = bytes; // an isolation's controls may have grown it
      }
    }
    count = n;
  }

  @Override
  public Writer append(CharSequence text) {
    String s = String.valueOf(text);
    write(s, 0, s.length());
    return this;
  }

  /** One unit, with room for its bytes already made (at most 3, or 4 for a pair whose first unit came before). */
  private void put(char c) {
    if (mode != PLAIN && c < 0x80) {
      if (mode == ISOLATING && c == '<') {
        endIsolation();
      } else if (mode == SKIPPING && c == skipTo) {
        mode = PLAIN;
      }
    }
    if (high != 0) {
      char first = high;
      high = 0;
      if (Character.isLowSurrogate(c)) {
        int cp = Character.toCodePoint(first, c);
        if (!TextChars.isNoncharacter(cp) && bidi(cp)) {
          bytes[count++] = (byte) (0xF0 | (cp >> 18));
          bytes[count++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
          bytes[count++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
          bytes[count++] = (byte) (0x80 | (cp & 0x3F));
        }
        return;
      }
      // The high surrogate stood alone: it goes, and this unit is read on its own.
    }
    if (Character.isHighSurrogate(c)) {
      high = c;
      return;
    }
    char k = Character.isLowSurrogate(c) ? 0 : TextChars.kept(c);
    if (k == 0 || k >= 0x0590 && !bidi(k)) {
      return;
    }
    if (k < 0x80) {
      bytes[count++] = (byte) k;
    } else if (k < 0x800) {
      bytes[count++] = (byte) (0xC0 | (k >> 6));
      bytes[count++] = (byte) (0x80 | (k & 0x3F));
    } else {
      bytes[count++] = (byte) (0xE0 | (k >> 12));
      bytes[count++] = (byte) (0x80 | ((k >> 6) & 0x3F));
      bytes[count++] = (byte) (0x80 | (k & 0x3F));
    }
  }

  /**
   * Whether code point {@code cp} is written, after whatever isolation it starts (session 15): in a run of
   * text, the first bidirectional character opens an isolate; its controls are balanced until the run ends.
   */
  private boolean bidi(int cp) {
    int kind = BidiControls.kind(cp);
    if (kind == BidiControls.NONE) {
      return true;
    }
    if (mode == PLAIN) {
      startRun();
    }
    return mode != ISOLATING || run.keep(kind);
  }

  /** Decides, at a run's first bidirectional character, where it stands: text, a tag, or raw element content. */
  private void startRun() {
    int last = count - 1;
    while (last >= 0 && bytes[last] != '<' && bytes[last] != '>') {
      last--;
    }
    if (last >= 0 && bytes[last] == '<') {
      mode = SKIPPING; // inside a tag: an attribute value
      skipTo = '>';
      return;
    }
    int open = last - 1;
    while (open >= 0 && bytes[open] != '<') {
      open--;
    }
    if (open >= 0 && (named(open + 1, "textarea") || named(open + 1, "script") || named(open + 1, "style"))) {
      mode = SKIPPING; // text a form sends back or a browser runs: as it was written
      skipTo = '<';
      return;
    }
    mode = ISOLATING;
    putBmp(BidiControls.FIRST_STRONG_ISOLATE);
  }

  private boolean named(int at, String name) {
    if (at + name.length() >= count) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if (Character.toLowerCase((char) bytes[at + i]) != name.charAt(i)) {
        return false;
      }
    }
    byte after = bytes[at + name.length()];
    return after == '>' || after == ' ' || after == '\n' || after == '\t' || after == '/';
  }

  /** The run's end: what its text left open is closed, then the isolate around it. */
  private void endIsolation() {
    String closers = run.closers();
    room(3 * closers.length() + 3);
    for (int i = 0; i < closers.length(); i++) {
      putBmp(closers.charAt(i));
    }
    putBmp(BidiControls.POP_DIRECTIONAL_ISOLATE);
    mode = PLAIN;
  }

  /** A page that ends in isolated text (a fragment, never a whole page) ends its isolation too. */
  private void endOpenRun() {
    if (mode == ISOLATING) {
      endIsolation();
    }
  }

  /** A character of the U+0800–U+FFFF range (the bidirectional controls), with room made by the caller. */
  private void putBmp(char k) {
    room(3);
    bytes[count++] = (byte) (0xE0 | (k >> 12));
    bytes[count++] = (byte) (0x80 | ((k >> 6) & 0x3F));
    bytes[count++] = (byte) (0x80 | (k & 0x3F));
  }

  /** Room for {@code more} bytes, plus one pair's completion. */
  private void room(int more) {
    int need = count + more + 1;
    if (need > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(need, bytes.length * 2));
    }
  }

  /** How many bytes are written. */
  public int size() {
    endOpenRun();
    return count;
  }

  /** The bytes written so far (a high surrogate still waiting for its pair is not among them: it stands alone). */
  public byte[] toByteArray() {
    endOpenRun();
    return Arrays.copyOf(bytes, count);
  }

  /** The bytes written, read in place without a copy (the writer must not be written to afterwards). */
  public InputStream asInputStream() {
    endOpenRun();
    return new ByteArrayInputStream(bytes, 0, count);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
