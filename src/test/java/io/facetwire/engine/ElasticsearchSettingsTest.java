package io.facetwire.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ElasticsearchSettingsTest {

  @Test
  void clusterUrlsTimeoutsRetriesSniffingAndIndexLayoutComeFromTheEnvironment() {
    ElasticsearchSettings s = ElasticsearchSettings.fromEnvironment(Map.of(
        "ELASTICSEARCH_URL", " https://es1:9200, https://es2:9200 ,",
        "ELASTICSEARCH_API_KEY", "abc==",
        "ELASTICSEARCH_CONNECT_TIMEOUT", "750ms",
        "ELASTICSEARCH_SOCKET_TIMEOUT", "2m",
        "ELASTICSEARCH_RETRIES", "4",
        "ELASTICSEARCH_SNIFF", "true",
        "FACETWIRE_INDEX_SHARDS", "3",
        "FACETWIRE_INDEX_REPLICAS", "2"));
    assertEquals(List.of("https://es1:9200", "https://es2:9200"), s.urls());
    assertEquals("abc==", s.apiKey());
    assertEquals(new ElasticsearchSettings.ClientTuning(Duration.ofMillis(750), Duration.ofMinutes(2), 4, true), s.client());
    assertEquals(new IndexLayout(3, 2), s.layout());
    assertFalse(s.isEmbedded());
  }

  @Test
  void defaultsKeepTheMappingFilesAndTheEmbeddedNode() {
    ElasticsearchSettings s = ElasticsearchSettings.fromEnvironment(Map.of());
    assertTrue(s.isEmbedded());
    assertEquals(ElasticsearchSettings.ClientTuning.defaults(), s.client());
    assertEquals(IndexLayout.FROM_MAPPINGS, s.layout());
  }

  @Test
  void badValuesNameTheVariable() {
    var e = assertThrows(InvalidConfigurationException.class,
        () -> ElasticsearchSettings.fromEnvironment(Map.of("FACETWIRE_INDEX_REPLICAS", "-1")));
    assertTrue(e.getMessage().startsWith("FACETWIRE_INDEX_REPLICAS: '-1'"), e.getMessage());
    e = assertThrows(InvalidConfigurationException.class,
        () -> ElasticsearchSettings.fromEnvironment(Map.of("ELASTICSEARCH_SOCKET_TIMEOUT", "soon")));
    assertTrue(e.getMessage().startsWith("ELASTICSEARCH_SOCKET_TIMEOUT"), e.getMessage());
    e = assertThrows(InvalidConfigurationException.class,
        () -> ElasticsearchSettings.fromEnvironment(Map.of("ELASTICSEARCH_URL", "es1:9200")));
    assertTrue(e.getMessage().contains("http://"), e.getMessage());
  }

  @Test
  void aFixedReplicaCountReplacesAutoExpandInTheIndexDefinition() throws Exception {
    ObjectNode definition = (ObjectNode) Json.mapper().readTree(
        "{\"settings\":{\"number_of_shards\":1,\"auto_expand_replicas\":\"0-1\"},\"mappings\":{}}");
    new IndexLayout(null, 1).applyTo(definition);
    assertEquals(1, definition.path("settings").path("number_of_replicas").asInt());
    assertEquals(1, definition.path("settings").path("number_of_shards").asInt());
    assertNull(definition.path("settings").get("auto_expand_replicas"));
    IndexLayout.FROM_MAPPINGS.applyTo(definition);
    assertEquals(1, definition.path("settings").path("number_of_replicas").asInt());
  }
}
