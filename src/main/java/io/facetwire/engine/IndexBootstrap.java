package io.facetwire.engine;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.json.JsonpUtils;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * Makes sure every index exists and has every field of its mapping file. Two requests look at all of
   * them at once (their aliases, then the mappings of those that exist); a put-mapping is sent only to
   * an index that lacks a field of its file. Before, every start sent three requests per index and a
   * put-mapping to each (about 25 round trips, seconds on a loaded machine before the port opened).
   */
  public void ensureIndices(IndexNames names) {
    Map<String, List<String>> existing;
    try {
      existing = indicesByAlias(names);
    } catch (IOException e) {
      throw new EngineUnavailableException("Cannot read the indices: " + Engine.describe(e), e);
    }
    List<String> toCheck = new ArrayList<>();
    for (String mapping : MAPPINGS) {
      String alias = names.alias(mapping);
      if (existing.containsKey(alias)) {
        toCheck.add(mapping);
      } else {
        create(mapping, alias);
      }
    }
    if (toCheck.isEmpty()) {
      return;
    }
    try {
      Map<String, JsonNode> mappings = currentMappings(toCheck.stream().map(names::alias).toList());
      for (String mapping : toCheck) {
        String alias = names.alias(mapping);
        ObjectNode definition = definition(mapping);
        List<String> indices = existing.get(alias);
        String expected = alias + "-v" + version(definition);
        if (!indices.contains(expected)) {
          LOG.warn("Alias {} points at {} but the mapping files describe {}: run 'reindex' to roll it out",
              alias, indices, expected);
        }
        if (indices.stream().anyMatch(index -> lacksFields(mappings.get(index), definition))) {
          addNewFields(alias, definition);
        }
        if (IndexNames.ARTICLES.equals(mapping)) {
          RefreshPause.undoLeftover(client, alias, definition.path("settings").path("refresh_interval").asText("1s"));
        }
      }
    } catch (IOException e) {
      throw new EngineUnavailableException("Cannot check the index mappings: " + Engine.describe(e), e);
    }
  }

  private void create(String mappingName, String alias) {
    ObjectNode definition = definition(mappingName);
    String index = alias + "-v" + version(definition);
    try {
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

  /** Each alias of this installation with the indices behind it, from one request over the prefix. */
  private Map<String, List<String>> indicesByAlias(IndexNames names) throws IOException {
    Map<String, List<String>> out = new HashMap<>();
    client.indices().getAlias(a -> a.index(names.prefix() + "*")).result().forEach((index, aliases) ->
        aliases.aliases().keySet().forEach(alias -> out.computeIfAbsent(alias, k -> new ArrayList<>()).add(index)));
    return out;
  }

  /** The mapping of each index behind these aliases, as JSON, from one request. */
  private Map<String, JsonNode> currentMappings(List<String> aliases) throws IOException {
    Map<String, JsonNode> out = new HashMap<>();
    var response = client.indices().getMapping(m -> m.index(aliases));
    for (var e : response.result().entrySet()) {
      out.put(e.getKey(), json.readTree(JsonpUtils.toJsonString(e.getValue().mappings(), client._jsonpMapper())));
    }
    return out;
  }

  /**
   * Whether the mapping file has a field (or a field's type) the index does not: then a put-mapping
   * adds it, or Elasticsearch refuses a changed type and the refusal is logged (as every start did).
   */
  static boolean lacksFields(JsonNode indexMapping, JsonNode definition) {
    if (indexMapping == null) {
      return true;
    }
    Map<String, String> have = new HashMap<>();
    fieldTypes("", indexMapping.path("properties"), have);
    Map<String, String> want = new HashMap<>();
    fieldTypes("", definition.path("mappings").path("properties"), want);
    return !have.entrySet().containsAll(want.entrySet());
  }

  /** Every field path (objects' fields and multi-fields included) with its type. */
  private static void fieldTypes(String prefix, JsonNode properties, Map<String, String> out) {
    properties.fields().forEachRemaining(field -> {
      String path = prefix + field.getKey();
      JsonNode spec = field.getValue();
      out.put(path, spec.path("type").asText(spec.has("properties") ? "object" : ""));
      fieldTypes(path + ".", spec.path("properties"), out);
      fieldTypes(path + ".", spec.path("fields"), out);
    });
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
