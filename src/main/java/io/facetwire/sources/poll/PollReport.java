package io.facetwire.sources.poll;

import java.util.List;

/**
 * What one poll of one source did.
 *
 * @param error       why the poll failed as a whole (fetch or parse), or null
 * @param itemErrors  items that could not be turned into articles, each with its reason
 */
public record PollReport(String sourceId, boolean notModified, int items, int fetchedPages, long indexed,
    long unchanged, String error, List<String> itemErrors) {

  public PollReport {
    itemErrors = List.copyOf(itemErrors);
  }

  static PollReport failed(String sourceId, String error) {
    return new PollReport(sourceId, false, 0, 0, 0, 0, error, List.of());
  }

  public boolean ok() {
    return error == null;
  }
}
