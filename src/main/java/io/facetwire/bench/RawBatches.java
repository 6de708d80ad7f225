package io.facetwire.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw baseline's bulk bodies, prepared before any timing: in memory for the Reuters corpus, in a
 * file for a million articles (2 GB of NDJSON would not fit the benchmark's heap).
 */
interface RawBatches {

  int size();

  byte[] get(int i);

  /** Bulk operations in all bodies: what the index must hold afterwards. */
  long operations();

  /** Operations in an NDJSON bulk body of index actions: two lines each. */
  static long operationsIn(byte[] body) {
    long lines = 0;
    for (byte b : body) {
      if (b == '\n') {
        lines++;
      }
    }
    return lines / 2;
  }

  static RawBatches of(List<byte[]> batches) {
    long operations = batches.stream().mapToLong(RawBatches::operationsIn).sum();
    return new RawBatches() {
      @Override
      public long operations() {
        return operations;
      }

      @Override
      public int size() {
        return batches.size();
      }

      @Override
      public byte[] get(int i) {
        return batches.get(i);
      }
    };
  }

  /** Bodies appended to one file, read back by position (concurrently, by the raw senders). */
  final class OnDisk implements RawBatches, AutoCloseable {
    private final Path file;
    private final OutputStream out;
    private final List<long[]> spans = new ArrayList<>();
    private long written;
    private long operations;
    private FileChannel channel;

    OnDisk(Path file) throws IOException {
      this.file = file;
      Files.createDirectories(file.getParent());
      this.out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
    }

    void add(byte[] body) throws IOException {
      out.write(body);
      operations += RawBatches.operationsIn(body);
      spans.add(new long[] {written, body.length});
      written += body.length;
    }

    /** Done writing: from now on the bodies can be read. */
    OnDisk seal() throws IOException {
      out.close();
      channel = FileChannel.open(file, StandardOpenOption.READ);
      return this;
    }

    long bytes() {
      return written;
    }

    @Override
    public long operations() {
      return operations;
    }

    @Override
    public int size() {
      return spans.size();
    }

    @Override
    public byte[] get(int i) {
      long[] span = spans.get(i);
      ByteBuffer buffer = ByteBuffer.allocate((int) span[1]);
      try {
        while (buffer.hasRemaining()) {
          if (channel.read(buffer, span[0] + buffer.position()) < 0) {
            throw new IOException("unexpected end of " + file);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return buffer.array();
    }

    @Override
    public void close() throws IOException {
      if (channel != null) {
        channel.close();
      }
      Files.deleteIfExists(file);
    }
  }
}
