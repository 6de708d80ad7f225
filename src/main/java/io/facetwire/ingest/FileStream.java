package io.facetwire.ingest;

import io.facetwire.TextChars;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Whole input files in one HTTP body, as the {@code import} command hands them to a running server
 * (which extracts and writes them with its JIT already warm): for each file its name, then its bytes
 * in chunks, then an end mark. Chunks let the sender stream a file of any size without knowing its
 * length first, and say when a file could not be read to its end.
 *
 * <pre>
 *   file    := NAME_MARK utf(name) chunk* (END_MARK | FAILED_MARK utf(reason))
 *   chunk   := int(length > 0) bytes[length]
 * </pre>
 * The marks are negative ints, so a chunk length can never be mistaken for one.
 */
public final class FileStream {

  static final int NAME_MARK = -1;
  static final int END_MARK = -2;
  static final int FAILED_MARK = -3;
  private static final int CHUNK = 64 * 1024;

  private FileStream() {}

  /** Writes one file: its name, its content from {@code content}, the end mark. */
  public static void writeFile(DataOutputStream out, String name, InputStream content) throws IOException {
    out.writeInt(NAME_MARK);
    out.writeUTF(name);
    byte[] buffer = new byte[CHUNK];
    while (true) {
      int n;
      try {
        n = content.read(buffer);
      } catch (IOException e) {
        // The receiver reports the file as failed (what was read of it stays read), and the stream
        // goes on with the next file. Only the file's own errors land here, not the stream's.
        out.writeInt(FAILED_MARK);
        out.writeUTF(shorten("could not be read: " + e.getMessage()));
        return;
      }
      if (n == -1) {
        break;
      }
      if (n > 0) {
        out.writeInt(n);
        out.write(buffer, 0, n);
      }
    }
    out.writeInt(END_MARK);
  }

  private static String shorten(String s) {
    return TextChars.atMost(s, 2000);
  }

  /** What the receiver does with each file: read its records from {@code content}. */
  public interface FileHandler {
    void file(String name, InputStream content) throws IOException;
  }

  /**
   * Reads the files of a stream one after the other, handing each to {@code handler} as a stream that
   * ends where the file ends (whatever the handler leaves unread is skipped).
   *
   * @throws IOException when the stream is cut off or not in this format
   */
  public static void readFiles(InputStream body, FileHandler handler) throws IOException {
    DataInputStream in = new DataInputStream(body);
    while (true) {
      int mark;
      try {
        mark = in.readInt();
      } catch (EOFException end) {
        return;
      }
      if (mark != NAME_MARK) {
        throw new IOException("not a file stream (expected a file name, got " + mark + ")");
      }
      String name = in.readUTF();
      FileContent content = new FileContent(in);
      handler.file(name, content);
      content.skipRest();
    }
  }

  /** One file's bytes, read chunk by chunk; ends at the end mark, fails at the failed mark. */
  private static final class FileContent extends InputStream {
    private final DataInputStream in;
    private int leftInChunk;
    private boolean ended;

    FileContent(DataInputStream in) {
      this.in = in;
    }

    private boolean nextChunk() throws IOException {
      while (leftInChunk == 0 && !ended) {
        int n = in.readInt();
        if (n > 0) {
          leftInChunk = n;
        } else if (n == END_MARK) {
          ended = true;
        } else if (n == FAILED_MARK) {
          ended = true;
          throw new IOException(in.readUTF());
        } else {
          throw new IOException("not a file stream (bad chunk length " + n + ")");
        }
      }
      return leftInChunk > 0;
    }

    @Override
    public int read() throws IOException {
      if (!nextChunk()) {
        return -1;
      }
      int b = in.read();
      if (b < 0) {
        throw new EOFException("the stream ended inside a file");
      }
      leftInChunk--;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (!nextChunk()) {
        return -1;
      }
      int n = in.read(b, off, Math.min(len, leftInChunk));
      if (n < 0) {
        throw new EOFException("the stream ended inside a file");
      }
      leftInChunk -= n;
      return n;
    }

    @Override
    public int available() {
      return leftInChunk;
    }

    @Override
    public void close() {
      // The request body stays open for the next file.
    }

    void skipRest() throws IOException {
      try {
        while (nextChunk()) {
          in.skipNBytes(leftInChunk);
          leftInChunk = 0;
        }
      } catch (IOException e) {
        if (!ended) {
          throw e;
        }
        // A failed mark after the handler stopped reading: the handler already saw what it needed.
      }
    }
  }
}
