package io.facetwire.web.search.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The derived map data file: loads, and every path is valid and inside the map. */
class WorldShapesTest {

  private static final Pattern RING = Pattern.compile("M(-?[\\d.]+) (-?[\\d.]+)l([^Mz]*)z");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

  @Test
  void everyShapeIsAClosedPathOrAMarkerInsideTheViewBox() {
    WorldShapes world = WorldShapes.load();
    assertEquals("0 0 1000 447", world.viewBox());
    assertTrue(world.byKey().size() > 240, "Natural Earth has about 250 admin-0 shapes: " + world.byKey().size());
    for (WorldShapes.Shape shape : world.byKey().values()) {
      assertTrue(!shape.path().isEmpty() || shape.marker() != null, shape.name());
      if (shape.marker() != null) {
        assertInside(world, shape.name(), shape.marker().x(), shape.marker().y());
      }
      if (shape.path().isEmpty()) {
        continue;
      }
      assertEquals(shape.path(), RING.matcher(shape.path()).replaceAll(m -> Matcher.quoteReplacement(m.group())),
          shape.name());
      Matcher ring = RING.matcher(shape.path());
      int end = 0;
      while (ring.find()) {
        assertEquals(end, ring.start(), shape.name() + ": nothing between rings");
        end = ring.end();
        double x = Double.parseDouble(ring.group(1));
        double y = Double.parseDouble(ring.group(2));
        assertInside(world, shape.name(), x, y);
        List<Double> deltas = new ArrayList<>();
        Matcher n = NUMBER.matcher(ring.group(3));
        while (n.find()) {
          deltas.add(Double.parseDouble(n.group()));
        }
        assertEquals(0, deltas.size() % 2, shape.name() + ": x,y pairs");
        assertTrue(deltas.size() >= 4, shape.name() + ": a ring has at least three points");
        for (int i = 0; i < deltas.size(); i += 2) {
          x += deltas.get(i);
          y += deltas.get(i + 1);
          assertInside(world, shape.name(), x, y);
        }
      }
      assertEquals(shape.path().length(), end, shape.name() + ": only rings");
    }
  }

  private static void assertInside(WorldShapes world, String name, double x, double y) {
    assertTrue(x >= -0.5 && x <= world.width() + 0.5 && y >= -0.5 && y <= world.height() + 0.5,
        name + " has a point outside the map: " + x + "," + y);
  }

  @Test
  void theFileStaysSmall() {
    long chars = WorldShapes.load().byKey().values().stream().mapToLong(s -> s.path().length()).sum();
    assertTrue(chars < 300_000, "path data " + chars + " chars");
  }
}
