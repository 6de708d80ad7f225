package io.facetwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The young generation's floor given to the server JVM, and when the user's own choice is left alone. */
class ServerYoungGenerationTest {

  @Test
  void aQuarterOfTheHeapIsTheFloor() {
    assertEquals(List.of("-XX:NewSize=256m"), ServerYoungGeneration.options(List.of("-Dx=1"), 1024));
    assertEquals(List.of("-XX:NewSize=64m"), ServerYoungGeneration.options(List.of(), 256));
    assertEquals(List.of("-XX:NewSize=512m"), ServerYoungGeneration.forHeap("2g"));
    assertEquals(List.of("-XX:NewSize=384m"), ServerYoungGeneration.forHeap("1536m"));
  }

  @Test
  void aYoungSizeOrACollectorTheUserChoseIsKept() {
    for (String option : List.of("-Xmn300m", "-XX:NewSize=100m", "-XX:MaxNewSize=200m", "-XX:NewRatio=3",
        "-XX:G1NewSizePercent=10", "-XX:+UseParallelGC", "-XX:+UseSerialGC", "-XX:+UseZGC")) {
      assertEquals(List.of(), ServerYoungGeneration.options(List.of("-Dy=2", option), 1024), option);
    }
  }
}
