package io.facetwire.sources.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset of an HTML page, in the order browsers use (WHATWG "encoding sniffing", simplified):
 * byte order mark, the Content-Type header, a {@code <meta charset>} or {@code http-equiv} in the
 * first 2 KB; failing those, UTF-8 when the bytes are valid UTF-8, else windows-1252 (which browsers
 * use for "ISO-8859-1" anyway: it is a superset).
 */
public final class PageCharset {

  private static final Pattern HEADER = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern META = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final int SNIFF_BYTES = 2048;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private PageCharset() {}

  public static Charset detect(byte[] body, String contentType) {
    if (body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf) {
      return StandardCharsets.UTF_8;
    }
    if (body.length >= 2 && (body[0] & 0xff) == 0xfe && (body[1] & 0xff) == 0xff) {
      return StandardCharsets.UTF_16BE;
    }
    if (body.length >= 2 && (body[0] & 0xff) == 0xff && (body[1] & 0xff) == 0xfe) {
      return StandardCharsets.UTF_16LE;
    }
    Charset declared = contentType == null ? null : named(HEADER.matcher(contentType));
    if (declared == null) {
      String head = new String(body, 0, Math.min(SNIFF_BYTES, body.length), StandardCharsets.ISO_8859_1);
      declared = named(META.matcher(head));
    }
    if (declared != null) {
      // As browsers do: a page labelled Latin-1 is read as its superset windows-1252.
      return declared.equals(StandardCharsets.ISO_8859_1) || declared.equals(StandardCharsets.US_ASCII)
          ? WINDOWS_1252 : declared;
    }
    return isUtf8(body) ? StandardCharsets.UTF_8 : WINDOWS_1252;
  }

  public static String decode(byte[] body, String contentType) {
    Charset charset = detect(body, contentType);
    String text = new String(body, charset);
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }

  private static Charset named(Matcher m) {
    if (!m.find()) {
      return null;
    }
    try {
      return Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static boolean isUtf8(byte[] body) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
