package io.facetwire.cli;

import io.facetwire.InvalidSetting;
import io.facetwire.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Application class-data sharing for the server JVM that {@code serve} relaunches (issue 15, start-up).
 *
 * <p>Measured at 500,000 articles on the shared 2-core machine: a server start to the first 200 spent
 * about 20 s of CPU, 40 % of its main thread in loading and defining classes (Elasticsearch's node
 * alone loads tens of thousands) and 45 % of all CPU in the JIT. With an archive of the classes a
 * previous run loaded, the same start took 12 s of CPU (class loading and verification are read from
 * a mapped file; the JIT has less to do) and the wall time to the first 200 halved at the same load.
 *
 * <p>The first server on a data folder runs with {@code -XX:ArchiveClassesAtExit}: when it stops
 * (SIGTERM, Ctrl+C) the JVM writes the archive, under a temporary name that the launcher moves into
 * place only after a clean exit, so a killed dump is never used. Later starts map it with
 * {@code -XX:SharedArchiveFile}. The file's name carries a fingerprint of the JVM and of every jar on
 * the class path: a new jar or JDK makes a new archive, and old ones are deleted. The JVM itself checks
 * the archive again and ignores one that does not fit (its warning is silenced: nothing changes but
 * the speed). Class paths with folders (a development checkout) cannot be archived and get nothing.
 * {@code FACETWIRE_CLASS_ARCHIVE=off} turns it off; a user's own {@code -Xshare} or archive options win.
 */
final class ClassArchive {

  static final String SETTING = "FACETWIRE_CLASS_ARCHIVE";
  static final String FOLDER = "class-archive";
  private static final String PREFIX = "classes-";
  private static final String SUFFIX = ".jsa";
  private static final String PART = ".part";
  /** The JVM's CDS warnings (classes it skips, an archive it ignores) are not the server's to show. */
  private static final String QUIET = "-Xlog:cds*=off";
  private static final List<String> USER_OPTIONS = List.of("-Xshare", "-XX:SharedArchiveFile",
      "-XX:ArchiveClassesAtExit", "-XX:SharedClassListFile");

  /** What to add to the child's JVM options, and what to do once it exited. */
  record Plan(List<String> jvmOptions, Path dumping, Path archive) {

    static final Plan NONE = new Plan(List.of(), null, null);

    /** After the child exited: a dump from a clean stop becomes the archive; any other is dropped. */
    void finish(int exitCode) {
      if (dumping == null) {
        return;
      }
      try {
        if (cleanExit(exitCode) && Files.size(dumping) > 0) {
          Files.move(dumping, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } else {
          Files.deleteIfExists(dumping);
        }
      } catch (IOException e) {
        // No archive this time: the next clean stop writes one again.
      }
    }

    private static boolean cleanExit(int exitCode) {
      return exitCode == 0 || exitCode == 130 || exitCode == 143; // normal end, SIGINT, SIGTERM
    }
  }

  private ClassArchive() {}

  /**
   * The archive options for a server JVM with this class path and data folder; {@link Plan#NONE} when
   * turned off, when the user chose their own, or when the class path cannot be archived.
   *
   * @throws InvalidSetting when {@code FACETWIRE_CLASS_ARCHIVE} is neither on nor off
   */
  static Plan plan(List<String> jvmOptions, Settings env, String classPath, Path dataDir) {
    String setting = env.string(SETTING, "on").strip().toLowerCase(Locale.ROOT);
    if (!setting.equals("on") && !setting.equals("off")) {
      throw new InvalidSetting(SETTING + " must be on or off, got '" + env.string(SETTING) + "'");
    }
    if (setting.equals("off") || jvmOptions.stream().anyMatch(o -> USER_OPTIONS.stream().anyMatch(o::startsWith))) {
      return Plan.NONE;
    }
    List<Path> jars = classPathJars(classPath);
    if (jars.isEmpty()) {
      return Plan.NONE;
    }
    try {
      Path folder = Files.createDirectories(dataDir.resolve(FOLDER));
      Path archive = folder.resolve(PREFIX + fingerprint(jars) + SUFFIX);
      if (Files.isRegularFile(archive)) {
        return new Plan(List.of(QUIET, "-XX:SharedArchiveFile=" + archive.toAbsolutePath()), null, archive);
      }
      deleteOthers(folder);
      Path dumping = folder.resolve(archive.getFileName() + PART);
      return new Plan(List.of(QUIET, "-XX:ArchiveClassesAtExit=" + dumping.toAbsolutePath()), dumping, archive);
    } catch (IOException | RuntimeException e) {
      return Plan.NONE; // a read-only data folder: the server starts as it would without an archive
    }
  }

  /** Whether this JVM writes an archive when it exits (the first server on a data folder, see {@link #plan}). */
  static boolean writingAtExit() {
    return java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .anyMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit"));
  }

  /**
   * The jars the JVM will load classes from (the class path and their manifests' {@code Class-Path}),
   * or none when an entry is a folder or missing: the JVM refuses to archive such a path.
   */
  static List<Path> classPathJars(String classPath) {
    List<Path> jars = new ArrayList<>();
    for (String entry : classPath.split(java.io.File.pathSeparator)) {
      Path jar = Path.of(entry);
      if (entry.isBlank() || !Files.isRegularFile(jar) || !entry.endsWith(".jar")) {
        return List.of();
      }
      jars.add(jar);
      try (JarFile file = new JarFile(jar.toFile())) {
        Manifest manifest = file.getManifest();
        String linked = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
        if (linked != null) {
          for (String name : linked.trim().split("\\s+")) {
            Path dependency = jar.toAbsolutePath().getParent().resolve(name);
            if (!Files.isRegularFile(dependency)) {
              return List.of();
            }
            jars.add(dependency);
          }
        }
      } catch (IOException e) {
        return List.of();
      }
    }
    return jars;
  }

  /** The JVM and every jar (path, size, modification time): what the JVM itself checks an archive against. */
  static String fingerprint(List<Path> jars) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      update(digest, System.getProperty("java.home"));
      update(digest, System.getProperty("java.vm.version"));
      for (Path jar : jars) {
        update(digest, jar.toAbsolutePath().normalize().toString());
        update(digest, Long.toString(Files.size(jar)));
        update(digest, Long.toString(Files.getLastModifiedTime(jar).toMillis()));
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void update(MessageDigest digest, String value) {
    digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  /** Archives of other jars or JVMs, and dumps a killed server left behind. */
  private static void deleteOthers(Path folder) throws IOException {
    try (DirectoryStream<Path> old = Files.newDirectoryStream(folder, PREFIX + "*")) {
      for (Path file : old) {
        Files.deleteIfExists(file);
      }
    }
  }
}
