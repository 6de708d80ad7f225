package io.facetwire.web.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.TextChars;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The page buffer gives exactly the bytes of {@code TextChars.clean(text)} in UTF-8, however the text is cut into writes. */
class Utf8PageBufferTest {

  /** Units of every kind the cleaning treats differently: ASCII, kept whitespace, controls, C1, BMP, surrogates, noncharacters. */
  private static final char[] UNITS = {'a', 'Z', '<', '&', ' ', '\t', '\n', '\r', '\u0000', '\u0007', '\u001F', '\u007F',
      '\u0080', '\u0081', '\u0092', '\u009F', '\u00A0', '\u00E9', '\u07FF', '\u0800', '\u2026', '\u2298', '\uFDD0',
      '\uFDEF', '\uFDCF', '\uFFFD', '\uFFFE', '\uFFFF', '\uD83D', '\uDE00', '\uD83F', '\uDFFE', '\uDBFF', '\uDFFF',
      '\uDC00', '\uD800'};

  @Test
  void writesTheCleanedTextAsUtf8WhateverTheWrites() throws Exception {
    Random random = new Random(20261202L);
    for (int round = 0; round < 5_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(60);
      for (int i = 0; i < length; i++) {
        text.append(random.nextInt(3) == 0 ? (char) ('a' + random.nextInt(26)) : UNITS[random.nextInt(UNITS.length)]);
      }
      String s = text.toString();
      Utf8PageBuffer page = new Utf8PageBuffer(random.nextInt(8));
      // Cut into pieces written each way a template engine writes: strings, char arrays, single units.
      for (int at = 0; at < s.length(); ) {
        int piece = Math.min(s.length() - at, 1 + random.nextInt(7));
        switch (random.nextInt(4)) {
          case 0 -> page.write(s, at, piece);
          case 1 -> page.write(s.toCharArray(), at, piece);
          case 2 -> page.append(s.subSequence(at, at + piece));
          default -> {
            for (int i = at; i < at + piece; i++) {
              page.write(s.charAt(i));
            }
          }
        }
        at += piece;
      }
      byte[] expected = TextChars.clean(s).getBytes(StandardCharsets.UTF_8);
      assertArrayEquals(expected, page.toByteArray(), () -> "for " + s.chars().mapToObj(Integer::toHexString).toList());
      assertArrayEquals(expected, readAll(page));
      assertEquals(expected.length, page.size());
    }
  }

  @Test
  void keepsAPairCutBetweenTwoWritesAndDropsAHalfLeftAtTheEnd() throws Exception {
    Utf8PageBuffer page = new Utf8PageBuffer(4);
    page.write("a\uD83D");
    page.write("\uDE00b\uD83D");
    assertEquals("a\uD83D\uDE00b", new String(page.toByteArray(), StandardCharsets.UTF_8));
  }

  @Test
  void growsPastItsExpectedSize() throws Exception {
    Utf8PageBuffer page = new Utf8PageBuffer(16);
    String line = "Putin \u2026 l\u2019ambassade \uD83C\uDDF7\uD83C\uDDFA \u0092\n";
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      page.write(line);
      all.append(line);
    }
    assertArrayEquals(TextChars.clean(all.toString()).getBytes(StandardCharsets.UTF_8), page.toByteArray());
  }

  private static byte[] readAll(Utf8PageBuffer page) {
    try (var in = page.asInputStream()) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
