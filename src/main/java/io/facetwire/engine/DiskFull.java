package io.facetwire.engine;

import java.util.Locale;

/**
 * Recognises Elasticsearch refusing writes because its disk is (nearly) full, so users are told that
 * instead of "cannot reach Elasticsearch": the flood-stage block Elasticsearch puts on every index
 * when free space runs low (lifted by itself once space is freed), or the file system's own error.
 */
public final class DiskFull {

  /** What a person is told, wherever a write met a full disk. */
  public static final String MESSAGE = "the disk Elasticsearch stores its data on is full: it refuses writes "
      + "until space is freed there (searching still works)";

  private DiskFull() {}

  public static boolean is(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && is(t.getMessage())) {
        return true;
      }
    }
    return false;
  }

  public static boolean is(String reason) {
    String r = reason.toLowerCase(Locale.ROOT);
    return r.contains("flood-stage watermark") || r.contains("read-only-allow-delete")
        || r.contains("read_only_allow_delete") || r.contains("no space left on device");
  }
}
