package io.facetwire.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Shard and replica counts chosen by configuration ({@code FACETWIRE_INDEX_SHARDS},
 * {@code FACETWIRE_INDEX_REPLICAS}) instead of the mapping files; null keeps the file's value.
 *
 * <p>The files ask for one shard and {@code auto_expand_replicas: 0-1}: green on one node, one replica
 * as soon as a second node joins. A fixed replica count replaces that rule.
 */
public record IndexLayout(Integer shards, Integer replicas) {

  public static final IndexLayout FROM_MAPPINGS = new IndexLayout(null, null);

  /** Applies the overrides to an index definition's {@code settings} (in place). */
  public void applyTo(ObjectNode definition) {
    if (!(definition.get("settings") instanceof ObjectNode)) {
      definition.putObject("settings");
    }
    ObjectNode settings = (ObjectNode) definition.get("settings");
    if (shards != null) {
      settings.put("number_of_shards", shards);
    }
    if (replicas != null) {
      settings.remove("auto_expand_replicas");
      settings.put("number_of_replicas", replicas);
    }
  }
}
