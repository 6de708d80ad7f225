package io.facetwire.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Lines of a UTF-8 stream, each decoded strictly: a line with bytes that are not UTF-8 is reported as
 * that line's problem (the rule a JSON body follows too) instead of being stored with replacement
 * characters, and every other line is still read. Lines end at LF; a CR before it is dropped.
 */
final class Utf8Lines {

  /** One line: its text, or why it has none. */
  record Line(int number, String text, String problem) {}

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
  private final byte[] chunk = new byte[8192];
  private int chunkPos;
  private int chunkEnd;
  private int number;

  Utf8Lines(InputStream in) {
    this.in = in;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    buffer.reset();
    boolean any = false;
    while (true) {
      if (chunkPos == chunkEnd) {
        chunkEnd = in.read(chunk);
        chunkPos = 0;
        if (chunkEnd <= 0) {
          chunkEnd = 0;
          return any ? decode() : null;
        }
      }
      any = true;
      int start = chunkPos;
      while (chunkPos < chunkEnd && chunk[chunkPos] != '\n') {
        chunkPos++;
      }
      buffer.write(chunk, start, chunkPos - start);
      if (chunkPos < chunkEnd) {
        chunkPos++; // the LF
        return decode();
      }
    }
  }

  private Line decode() {
    number++;
    byte[] bytes = buffer.toByteArray();
    int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    try {
      return new Line(number, decoder.reset().decode(ByteBuffer.wrap(bytes, 0, length)).toString(), null);
    } catch (MalformedInputException e) {
      return new Line(number, null, "not valid UTF-8 (" + e.getInputLength() + " bad byte(s) in the line)");
    } catch (CharacterCodingException e) {
      return new Line(number, null, "not valid UTF-8");
    }
  }
}
