package io.facetwire.engine.bulk;

/**
 * One operation of a bulk request: a document's JSON bytes, written under its id with {@code create}
 * (refused with 409 when the id is stored already) or {@code index} (written over).
 *
 * @param document the document as the pipeline made it, sent as it is (never parsed or serialized again)
 */
public record BulkWrite(boolean create, String id, byte[] document) {

  public static BulkWrite create(String id, byte[] document) {
    return new BulkWrite(true, id, document);
  }

  public static BulkWrite index(String id, byte[] document) {
    return new BulkWrite(false, id, document);
  }

  /** The bytes this operation adds to a request: its action line and its document line. */
  public int size() {
    return document.length + id.length() + 48;
  }
}
