package io.facetwire.article;

import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of an ISO-8859-1 stream, each in one reused builder: what {@code BufferedReader.readLine} over an
 * {@code InputStreamReader(in, ISO_8859_1)} returns (a line ends at "\n", "\r" or "\r\n"; a last line without
 * an end counts; no line after a final end), without a String and a decoder's buffers per line. Each byte is
 * its own character in Latin-1, so nothing needs decoding. A reader that keeps a line copies it: the builder
 * is overwritten by the next call.
 */
final class Latin1Lines {

  private final InputStream in;
  private final byte[] buffer = new byte[64 * 1024];
  private final StringBuilder line = new StringBuilder(256);
  private int position;
  private int limit;
  /** The last line ended with "\r": a "\n" right after it belongs to that end. */
  private boolean skipNewline;

  Latin1Lines(InputStream in) {
    this.in = in;
  }

  /** The next line without its end, or null at the end of the stream. */
  StringBuilder next() throws IOException {
    line.setLength(0);
    boolean any = false;
    while (true) {
      if (position == limit && !fill()) {
        return any ? line : null;
      }
      if (skipNewline) {
        skipNewline = false;
        if (buffer[position] == '\n') {
          position++;
          continue;
        }
      }
      int start = position;
      while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
        position++;
      }
      appendLatin1(start, position);
      any = true;
      if (position < limit) {
        skipNewline = buffer[position] == '\r';
        position++;
        return line;
      }
    }
  }

  private void appendLatin1(int from, int to) {
    for (int i = from; i < to; i++) {
      line.append((char) (buffer[i] & 0xff));
    }
  }

  private boolean fill() throws IOException {
    int n;
    do {
      n = in.read(buffer, 0, buffer.length);
    } while (n == 0);
    if (n < 0) {
      position = limit = 0;
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }
}
