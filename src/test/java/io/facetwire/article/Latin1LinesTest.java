package io.facetwire.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Reuters reader's own line reader gives the lines BufferedReader gave it, and its whitespace rule the regex's. */
class Latin1LinesTest {

  @Test
  void linesAreThoseOfBufferedReaderForEveryLineEnd() throws IOException {
    for (String text : List.of("", "a", "a\n", "a\r\nb", "a\rb\r", "\n\n", "\r\r\n\n", "x\r", "\r\n", "last line")) {
      assertEquals(expected(bytes(text)), lines(new ByteArrayInputStream(bytes(text))), text);
    }
  }

  @Test
  void latin1BytesBecomeTheirCharacters() throws IOException {
    byte[] all = new byte[256];
    for (int b = 0; b < 256; b++) {
      all[b] = (byte) b;
    }
    assertEquals(expected(all), lines(new ByteArrayInputStream(all)));
  }

  /** Random text of line ends and letters, handed over in reads of 1 to 7 bytes: ends split across reads. */
  @Test
  void aLineEndSplitAcrossReadsIsOneEnd() throws IOException {
    Random random = new Random(17);
    String alphabet = "\r\n\r\nab c\u00e9";
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(60); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      byte[] data = text.toString().getBytes(StandardCharsets.ISO_8859_1);
      assertEquals(expected(data), lines(new Trickle(data, random)), text.toString());
    }
  }

  @Test
  void whitespaceRunsBecomeOneSpaceAsTheRegexMakesThem() {
    for (String s : List.of("", " ", "a  b", "a\tb", "a \nb", " a b ", "\u000b\f\r", "a\u00a0b", "plain title")) {
      assertEquals(s.replaceAll("\\s+", " "), ReutersSgmlReader.spaced(s), s);
    }
    String single = "U.S. CREDIT MARKET OUTLOOK";
    assertSame(single, ReutersSgmlReader.spaced(single));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static List<String> expected(byte[] data) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(data),
        StandardCharsets.ISO_8859_1));
    List<String> out = new ArrayList<>();
    for (String line; (line = reader.readLine()) != null; ) {
      out.add(line);
    }
    return out;
  }

  private static List<String> lines(InputStream in) throws IOException {
    Latin1Lines lines = new Latin1Lines(in);
    List<String> out = new ArrayList<>();
    for (StringBuilder line; (line = lines.next()) != null; ) {
      out.add(line.toString());
    }
    return out;
  }

  /** A stream that hands over a few bytes per read, as a network body does. */
  private static final class Trickle extends InputStream {
    private final byte[] data;
    private final Random random;
    private int at;

    Trickle(byte[] data, Random random) {
      this.data = data;
      this.random = random;
    }

    @Override
    public int read() {
      return at < data.length ? data[at++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (at >= data.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, 1 + random.nextInt(7)), data.length - at);
      System.arraycopy(data, at, b, off, n);
      at += n;
      return n;
    }
  }
}
