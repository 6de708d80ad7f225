package io.facetwire.web.search.svg;

import io.facetwire.DataFile;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The country shapes of world-countries.tsv (derived from Natural Earth by
 * src/tools/world-map/build-world-map.mjs), already projected to the map's pixel grid.
 */
record WorldShapes(String viewBox, double width, double height, Map<String, Shape> byKey) {

  static final String RESOURCE = "world-countries.tsv";

  /**
   * One country or territory. {@code path} may be empty for a speck that simplification removed;
   * {@code marker} is set for shapes too small to see, where the renderer draws a dot.
   */
  record Shape(String key, String name, String path, Marker marker) {}

  record Marker(double x, double y) {}

  private static final class Holder {
    static final WorldShapes INSTANCE = load();
  }

  /** Read once per JVM: the file is immutable and about 80 KB. */
  static WorldShapes get() {
    return Holder.INSTANCE;
  }

  static WorldShapes load() {
    String viewBox = null;
    Map<String, Shape> shapes = new LinkedHashMap<>();
    for (DataFile.Line line : DataFile.read(WorldShapes.class, RESOURCE)) {
      String[] cols = line.columns();
      if (cols[0].equals("viewBox") && cols.length == 2) {
        viewBox = cols[1];
        continue;
      }
      if (cols.length != 4) {
        throw new IllegalStateException(RESOURCE + " line " + line.number() + ": expected 4 columns, got " + cols.length);
      }
      Marker marker = null;
      if (!cols[2].isEmpty()) {
        String[] xy = cols[2].split(" ");
        marker = new Marker(Double.parseDouble(xy[0]), Double.parseDouble(xy[1]));
      }
      if (cols[3].isEmpty() && marker == null) {
        throw new IllegalStateException(RESOURCE + " line " + line.number() + ": " + cols[1] + " has nothing to draw");
      }
      if (shapes.put(cols[0], new Shape(cols[0], cols[1], cols[3], marker)) != null) {
        throw new IllegalStateException(RESOURCE + " line " + line.number() + ": duplicate key " + cols[0]);
      }
    }
    if (viewBox == null) {
      throw new IllegalStateException(RESOURCE + " has no viewBox line");
    }
    String[] box = viewBox.split(" ");
    return new WorldShapes(viewBox, Double.parseDouble(box[2]), Double.parseDouble(box[3]),
        Collections.unmodifiableMap(shapes));
  }
}
