package io.facetwire.cli;

import io.facetwire.Facetwire;
import io.facetwire.FacetwireConfig;
import io.facetwire.Settings;
import io.facetwire.engine.ElasticsearchSettings;
import io.facetwire.engine.IndexNames;
import io.facetwire.engine.InvalidConfigurationException;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options every command that touches the index shares: where data lives and which indices to use. */
final class DataDirOptions {

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Folder for the embedded Elasticsearch node's data (default: $FACETWIRE_DATA_DIR or ./data).")
  Path dataDir;

  @Option(names = "--index-prefix", paramLabel = "PREFIX", hidden = true,
      description = "Prefix of the index aliases (default: $FACETWIRE_INDEX_PREFIX or facetwire-).")
  String indexPrefix;

  @Mixin
  ExtractorOptions extraction;

  Path dataDir() {
    if (dataDir != null) {
      return dataDir;
    }
    return Settings.system().path("FACETWIRE_DATA_DIR", null, Path.of("data"));
  }

  IndexNames indexNames() {
    String prefix = indexPrefix != null ? indexPrefix : Settings.system().string("FACETWIRE_INDEX_PREFIX");
    return prefix == null || prefix.isBlank() ? IndexNames.defaults() : new IndexNames(prefix);
  }

  /**
   * Opens Facetwire on the configured cluster; with no cluster configured, on the embedded node of a
   * running server for this data folder if there is one (its folder is locked), else on a new one.
   */
  Facetwire open() {
    ElasticsearchSettings settings = ElasticsearchSettings.fromEnvironment(Settings.system().asMap());
    if (settings.isEmbedded()) {
      checkDataDir();
      // The running server's node, with this command's timeouts and shard settings.
      ElasticsearchSettings configured = settings;
      settings = RunningFacetwire.findNode(dataDir()).map(found -> configured.onNode(found.urls(), found.apiKey()))
          .orElse(settings);
    }
    return openOn(settings);
  }

  /**
   * Opens Facetwire on the configured cluster or on a node of its own, never on another server's:
   * for {@code serve}, which owns its data folder.
   *
   * @throws InvalidConfigurationException when a server already runs on the data folder
   */
  Facetwire openOwn() {
    ElasticsearchSettings settings = ElasticsearchSettings.fromEnvironment(Settings.system().asMap());
    if (settings.isEmbedded()) {
      checkDataDir();
      if (RunningFacetwire.findNode(dataDir()).isPresent()) {
        throw new InvalidConfigurationException("another Facetwire server already runs on the data folder "
            + dataDir().toAbsolutePath() + "; stop it first, or give this one its own --data-dir");
      }
    }
    // The extractor loads while the node starts (Facetwire.open): a taxonomy error comes after it.
    return openOn(settings);
  }

  /**
   * Every command and the server read the same settings, once, before the node starts (a bad value is one line
   * naming its variable); the server once passed the sources' defaults and so ignored FACETWIRE_SOURCES_*.
   */
  private Facetwire openOn(ElasticsearchSettings settings) {
    Settings env = Settings.system();
    FacetwireConfig config = FacetwireConfig.from(env);
    io.facetwire.sources.SourcesConfig sources = io.facetwire.sources.SourcesConfig.from(env);
    return Facetwire.open(settings, dataDir(), indexNames(), extraction::load, config, sources);
  }

  private void checkDataDir() {
    Path dir = dataDir();
    if (java.nio.file.Files.exists(dir) && !java.nio.file.Files.isDirectory(dir)) {
      throw new InvalidConfigurationException("the data folder " + dir.toAbsolutePath()
          + " is a file, not a folder (--data-dir or FACETWIRE_DATA_DIR)");
    }
  }
}
