package io.facetwire.engine.bulk;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The body of a {@code _bulk} request: per operation an action line naming the index and the id, then
 * the document's bytes as the pipeline made them. Nothing is parsed or serialized again here; only the
 * index name and the id are written (JSON-escaped, as an id may hold any character).
 */
public final class NdjsonBody {

  private static final byte[] CREATE = bytes("{\"create\":{\"_index\":\"");
  private static final byte[] INDEX = bytes("{\"index\":{\"_index\":\"");
  private static final byte[] ID = bytes("\",\"_id\":\"");
  private static final byte[] END_OF_ACTION = bytes("\"}}\n");

  private final byte[] buffer;
  private final int length;

  private NdjsonBody(byte[] buffer, int length) {
    this.buffer = buffer;
    this.length = length;
  }

  public static NdjsonBody of(String index, List<BulkWrite> writes) {
    byte[] quotedIndex = JsonStringEncoder.getInstance().quoteAsUTF8(index);
    int capacity = 0;
    for (BulkWrite w : writes) {
      capacity += w.size() + quotedIndex.length;
    }
    Out out = new Out(capacity + 64);
    for (BulkWrite w : writes) {
      out.writeBytes(w.create() ? CREATE : INDEX);
      out.writeBytes(quotedIndex);
      out.writeBytes(ID);
      out.writeBytes(JsonStringEncoder.getInstance().quoteAsUTF8(w.id()));
      out.writeBytes(END_OF_ACTION);
      out.writeBytes(w.document());
      out.write('\n');
    }
    return new NdjsonBody(out.buffer(), out.size());
  }

  /** The bytes, valid from 0 to {@link #length} (the buffer is not copied to its exact size). */
  public byte[] buffer() {
    return buffer;
  }

  public int length() {
    return length;
  }

  @Override
  public String toString() {
    return new String(buffer, 0, length, StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** A byte stream whose buffer is handed on as it is. */
  private static final class Out extends ByteArrayOutputStream {
    Out(int capacity) {
      super(capacity);
    }

    byte[] buffer() {
      return buf;
    }
  }
}
