package io.facetwire.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The audit's judgements file stays readable by the tool that redoes its figures (no corpus needed). */
class TopicAuditTest {

  @ParameterizedTest
  @ValueSource(strings = {"docs/audit/topic-audit-s11.tsv", "docs/audit/topic-audit-s12.tsv",
      "docs/audit/topic-audit-s13.tsv", "docs/audit/topic-audit-s14.tsv", "docs/audit/topic-audit-s15.tsv",
      "docs/audit/topic-audit-s16.tsv"})
  void everyJudgementNamesAnAuditedTopicASampleAndAReasonOnce(String audit) throws Exception {
    List<TopicAudit.Judgement> judged = TopicAudit.judgements(Path.of(audit));
    Set<String> seen = new HashSet<>();
    for (TopicAudit.Judgement j : judged) {
      assertTrue(TopicAudit.CUES.containsKey(j.topic()), j.toString());
      assertTrue(j.sample().equals("tagged") || j.sample().equals("cue"), j.toString());
      assertTrue(!j.reason().isBlank(), "a judgement says why: " + j);
      assertTrue(j.ref().startsWith("file:bbc-news/") || j.ref().startsWith("reuters:reuters21578/"),
          "only BBC and Reuters articles (unlabelled Wikinews ones are all held out): " + j);
      assertTrue(seen.add(j.ref() + " " + j.topic() + " " + j.sample()), "judged twice: " + j);
    }
    // At most 40 per sample and topic, as drawn; conflict and the other shown topics were audited for precision only.
    for (String topic : TopicAudit.CUES.keySet()) {
      for (String sample : List.of("tagged", "cue")) {
        long n = judged.stream().filter(j -> j.topic().equals(topic) && j.sample().equals(sample)).count();
        assertTrue(n <= TopicAudit.SAMPLE, topic + " " + sample + ": " + n);
      }
    }
    assertEquals(0, judged.stream()
        .filter(j -> !TopicAudit.RECALL_AUDITED.contains(j.topic()) && j.sample().equals("cue")).count());
  }

  @Test
  void aHeldOutListNamesItsArticlesInTheLabelsFormSoTheAuditLeavesThemOut(@TempDir Path dir) throws Exception {
    Path list = dir.resolve("test10-list.jsonl");
    Files.writeString(list, "{\"reuters\": \"reuters21578/reut2-012.sgm\", \"newid\": 12764}\n\n"
        + "{\"file\": \"bbc-news/business/184.txt\"}\n");
    assertEquals(Set.of("reuters:reuters21578/reut2-012.sgm#12764", "file:bbc-news/business/184.txt"),
        TopicAudit.references(list));
  }

  @Test
  void aLineWithoutAYesOrNoIsRefusedWithTheLine(@TempDir Path dir) throws Exception {
    Path tsv = dir.resolve("bad.tsv");
    Files.writeString(tsv, "# a comment\nfile:bbc-news/tech/001.txt\tcybersecurity\ttagged\tmaybe\tunsure\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TopicAudit.judgements(tsv));
    assertTrue(e.getMessage().contains("maybe"), e.getMessage());
  }
}
