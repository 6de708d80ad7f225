package io.facetwire.engine;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates each index from {@code index-mappings/NAME.json} at start-up, as {@code PREFIX NAME-vN}
 * behind the alias {@code PREFIX NAME}, where N is the mapping's {@code _meta.version}.
 *
 * <p>An existing alias is left alone: rolling out a new mapping version is a reindex (build the new
 * index, copy, move the alias), never an in-place change that could lose articles.
 */
public final class IndexBootstrap {

  /** The mapping files shipped in the jar (from the repository's {@code index-mappings/} folder). */
  public static final List<String> MAPPINGS = List.of(IndexNames.ARTICLES, IndexNames.SAVED_SEARCHES,
      IndexNames.USERS, IndexNames.SESSIONS, IndexNames.RATE_LIMITS, IndexNames.SEARCH_HISTORY,
      IndexNames.SOURCES, IndexNames.TOPIC_VERSIONS);

  private static final Logger LOG = LoggerFactory.getLogger(IndexBootstrap.class);

  private final ElasticsearchClient client;
  private final ObjectMapper json;
  private final IndexLayout layout;

  public IndexBootstrap(ElasticsearchClient client, ObjectMapper json) {
    this(client, json, IndexLayout.FROM_MAPPINGS);
  }

  public IndexBootstrap(ElasticsearchClient client, ObjectMapper json, IndexLayout layout) {
    this.client = client;
    this.json = json;
    this.layout = layout;
  }

  public void ensureIndices(IndexNames names) {
    for (String mapping : MAPPINGS) {
      ensureIndex(mapping, names.alias(mapping));
    }
  }

  private void ensureIndex(String mappingName, String alias) {
    ObjectNode definition = definition(mappingName);
    String index = alias + "-v" + version(definition);
    try {
      if (client.indices().existsAlias(a -> a.name(alias)).value()) {
        warnIfOutdated(alias, index);
        addNewFields(alias, definition);
        if (IndexNames.ARTICLES.equals(mappingName)) {
          RefreshPause.undoLeftover(client, alias, definition.path("settings").path("refresh_interval").asText("1s"));
        }
        return;
      }
      String body = json.writeValueAsString(definition);
      client.indices().create(c -> c.index(index)
          .withJson(new StringReader(body))
          .aliases(alias, a -> a.isWriteIndex(true))
          .waitForActiveShards(w -> w.count(1)));
      LOG.info("Created index {} behind alias {}", index, alias);
    } catch (ElasticsearchException e) {
      // Another process (a CLI import beside the server) may have created it a moment ago.
      if (!"resource_already_exists_exception".equals(e.error().type())) {
        throw e;
      }
    } catch (IOException e) {
      throw new EngineUnavailableException("Cannot create index " + index + ": " + Engine.describe(e), e);
    }
  }

  private void warnIfOutdated(String alias, String expectedIndex) throws IOException {
    var current = client.indices().getAlias(a -> a.name(alias)).result().keySet();
    if (!current.contains(expectedIndex)) {
      LOG.warn("Alias {} points at {} but the mapping files describe {}: run 'reindex' to roll it out",
          alias, current, expectedIndex);
    }
  }

  /** The mapping file's index definition with the configured shard and replica counts applied. */
  public ObjectNode definition(String mappingName) {
    ObjectNode definition = (ObjectNode) loadMapping(mappingName);
    layout.applyTo(definition);
    return definition;
  }

  public static int version(JsonNode definition) {
    return definition.path("mappings").path("_meta").path("version").asInt(1);
  }

  /**
   * New fields in a mapping file are added to the existing index in place (Elasticsearch allows adding
   * fields, never changing them), so an installation picks up e.g. new saved-search fields on upgrade.
   * A change that is not additive is refused by Elasticsearch and only logged: it needs a reindex.
   */
  private void addNewFields(String alias, JsonNode definition) throws IOException {
    String properties = json.writeValueAsString(
        json.createObjectNode().set("properties", definition.path("mappings").path("properties")));
    try {
      client.indices().putMapping(p -> p.index(alias).withJson(new StringReader(properties)));
    } catch (ElasticsearchException e) {
      LOG.warn("Mapping of {} differs from index-mappings beyond new fields: {}", alias, e.getMessage());
    }
  }

  private JsonNode loadMapping(String name) {
    String resource = "/index-mappings/" + name + ".json";
    try (InputStream in = IndexBootstrap.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing mapping resource " + resource);
      }
      return json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read mapping " + resource, e);
    }
  }
}
