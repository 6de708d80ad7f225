package io.facetwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.facetwire.InvalidSetting;
import io.facetwire.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which heap a {@code serve} without one is relaunched with, and when it is left alone. */
class ServerHeapTest {

  private static final long RAM_24G = 24 * 1024;

  @Test
  void noHeapGivenMeansOneGibibyteAtMostAQuarterOfTheMemory() {
    assertEquals("1024m", ServerHeap.relaunchHeap(List.of(), settings(Map.of()), RAM_24G));
    assertEquals("512m", ServerHeap.relaunchHeap(List.of("-Dx=1"), settings(Map.of()), 2048));
    assertEquals("256m", ServerHeap.relaunchHeap(List.of(), settings(Map.of()), 512), "never below 256m");
  }

  @Test
  void aHeapTheUserGaveIsKept() {
    for (String option : List.of("-Xmx2g", "-XX:MaxHeapSize=3g", "-XX:MaxRAMPercentage=50", "-XX:MaxRAM=8g")) {
      assertNull(ServerHeap.relaunchHeap(List.of("-Dy=2", option), settings(Map.of()), RAM_24G), option);
      assertNull(ServerHeap.relaunchHeap(List.of(option), settings(Map.of("FACETWIRE_HEAP", "2g")), RAM_24G), option);
    }
  }

  @Test
  void facetwireHeapSetsTheSizeOrKeepsTheJvmDefault() {
    assertEquals("2048m", ServerHeap.relaunchHeap(List.of(), settings(Map.of("FACETWIRE_HEAP", "2g")), RAM_24G));
    assertEquals("1536m", ServerHeap.relaunchHeap(List.of(), settings(Map.of("FACETWIRE_HEAP", "1536M")), RAM_24G));
    assertEquals("3072m", ServerHeap.relaunchHeap(List.of(), settings(Map.of("FACETWIRE_HEAP", "3145728k")), 2048),
        "an explicit size is not capped by the memory: the operator chose it");
    assertNull(ServerHeap.relaunchHeap(List.of(), settings(Map.of("FACETWIRE_HEAP", "jvm")), RAM_24G));
  }

  @Test
  void aWrongSizeIsASettingErrorNamingIt() {
    var e = assertThrows(InvalidSetting.class,
        () -> ServerHeap.relaunchHeap(List.of(), settings(Map.of("FACETWIRE_HEAP", "lots")), RAM_24G));
    assertEquals("FACETWIRE_HEAP must be a size such as 2g or 1536m (or 'jvm' for the JVM's default), got 'lots'",
        e.getMessage());
    assertThrows(InvalidSetting.class,
        () -> ServerHeap.relaunchHeap(List.of(), settings(Map.of("FACETWIRE_HEAP", "100m")), RAM_24G));
  }

  @Test
  void theChildRunsTheSameArgumentsWithTheHeapAfterTheJvmOptions() {
    assertEquals(List.of("/jdk/bin/java", "-Dfoo=a b", "-Xmx1024m", "-cp", "app.jar", "io.facetwire.cli.Main",
            "serve", "--port", "9000"),
        ServerHeap.childCommand("/jdk/bin/java", List.of("-Dfoo=a b"), "1024m", "app.jar", "io.facetwire.cli.Main",
            new String[] {"serve", "--port", "9000"}));
  }

  private static Settings settings(Map<String, String> env) {
    return new Settings(env);
  }
}
