package io.facetwire.web.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.TextChars;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The page buffer gives exactly the bytes of {@code TextChars.clean(text)} in UTF-8, however the text is cut into writes. */
class Utf8PageBufferTest {

  /**
   * Units of every kind the cleaning treats differently: ASCII, kept whitespace, controls, C1, BMP, surrogates,
   * noncharacters (the two- and three-byte letters are left-to-right ones: a right-to-left letter starts an
   * isolation, which {@link #isolatesTextThatHoldsBidirectionalControls} tests).
   */
  private static final char[] UNITS = {'a', 'Z', '<', '&', ' ', '\t', '\n', '\r', '\u0000', '\u0007', '\u001F', '\u007F',
      '\u0080', '\u0081', '\u0092', '\u009F', '\u00A0', '\u00E9', '\u058F', '\u0900', '\u2026', '\u2298', '\uFDD0',
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
  void isolatesTextThatHoldsBidirectionalControls() throws Exception {
    // The attack: an override never closed, in a source's name, reverses the date after it on a result line.
    assertEquals("<p><span>Wire \u2068\u202Eevil\u202C\u2069</span> <time>2 Mar 2020</time></p>",
        written("<p><span>Wire \u202Eevil</span> <time>2 Mar 2020</time></p>"));
    // A closer that closes nothing of its own is dropped: it would close the isolate around the text.
    assertEquals("<b>a\u2068\u202Eb\u202Cc\u2069</b>", written("<b>a\u2069\u202Eb\u202C\u202Cc</b>"));
    // An isolate left open, embeddings inside it, a mark, a right-to-left word: closed, innermost first.
    assertEquals("<i>\u2068\u2067x\u202By\u202C\u2069\u2069</i>", written("<i>\u2067x\u202By</i>"));
    assertEquals("<a>name\u2068\u200F\u2069</a> (3)", written("<a>name\u200F</a> (3)"));
    assertEquals("<h2>\u2068\u05E9\u05DC\u05D5\u05DD\u2069</h2>", written("<h2>\u05E9\u05DC\u05D5\u05DD</h2>"));
    // Attribute values and what a textarea, a script or a style holds are left as they are.
    String untouched = "<input value=\"a\u202Eb\"><textarea name=\"t\">x\u202Ey</textarea><script>\u202E</script>"
        + "<style >\u202E</style>";
    assertEquals(untouched, written(untouched));
    // A run with none of them is written as it was.
    assertEquals("<p>Putin \u2026 \u00E9t\u00E9</p>", written("<p>Putin \u2026 \u00E9t\u00E9</p>"));
  }

  /** Pages cut into writes of every size give the same bytes, and every run of text leaves nothing open. */
  @Test
  void isolationDoesNotDependOnHowThePageIsWrittenAndLeavesEveryRunBalanced() throws Exception {
    String[] pieces = {"<p>", "</p>", "<a href=\"x\u202E\">", "a", " ", "\u202E", "\u202B", "\u202D", "\u202C",
        "\u2066", "\u2067", "\u2068", "\u2069", "\u200F", "\u05D0", "\uD802\uDD00", "&amp;", "(3)"};
    Random random = new Random(20261203L);
    for (int round = 0; round < 3_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = text.toString();
      String whole = written(s);
      Utf8PageBuffer page = new Utf8PageBuffer(random.nextInt(8));
      for (int at = 0; at < s.length(); ) {
        int piece = Math.min(s.length() - at, 1 + random.nextInt(5));
        if (random.nextBoolean()) {
          page.write(s, at, piece);
        } else {
          page.write(s.toCharArray(), at, piece);
        }
        at += piece;
      }
      assertEquals(whole, new String(page.toByteArray(), StandardCharsets.UTF_8));
      for (String run : whole.split("<[^>]*>")) {
        assertEquals(0, openAtTheEnd(run), () -> "run " + run.chars().mapToObj(Integer::toHexString).toList());
      }
    }
  }

  /** How many controls a run leaves open, counted by UAX #9's pairing; -1 when a closer closes nothing. */
  private static int openAtTheEnd(String run) {
    java.util.ArrayDeque<Character> open = new java.util.ArrayDeque<>();
    for (char c : run.toCharArray()) {
      if (c >= 0x202A && c <= 0x202E && c != 0x202C) {
        open.push('E');
      } else if (c >= 0x2066 && c <= 0x2068) {
        open.push('I');
      } else if (c == 0x202C) {
        if (open.isEmpty() || open.peek() != 'E') {
          return -1;
        }
        open.pop();
      } else if (c == 0x2069) {
        if (!open.contains('I')) {
          return -1;
        }
        while (open.pop() != 'I') {
          // embeddings inside the isolate close with it
        }
      }
    }
    return open.size();
  }

  private static String written(String page) {
    Utf8PageBuffer buffer = new Utf8PageBuffer(16);
    buffer.write(page, 0, page.length());
    return new String(buffer.toByteArray(), StandardCharsets.UTF_8);
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
