package io.facetwire.topics;

/**
 * What the editor shows before saving one topic's block: the definition error (by the block's line), or
 * the difference in the index and the figures on the development labels. {@code fullText} is the whole
 * definition file with the block in place, what saving would store.
 */
public record TopicPreview(String topic, String block, String fullText, int errorLine, String error,
    IndexDiff diff, DevSetScores.Comparison scores, int basedOn) {

  static TopicPreview refused(String topic, String block, int line, String reason, int basedOn) {
    return new TopicPreview(topic, block, null, line, reason, null, null, basedOn);
  }

  public boolean ok() {
    return error == null;
  }
}
