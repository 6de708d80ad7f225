package io.facetwire.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch._types.analysis.Analyzer;
import io.facetwire.support.TestEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddedNodeTest {

  @Test
  void embeddedNodeAnswersOverHttpAndHasTheEnglishAnalyzer() throws Exception {
    Engine engine = TestEngine.get();
    assertTrue(engine.isEmbedded());
    assertTrue(engine.urls().get(0).startsWith("http://127.0.0.1:"));

    var tokens = engine.client().indices().analyze(a -> a.analyzer("english").text("The Russians were running"));
    List<String> terms = tokens.tokens().stream().map(t -> t.token()).toList();
    assertEquals(List.of("russian", "were", "run"), terms);

    var folded = engine.client().indices().analyze(a -> a
        .tokenizer(t -> t.name("standard")).filter(f -> f.name("lowercase")).filter(f -> f.name("asciifolding"))
        .text("Erdoğan Müller"));
    assertEquals(List.of("erdogan", "muller"), folded.tokens().stream().map(t -> t.token()).toList());
  }
}
