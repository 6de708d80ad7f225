package io.facetwire.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8, reading any byte that is not valid UTF-8 as Latin-1.
 *
 * <p>Real corpora mix encodings: BBC's sport/199.txt is UTF-8 except for one lone 0xA3 byte meant as
 * "£". A strict decoder would refuse the file and a replacing one would lose the pound sign; taking
 * the stray byte as Latin-1 keeps every valid UTF-8 character and guesses the odd byte right.
 */
final class LenientUtf8 {

  private LenientUtf8() {}

  static String decode(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 16); // UTF-8 never yields more chars than bytes
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        decoder.flush(out);
        break;
      }
      if (result.isError()) {
        // Take each offending byte as Latin-1 and carry on after it.
        for (int i = 0; i < result.length(); i++) {
          out.put((char) (in.get() & 0xFF));
        }
      } else {
        throw new IllegalStateException("decoder overflow: " + result); // cannot happen, sized above
      }
    }
    out.flip();
    return out.toString();
  }
}
