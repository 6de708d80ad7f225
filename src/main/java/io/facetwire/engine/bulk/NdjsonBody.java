package io.facetwire.engine.bulk;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.http.entity.AbstractHttpEntity;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.ContentEncoder;
import org.apache.http.nio.IOControl;
import org.apache.http.nio.entity.HttpAsyncContentProducer;

/**
 * The body of a {@code _bulk} request: per operation an action line naming the index and the id, then
 * the document's bytes as the pipeline made them. Nothing is parsed or serialized again here; only the
 * index name and the id are written (JSON-escaped, as an id may hold any character).
 *
 * <p>The body is never assembled: the client's I/O thread takes it from the operations' own arrays
 * through a small staging buffer ({@link HttpAsyncContentProducer}). A request of 1,000 Reuters articles
 * was one 3 MB array, which the JVM's collector (G1, 1 MB regions under a 1 GB heap) allocates as a
 * humongous object outside the young generation, and each such allocation may start a concurrent marking
 * cycle of the whole heap: most of a Reuters import's marking cycles began there (session 16).
 */
public final class NdjsonBody extends AbstractHttpEntity implements HttpAsyncContentProducer {

  private static final ContentType CONTENT_TYPE = ContentType.create("application/x-ndjson");
  private static final byte[] CREATE = bytes("{\"create\":{\"_index\":\"");
  private static final byte[] INDEX = bytes("{\"index\":{\"_index\":\"");
  private static final byte[] ID = bytes("\",\"_id\":\"");
  private static final byte[] END_OF_ACTION = bytes("\"}}\n");
  private static final byte[] NEWLINE = {'\n'};
  /** Well under G1's humongous threshold, and a few socket writes per request. */
  private static final int STAGING_BYTES = 64 * 1024;

  private final List<BulkWrite> writes;
  /** Each operation's action line. */
  private final byte[][] actions;
  private final long length;

  /** Where the producer goes on at its next call: part {@code 3i} is write i's action line, then its document, then a newline. */
  private int part;
  private int offset;
  private ByteBuffer staging;

  private NdjsonBody(List<BulkWrite> writes, byte[][] actions, long length) {
    this.writes = writes;
    this.actions = actions;
    this.length = length;
    setContentType(CONTENT_TYPE.toString());
  }

  public static NdjsonBody of(String index, List<BulkWrite> writes) {
    byte[] quotedIndex = JsonStringEncoder.getInstance().quoteAsUTF8(index);
    byte[][] actions = new byte[writes.size()][];
    long length = 0;
    for (int i = 0; i < actions.length; i++) {
      BulkWrite w = writes.get(i);
      byte[] verb = w.create() ? CREATE : INDEX;
      byte[] id = JsonStringEncoder.getInstance().quoteAsUTF8(w.id());
      byte[] action = new byte[verb.length + quotedIndex.length + ID.length + id.length + END_OF_ACTION.length];
      int at = 0;
      for (byte[] piece : new byte[][] {verb, quotedIndex, ID, id, END_OF_ACTION}) {
        System.arraycopy(piece, 0, action, at, piece.length);
        at += piece.length;
      }
      actions[i] = action;
      length += action.length + w.document().length + NEWLINE.length;
    }
    return new NdjsonBody(List.copyOf(writes), actions, length);
  }

  @Override
  public long getContentLength() {
    return length;
  }

  @Override
  public boolean isRepeatable() {
    return true;
  }

  @Override
  public boolean isStreaming() {
    return false;
  }

  @Override
  public void writeTo(OutputStream out) throws IOException {
    for (int p = 0; p < 3 * actions.length; p++) {
      out.write(part(p));
    }
  }

  /** The whole body in one array: only for a blocking sender or a trace log, never on the import's path. */
  @Override
  public InputStream getContent() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8, length));
    writeTo(out);
    return new ByteArrayInputStream(out.toByteArray());
  }

  /**
   * Fills the staging buffer from the operations and hands it to the connection until the connection
   * takes no more (it calls again when it can) or the body is complete.
   */
  @Override
  public void produceContent(ContentEncoder encoder, IOControl io) throws IOException {
    if (staging == null) {
      staging = ByteBuffer.allocate(STAGING_BYTES);
    }
    while (true) {
      fill();
      staging.flip();
      int written = encoder.write(staging);
      staging.compact();
      if (part == 3 * actions.length && staging.position() == 0) {
        encoder.complete();
        return;
      }
      if (written == 0) {
        return;
      }
    }
  }

  private void fill() {
    while (part < 3 * actions.length && staging.hasRemaining()) {
      byte[] bytes = part(part);
      int n = Math.min(staging.remaining(), bytes.length - offset);
      staging.put(bytes, offset, n);
      offset += n;
      if (offset == bytes.length) {
        part++;
        offset = 0;
      }
    }
  }

  private byte[] part(int p) {
    int i = p / 3;
    return switch (p % 3) {
      case 0 -> actions[i];
      case 1 -> writes.get(i).document();
      default -> NEWLINE;
    };
  }

  /** Made ready to be produced again from its start (a request sent again is a new body, but the client may retry). */
  @Override
  public void close() {
    part = 0;
    offset = 0;
    staging = null;
  }

  @Override
  public String toString() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writeTo(out);
    } catch (IOException e) {
      throw new IllegalStateException(e); // a byte array does not fail
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
