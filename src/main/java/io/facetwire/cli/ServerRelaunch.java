package io.facetwire.cli;

import io.facetwire.Settings;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Runs {@code serve} in a child JVM with a heap size ({@link ServerHeap}) and stands in for it: the
 * child shares this process's standard streams, its exit code is this process's, and a SIGTERM or
 * Ctrl+C here stops it the graceful way (the child drains requests and closes its node; this process
 * waits for that). The launcher itself stays small: it loads little beyond this class.
 */
final class ServerRelaunch {

  /** Set in the child's environment (to its heap): it runs the server itself and never relaunches. */
  static final String CHILD = "FACETWIRE_SERVER_HEAP";
  private static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version");

  private ServerRelaunch() {}

  /**
   * Starts the server in a child JVM when {@code serve} was run without a heap size, and waits for it.
   *
   * @return the child's exit code, or -1 when the server is to run in this JVM
   */
  static int runIfNeeded(String[] args, Settings env) {
    if (!"serve".equals(LoggingSetup.commandName(args)) || env.string(CHILD) != null
        || List.of(args).stream().anyMatch(HELP::contains)) {
      return -1;
    }
    List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
    String heap = ServerHeap.relaunchHeap(jvmOptions, env, physicalMib());
    if (heap == null) {
      return -1;
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("java.class.path");
    // The classes of the last run mapped from a file: most of a start's class loading (ClassArchive).
    ClassArchive.Plan archive = ClassArchive.plan(jvmOptions, env, classPath, dataDir(args, env));
    List<String> childOptions = new java.util.ArrayList<>(jvmOptions);
    childOptions.addAll(archive.jvmOptions());
    ProcessBuilder builder = new ProcessBuilder(ServerHeap.childCommand(java, childOptions, heap,
        classPath, Main.class.getName(), args)).inheritIO();
    // Their options are among this JVM's own, passed on above: the child's launcher must not add them twice.
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().put(CHILD, heap);
    Process child;
    try {
      child = builder.start();
    } catch (IOException e) {
      System.err.println("facetwire: could not start the server with -Xmx" + heap + " (" + e.getMessage()
          + "); running it with the JVM's default heap");
      return -1;
    }
    // SIGTERM or Ctrl+C here: the child gets SIGTERM (a terminal's Ctrl+C reaches it anyway) and this
    // process exits only once the child has drained and stopped.
    Thread stop = new Thread(() -> {
      child.destroy();
      awaitExit(child);
    }, "facetwire-server-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    int code = awaitExit(child);
    archive.finish(code);
    try {
      Runtime.getRuntime().removeShutdownHook(stop);
    } catch (IllegalStateException shuttingDown) {
      // A signal came in meanwhile: the hook is running and waits for the same child.
    }
    return code;
  }

  /** The data folder as {@code serve} will read it ({@code --data-dir}, else FACETWIRE_DATA_DIR, else ./data). */
  static Path dataDir(String[] args, Settings env) {
    Path flag = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--data-dir") && i + 1 < args.length) {
        flag = Path.of(args[i + 1]);
      } else if (args[i].startsWith("--data-dir=")) {
        flag = Path.of(args[i].substring("--data-dir=".length()));
      }
    }
    return env.path("FACETWIRE_DATA_DIR", flag, Path.of("data"));
  }

  /**
   * In the child: stop (gracefully, through the shutdown hooks) when the launcher is gone, e.g. killed
   * with SIGKILL, so no server is left running that nobody started.
   */
  static void stopWithLauncher(Settings env) {
    if (env.string(CHILD) != null) {
      ProcessHandle.current().parent().ifPresent(launcher -> launcher.onExit().thenRun(() -> System.exit(143)));
    }
  }

  private static int awaitExit(Process child) {
    while (true) {
      try {
        return child.waitFor();
      } catch (InterruptedException e) {
        // Only the child's exit ends the wait: leaving earlier would orphan a running server.
      }
    }
  }

  private static long physicalMib() {
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return os.getTotalMemorySize() >> 20;
  }
}
