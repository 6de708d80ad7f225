package io.facetwire.engine.transport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.http.entity.AbstractHttpEntity;

/**
 * A request body made of the buffers the client serialised the request into, written to the socket as
 * they are (no copy into one array first). Repeatable: each write reads the buffers from their own
 * positions without moving them.
 */
final class ByteBuffersEntity extends AbstractHttpEntity {

  private final List<ByteBuffer> buffers = new ArrayList<>(2);
  private final long length;

  ByteBuffersEntity(Iterable<ByteBuffer> body, String contentType) {
    long total = 0;
    for (ByteBuffer b : body) {
      buffers.add(b);
      total += b.remaining();
    }
    this.length = total;
    setContentType(contentType);
  }

  @Override
  public boolean isRepeatable() {
    return true;
  }

  @Override
  public long getContentLength() {
    return length;
  }

  @Override
  public InputStream getContent() {
    List<InputStream> parts = new ArrayList<>(buffers.size());
    for (ByteBuffer b : buffers) {
      parts.add(new ByteArrayInputStream(bytes(b)));
    }
    return new SequenceInputStream(Collections.enumeration(parts));
  }

  @Override
  public void writeTo(OutputStream out) throws IOException {
    for (ByteBuffer b : buffers) {
      if (b.hasArray()) {
        out.write(b.array(), b.arrayOffset() + b.position(), b.remaining());
      } else {
        out.write(bytes(b));
      }
    }
  }

  @Override
  public boolean isStreaming() {
    return false;
  }

  private static byte[] bytes(ByteBuffer b) {
    byte[] copy = new byte[b.remaining()];
    b.duplicate().get(copy);
    return copy;
  }
}
