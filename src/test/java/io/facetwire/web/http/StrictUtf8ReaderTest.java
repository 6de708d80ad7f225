package io.facetwire.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8ReaderTest {

  private static String readAll(byte[] bytes, int chunk) throws IOException {
    StringBuilder out = new StringBuilder();
    try (Reader r = new StrictUtf8Reader(new ByteArrayInputStream(bytes))) {
      char[] buf = new char[chunk];
      int n;
      while ((n = r.read(buf, 0, chunk)) >= 0) {
        out.append(buf, 0, n);
      }
    }
    return out.toString();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void validTextReadsAsTheDecoderWouldEvenOneCharAtATimeAcrossBufferEdges() throws IOException {
    // 8,191 ASCII bytes put the 4-byte emoji and the 3-byte euro sign across the 8 KB edge.
    String text = "a".repeat(8191) + "😀€ é\n" + "ü".repeat(5000);
    assertEquals(text, readAll(utf8(text), 1));
    assertEquals(text, readAll(utf8(text), 4096));
    assertEquals("", readAll(new byte[0], 16));
  }

  @Test
  void aByteOrderMarkFirstIsDroppedAndOneLaterKept() throws IOException {
    assertEquals("{}\uFEFF", readAll(utf8("\uFEFF{}\uFEFF"), 1));
    assertEquals("", readAll(utf8("\uFEFF"), 8));
  }

  @Test
  void everyKindOfBadSequenceIsRefusedWithItsLineAndByte() {
    byte[][] bad = {
        {(byte) 0xC0, (byte) 0xAF}, // overlong "/"
        {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // overlong "/" in three bytes
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // an encoded lone surrogate
        {(byte) 0x80}, // a continuation byte alone
        {(byte) 0xFF},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // past U+10FFFF
    };
    for (byte[] b : bad) {
      byte[] body = concat(utf8("{\"a\":1,\n\"b\":\"x"), b, utf8("y\"}"));
      StrictUtf8Reader.NotUtf8 e = assertThrows(StrictUtf8Reader.NotUtf8.class, () -> readAll(body, 64));
      assertEquals(2, e.line(), e.getMessage());
      assertTrue(e.getMessage().contains("at line 2, byte 15 of the body"), e.getMessage());
      assertTrue(e.getMessage().contains(String.format("%02X", b[0] & 0xFF)), e.getMessage());
    }
  }

  @Test
  void aSequenceCutOffByTheEndIsRefusedAndOneFarIntoTheBodyIsPlacedExactly() {
    assertThrows(StrictUtf8Reader.NotUtf8.class, () -> readAll(concat(utf8("\"x"), new byte[] {(byte) 0xE2, (byte) 0x82}), 8));
    byte[] far = concat(utf8("é\n".repeat(10_000)), new byte[] {(byte) 0xC0, (byte) 0xAF});
    StrictUtf8Reader.NotUtf8 e = assertThrows(StrictUtf8Reader.NotUtf8.class, () -> readAll(far, 3));
    assertEquals(10_001, e.line());
    assertTrue(e.getMessage().contains("at line 10001, byte 30001 of the body"), e.getMessage());
  }
}
