package io.facetwire.engine.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The streaming reader of bulk answers, on answers shaped as Elasticsearch 8.19 writes them. */
class BulkAnswerReaderTest {

  /** A whole answer (no filter_path): everything but status and error is skipped. */
  @Test
  void readsTheStatusOfEachItemAndSkipsTheRest() throws IOException {
    String answer = """
        {"errors":false,"took":12,"items":[
         {"create":{"_index":"a-v1","_id":"1","_version":1,"result":"created","forced_refresh":false,
           "_shards":{"total":1,"successful":1,"failed":0},"_seq_no":0,"_primary_term":1,"status":201}},
         {"index":{"_index":"a-v1","_id":"2","_version":3,"result":"updated",
           "_shards":{"total":1,"successful":1,"failed":0},"_seq_no":1,"_primary_term":1,"status":200}}]}
        """;
    List<ItemAnswer> items = read(answer, 2);
    assertEquals(List.of(new ItemAnswer(201, null, null), new ItemAnswer(200, null, null)), items);
    assertTrue(items.get(0).ok() && items.get(1).ok());
  }

  /** Errors with nested causes and extra fields before and after: type and reason kept, in order. */
  @Test
  void keepsEachFailedItemsTypeAndReasonInOrder() throws IOException {
    String answer = """
        {"errors":true,"items":[
         {"create":{"_index":"a-v1","_id":"1","status":409,"error":{"type":"version_conflict_engine_exception",
           "reason":"[1]: version conflict, document already exists (current version [1])","index_uuid":"x",
           "shard":"0","index":"a-v1"}}},
         {"create":{"_id":"2","status":201}},
         {"create":{"status":400,"error":{"root_cause":[{"type":"x","reason":"inner"}],
           "type":"document_parsing_exception","reason":"[1:20] failed to parse field [published_at]",
           "caused_by":{"type":"illegal_argument_exception","reason":"not a date","caused_by":{"type":"y"}}},
           "_index":"a-v1"}},
         {"index":{"status":429,"error":{"type":"es_rejected_execution_exception","reason":"rejected"}}}],
         "took":3}
        """;
    List<ItemAnswer> items = read(answer, 4);
    assertEquals(new ItemAnswer(409, "version_conflict_engine_exception",
        "[1]: version conflict, document already exists (current version [1])"), items.get(0));
    assertEquals(new ItemAnswer(201, null, null), items.get(1));
    assertEquals(new ItemAnswer(400, "document_parsing_exception", "[1:20] failed to parse field [published_at]"),
        items.get(2));
    assertEquals(new ItemAnswer(429, "es_rejected_execution_exception", "rejected"), items.get(3));
    assertFalse(items.get(0).ok());
  }

  /** The shape filter_path gives: only what was asked for. */
  @Test
  void readsAFilteredAnswer() throws IOException {
    String answer = "{\"items\":[{\"create\":{\"status\":201}},{\"create\":{\"status\":409,"
        + "\"error\":{\"type\":\"version_conflict_engine_exception\",\"reason\":\"exists\"}}}]}";
    assertEquals(List.of(new ItemAnswer(201, null, null),
        new ItemAnswer(409, "version_conflict_engine_exception", "exists")), read(answer, 2));
  }

  /** An answer that cannot be matched to the operations is an error, never a guess. */
  @Test
  void refusesAnswersThatDoNotMatchTheRequest() {
    assertThrows(IOException.class, () -> read("{\"items\":[{\"create\":{\"status\":201}}]}", 2));
    assertThrows(IOException.class, () -> read("{\"items\":[{\"create\":{\"status\":201}},{\"create\":{\"sta", 2));
    assertThrows(IOException.class, () -> read("[1,2]", 2));
    assertThrows(IOException.class, () -> read("{\"items\":[{\"create\":7}]}", 1));
  }

  private static List<ItemAnswer> read(String answer, int expected) throws IOException {
    return BulkAnswerReader.read(new ByteArrayInputStream(answer.getBytes(StandardCharsets.UTF_8)), expected);
  }
}
