package io.facetwire.cli;

/** A program alone in a jar for {@link ClassArchiveTest}: the JVM archives its class, then maps it. */
public final class ArchiveProbeMain {

  private ArchiveProbeMain() {}

  public static void main(String[] args) {
    System.out.println("probe ran");
  }
}
