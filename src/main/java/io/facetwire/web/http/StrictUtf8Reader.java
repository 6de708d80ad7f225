package io.facetwire.web.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A request body's text, decoded as UTF-8 strictly: the first byte sequence that is not UTF-8 (an overlong
 * form such as {@code C0 AF}, an encoded surrogate, a stray continuation byte, a sequence cut off by the end)
 * stops the reading with {@link NotUtf8}, which says where. Jackson's own byte parser reads {@code C0 AF} as
 * "/" (it checks the bit patterns, not the shortest form), while a JSON Lines file with the same bytes was
 * refused by {@code Utf8Lines}: handing Jackson this reader makes a body and a JSON Lines line the same
 * text for the same bytes. It streams (8 KB at a time), so a 32 MB import body is never held twice.
 *
 * <p>Why not one decoder with {@code article.Utf8Lines} (session 16's review): the two share the rule (a
 * {@code CharsetDecoder} that reports) but not the job. A JSON body is one value: its first bad byte ends the
 * reading, and Jackson needs a {@code Reader} over the whole text. A JSON Lines file is many records: a bad line
 * is that record's problem and the next line is still read, which needs the bytes split at line feeds before
 * decoding, something a character stream that throws cannot resume from. Folding one into the other would add a
 * mode to each; the rule itself is the JDK's strict decoder, already one place.
 */
final class StrictUtf8Reader extends Reader {

  /** The body is not UTF-8: where (line of the text before it, byte offset in the body) and which bytes. */
  static final class NotUtf8 extends IOException {
    private final int line;

    NotUtf8(int line, long offset, String bytes) {
      super("not valid UTF-8: the byte(s) " + bytes + " at line " + line + ", byte " + (offset + 1)
          + " of the body");
      this.line = line;
    }

    int line() {
      return line;
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] raw = new byte[8192];
  private final ByteBuffer bytes = ByteBuffer.wrap(raw).limit(0);
  private final CharBuffer chars = CharBuffer.allocate(8192).limit(0);
  /** Bytes of the body decoded so far, and lines of the text so far: the place a bad byte is reported at. */
  private long offset;
  private int line = 1;
  private boolean ended;
  private boolean flushed;
  private boolean started;

  StrictUtf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] to, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, to.length);
    if (len == 0) {
      return 0;
    }
    if (!chars.hasRemaining() && !decodeMore()) {
      return -1;
    }
    if (!started) {
      started = true;
      // A byte order mark first is a signature some editors write, not text (JSON Lines drops it too).
      if (chars.get(chars.position()) == '\uFEFF') {
        chars.position(chars.position() + 1);
        if (!chars.hasRemaining() && !decodeMore()) {
          return -1;
        }
      }
    }
    int n = Math.min(len, chars.remaining());
    chars.get(to, off, n);
    return n;
  }

  /** Fills {@link #chars} with the next decoded text; false at the end of the body. */
  private boolean decodeMore() throws IOException {
    chars.clear();
    while (chars.position() == 0 && !flushed) {
      int charsBefore = chars.position();
      int bytesBefore = bytes.position();
      CoderResult result = decoder.decode(bytes, chars, ended);
      offset += bytes.position() - bytesBefore;
      countLines(charsBefore);
      if (result.isError()) {
        throw new NotUtf8(line, offset, hex(bytes.position(), result.length()));
      }
      if (result.isOverflow()) {
        break;
      }
      if (ended) {
        decoder.flush(chars);
        flushed = true;
      } else {
        bytes.compact();
        int n = in.read(raw, bytes.position(), bytes.remaining());
        if (n < 0) {
          ended = true;
        } else {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
      }
    }
    chars.flip();
    return chars.hasRemaining();
  }

  private void countLines(int from) {
    char[] a = chars.array();
    for (int i = from; i < chars.position(); i++) {
      if (a[i] == '\n') {
        line++;
      }
    }
  }

  private String hex(int at, int length) {
    StringBuilder s = new StringBuilder();
    for (int i = at; i < at + length && i < bytes.limit(); i++) {
      s.append(s.length() == 0 ? "" : " ").append(String.format("%02X", raw[i] & 0xFF));
    }
    return s.toString();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
