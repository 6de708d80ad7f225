package io.facetwire.web.http;

import io.facetwire.TextChars;
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
 */
public final class Utf8PageBuffer extends Writer {

  private byte[] bytes;
  private int count;
  /** A high surrogate waiting for the low one of its pair, or 0. */
  private char high;

  /** @param expected the size most pages fit in; the buffer grows past it */
  public Utf8PageBuffer(int expected) {
    bytes = new byte[Math.max(16, expected)];
  }

  @Override
  public void write(int c) {
    room(4);
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
      if (c >= 0x20 && c < 0x7F && high == 0) {
        b[n++] = (byte) c; // the common case: printable ASCII, one byte
      } else {
        count = n;
        put(c);
        n = count;
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
      if (c >= 0x20 && c < 0x7F && high == 0) {
        b[n++] = (byte) c;
      } else {
        count = n;
        put(c);
        n = count;
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
    if (high != 0) {
      char first = high;
      high = 0;
      if (Character.isLowSurrogate(c)) {
        int cp = Character.toCodePoint(first, c);
        if (!TextChars.isNoncharacter(cp)) {
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
    if (k == 0) {
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

  /** Room for {@code more} bytes, plus one pair's completion. */
  private void room(int more) {
    int need = count + more + 1;
    if (need > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(need, bytes.length * 2));
    }
  }

  /** How many bytes are written. */
  public int size() {
    return count;
  }

  /** The bytes written so far (a high surrogate still waiting for its pair is not among them: it stands alone). */
  public byte[] toByteArray() {
    return Arrays.copyOf(bytes, count);
  }

  /** The bytes written, read in place without a copy (the writer must not be written to afterwards). */
  public InputStream asInputStream() {
    return new ByteArrayInputStream(bytes, 0, count);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
