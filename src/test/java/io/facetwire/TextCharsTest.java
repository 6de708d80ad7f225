package io.facetwire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What may stand in a page or a feed: controls, lone surrogates and noncharacters go, text stays. */
class TextCharsTest {

  @Test
  void keepsTextAndItsWhitespaceAsTheSameInstance() {
    String text = "Putin\tsaid:\r\n\"755 — l’ambassade\" 🇷🇺 Müller, 北京";
    assertSame(text, TextChars.clean(text));
    assertTrue(TextChars.isClean(text));
    assertNull(TextChars.clean(null));
  }

  @Test
  void dropsC0ControlsOtherThanTabLineFeedAndCarriageReturn() {
    assertEquals("abcdef", TextChars.clean("a\u0000b\u0001c\u0007d\u000Be\u000Cf"));
    assertEquals("x\u007Fy".length() - 1, TextChars.clean("x\u007Fy").length());
    assertFalse(TextChars.isClean("bell\u0007"));
  }

  @Test
  void readsC1ControlsAsTheWindows1252PunctuationTheyNearlyAlwaysAre() {
    assertEquals("it\u2019s \u201Cquoted\u201D \u2013 \u20AC5", TextChars.clean("it\u0092s \u0093quoted\u0094 \u0096 \u00805"));
    // The five bytes Windows-1252 leaves undefined are dropped.
    assertEquals("ab", TextChars.clean("a\u0081\u008D\u008F\u0090\u009Db"));
  }

  @Test
  void dropsLoneSurrogatesAndNoncharactersButKeepsPairs() {
    assertEquals("ab", TextChars.clean("a\uD800b"));
    assertEquals("ab", TextChars.clean("a\uDC00b"));
    assertEquals("ab", TextChars.clean("a\uFFFEb\uFFFF"));
    assertEquals("ab", TextChars.clean("a\uFDD0\uFDEFb"));
    assertEquals("ab", TextChars.clean("a" + new String(Character.toChars(0x1FFFE)) + "b"));
    assertEquals("a\uD83D\uDE00b", TextChars.clean("a\uD83D\uDE00\u0001b"));
    assertEquals("a\uFDCF\uFDF0\uFFFD", TextChars.clean("a\uFDCF\uFDF0\uFFFD\u0002"));
  }

  @Test
  void cutsAtMostMaxCharsAndNeverInsideASurrogatePair() {
    String smile = "\uD83D\uDE00";
    assertEquals("abc", TextChars.atMost("abc", 3));
    assertEquals("ab", TextChars.atMost("abc", 2));
    assertEquals("a", TextChars.atMost("a" + smile, 2)); // 2 would keep the high half alone
    assertEquals("a" + smile, TextChars.atMost("a" + smile + "b", 3));
    assertEquals("", TextChars.atMost(smile, 1));
    assertEquals("", TextChars.atMost("abc", 0));
    assertNull(TextChars.atMost(null, 5));
  }
}
