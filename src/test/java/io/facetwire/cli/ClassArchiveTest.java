package io.facetwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.InvalidSetting;
import io.facetwire.Settings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class archive of serve's server JVM: a real JVM writes it at a clean exit and the next one loads
 * its classes from it; a killed run leaves nothing behind; a changed jar gets a new archive; folders on
 * the class path, the setting and the user's own options turn it off.
 */
class ClassArchiveTest {

  private static final Settings ON = new Settings(Map.of());

  @TempDir
  Path dir;

  @Test
  void theFirstCleanExitWritesTheArchiveAndTheNextJvmLoadsItsClassesFromIt() throws Exception {
    Path jar = probeJar(dir.resolve("app/probe.jar"));
    Path data = dir.resolve("data");

    ClassArchive.Plan first = ClassArchive.plan(List.of(), ON, jar.toString(), data);
    assertNull(first.jvmOptions().stream().filter(o -> o.startsWith("-XX:SharedArchiveFile")).findAny().orElse(null));
    String dumped = run(jar, first.jvmOptions());
    assertTrue(dumped.contains("probe ran"), dumped);
    first.finish(0);
    assertTrue(Files.size(first.archive()) > 0, "the archive is in place after a clean exit");
    assertFalse(Files.exists(first.dumping()), "no half-written name left");

    ClassArchive.Plan second = ClassArchive.plan(List.of(), ON, jar.toString(), data);
    assertNull(second.dumping(), "nothing to write: the archive exists");
    List<String> options = new ArrayList<>(second.jvmOptions());
    options.add("-Xlog:class+load=info");
    String loaded = run(jar, options);
    String probeLine = loaded.lines().filter(l -> l.contains(" io.facetwire.cli.ArchiveProbeMain "))
        .findFirst().orElse(loaded);
    assertTrue(probeLine.contains("shared objects file (top)"), "the class came from the archive: " + probeLine);
  }

  @Test
  void aKilledRunLeavesNoArchiveAndTheNextCleanOneWritesIt() throws Exception {
    Path jar = probeJar(dir.resolve("app/probe.jar"));
    Path data = dir.resolve("data");
    ClassArchive.Plan killed = ClassArchive.plan(List.of(), ON, jar.toString(), data);
    Files.writeString(killed.dumping(), "half an archive");
    killed.finish(137); // SIGKILL while the JVM wrote it
    assertFalse(Files.exists(killed.dumping()));
    assertFalse(Files.exists(killed.archive()));
    assertNotEquals(null, ClassArchive.plan(List.of(), ON, jar.toString(), data).dumping(), "the next run dumps again");
  }

  @Test
  void aChangedJarGetsANewArchiveAndTheOldOneIsDeleted() throws Exception {
    Path jar = probeJar(dir.resolve("app/probe.jar"));
    Path data = dir.resolve("data");
    ClassArchive.Plan first = ClassArchive.plan(List.of(), ON, jar.toString(), data);
    Files.writeString(first.dumping(), "archive");
    first.finish(143);
    assertTrue(Files.exists(first.archive()));

    Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
    ClassArchive.Plan rebuilt = ClassArchive.plan(List.of(), ON, jar.toString(), data);
    assertNotEquals(first.archive(), rebuilt.archive());
    assertTrue(rebuilt.dumping() != null, "a new archive is written for the new jar");
    assertFalse(Files.exists(first.archive()), "the old jar's archive is gone");
  }

  @Test
  void theJarsOfTheManifestClassPathCountAndAFolderOnThePathTurnsItOff() throws Exception {
    Path lib = probeJar(dir.resolve("app/lib/dependency.jar"));
    Path main = dir.resolve("app/main.jar");
    writeJar(main, "lib/dependency.jar", null);
    assertEquals(List.of(main, dir.resolve("app").toAbsolutePath().resolve("lib/dependency.jar")),
        ClassArchive.classPathJars(main.toString()));
    assertTrue(Files.exists(lib));

    Path classes = Files.createDirectories(dir.resolve("classes"));
    assertSame(ClassArchive.Plan.NONE, ClassArchive.plan(List.of(), ON,
        main + java.io.File.pathSeparator + classes, dir.resolve("data")), "the JVM cannot archive a folder");
    Files.delete(lib);
    assertEquals(List.of(), ClassArchive.classPathJars(main.toString()), "a missing manifest jar");
  }

  @Test
  void theSettingAndTheUsersOwnOptionsTurnItOff() throws Exception {
    Path jar = probeJar(dir.resolve("app/probe.jar"));
    Path data = dir.resolve("data");
    assertSame(ClassArchive.Plan.NONE,
        ClassArchive.plan(List.of(), new Settings(Map.of(ClassArchive.SETTING, "off")), jar.toString(), data));
    for (String own : List.of("-Xshare:off", "-XX:SharedArchiveFile=/x.jsa", "-XX:ArchiveClassesAtExit=/y.jsa")) {
      assertSame(ClassArchive.Plan.NONE, ClassArchive.plan(List.of(own), ON, jar.toString(), data), own);
    }
    InvalidSetting bad = assertThrows(InvalidSetting.class, () ->
        ClassArchive.plan(List.of(), new Settings(Map.of(ClassArchive.SETTING, "maybe")), jar.toString(), data));
    assertTrue(bad.getMessage().contains("FACETWIRE_CLASS_ARCHIVE must be on or off, got 'maybe'"), bad.getMessage());
  }

  @Test
  void theLauncherFindsTheDataFolderAsServeReadsIt() {
    assertEquals(Path.of("/srv/a"), ServerRelaunch.dataDir(new String[] {"serve", "--data-dir", "/srv/a"}, ON));
    assertEquals(Path.of("/srv/b"), ServerRelaunch.dataDir(new String[] {"serve", "--data-dir=/srv/b"}, ON));
    assertEquals(Path.of("/srv/c"), ServerRelaunch.dataDir(new String[] {"serve"},
        new Settings(Map.of("FACETWIRE_DATA_DIR", "/srv/c"))));
    assertEquals(Path.of("data"), ServerRelaunch.dataDir(new String[] {"serve"}, ON));
  }

  /** A jar holding only {@link ArchiveProbeMain}. */
  private static Path probeJar(Path jar) throws IOException {
    return writeJar(jar, null, "io/facetwire/cli/ArchiveProbeMain.class");
  }

  private static Path writeJar(Path jar, String classPath, String classResource) throws IOException {
    Files.createDirectories(jar.getParent());
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (classPath != null) {
      manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
    }
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
      if (classResource != null) {
        out.putNextEntry(new JarEntry(classResource));
        try (var in = ClassArchiveTest.class.getResourceAsStream("/" + classResource)) {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    return jar;
  }

  private static String run(Path jar, List<String> options) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.addAll(List.of("-cp", jar.toString(), ArchiveProbeMain.class.getName()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), out);
    assertEquals(0, process.exitValue(), out);
    return out;
  }
}
