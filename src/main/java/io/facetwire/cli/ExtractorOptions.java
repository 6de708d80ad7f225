package io.facetwire.cli;

import io.facetwire.Settings;
import io.facetwire.extract.FacetExtractor;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The topic taxonomy every command extracts with: {@code --taxonomy FILE}, else
 * {@code $FACETWIRE_TAXONOMY}, else the built-in one. Import, enrich, the server's
 * {@code /api/extract} and the stored facets on the article page therefore all use the same file.
 */
final class ExtractorOptions {

  static final String ENV = "FACETWIRE_TAXONOMY";

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--taxonomy", paramLabel = "FILE",
      description = "Topic taxonomy file (default: $FACETWIRE_TAXONOMY, else the built-in topics.txt).")
  Path taxonomy;

  /** The configured file, or null for the built-in taxonomy. */
  Path taxonomyFile() {
    if (taxonomy != null) {
      return taxonomy;
    }
    return Settings.system().path(ENV, null, null);
  }

  /** Loads the extractor; a missing or malformed taxonomy is a usage error naming the file and line. */
  FacetExtractor load() {
    Path file = taxonomyFile();
    if (file == null) {
      return FacetExtractor.loadDefault();
    }
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), "Taxonomy file not found: " + file);
    }
    try {
      return FacetExtractor.load(file);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new ParameterException(spec.commandLine(), "Bad taxonomy: " + e.getMessage());
    }
  }
}
