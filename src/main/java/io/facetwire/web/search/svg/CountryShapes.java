package io.facetwire.web.search.svg;

import io.facetwire.DataFile;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which map shapes a country facet value stands for: country-shapes.tsv first (every canonical
 * name of the extractor's gazetteer, historical states, other spellings), then the map's own
 * Natural Earth names. Matching ignores case and surrounding spaces.
 */
final class CountryShapes {

  static final String RESOURCE = "country-shapes.tsv";

  /** A facet value's shapes; a historical state yields its shapes to current states. */
  record Entry(List<WorldShapes.Shape> shapes, boolean historical) {}

  private final Map<String, Entry> byName;

  private CountryShapes(Map<String, Entry> byName) {
    this.byName = byName;
  }

  private static final class Holder {
    static final CountryShapes INSTANCE = load(WorldShapes.get());
  }

  static CountryShapes get() {
    return Holder.INSTANCE;
  }

  Optional<Entry> lookup(String facetValue) {
    return facetValue == null ? Optional.empty() : Optional.ofNullable(byName.get(normal(facetValue)));
  }

  private static String normal(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  static CountryShapes load(WorldShapes world) {
    Map<String, Entry> byName = new HashMap<>();
    // The map's own names come first so that the curated file overrides them.
    for (WorldShapes.Shape shape : world.byKey().values()) {
      byName.put(normal(shape.name()), new Entry(List.of(shape), false));
    }
    for (DataFile.Line line : DataFile.read(CountryShapes.class, RESOURCE)) {
      String[] cols = line.columns();
      if (cols.length != 3 || !(cols[2].equals("state") || cols[2].equals("historical"))) {
        throw new IllegalStateException(RESOURCE + " line " + line.number() + ": expected name, keys, state|historical");
      }
      List<WorldShapes.Shape> shapes = new java.util.ArrayList<>();
      for (String key : cols[1].split("\\|")) {
        WorldShapes.Shape shape = world.byKey().get(key);
        if (shape == null) {
          throw new IllegalStateException(RESOURCE + " line " + line.number() + ": " + cols[0]
              + " names shape " + key + ", which " + WorldShapes.RESOURCE + " does not have");
        }
        shapes.add(shape);
      }
      byName.put(normal(cols[0]), new Entry(List.copyOf(shapes), cols[2].equals("historical")));
    }
    return new CountryShapes(byName);
  }
}
