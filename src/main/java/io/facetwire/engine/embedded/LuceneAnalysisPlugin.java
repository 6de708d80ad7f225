package io.facetwire.engine.embedded;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * The analysis components our mappings use that a stock Elasticsearch ships in its
 * {@code analysis-common} module, which is not published to Maven Central.
 *
 * <p>Registered under the stock names, built on the same Lucene classes, so {@code index-mappings/*.json}
 * work unchanged on the embedded node and on a real cluster. Keep this as small as what the mappings use.
 */
public class LuceneAnalysisPlugin extends Plugin implements AnalysisPlugin {

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    return Map.of("english", (indexSettings, env, name, settings) -> new EnglishProvider(name, settings));
  }

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    return Map.of(
        "lowercase", (indexSettings, env, name, settings) -> new LowercaseFactory(name, settings),
        "asciifolding", (indexSettings, env, name, settings) -> new AsciiFoldingFactory(name, settings));
  }

  private static final class EnglishProvider extends AbstractIndexAnalyzerProvider<EnglishAnalyzer> {
    private final EnglishAnalyzer analyzer = new EnglishAnalyzer();

    EnglishProvider(String name, org.elasticsearch.common.settings.Settings settings) {
      super(name, settings);
    }

    @Override
    public EnglishAnalyzer get() {
      return analyzer;
    }
  }

  private static final class LowercaseFactory extends AbstractTokenFilterFactory
      implements NormalizingTokenFilterFactory {
    LowercaseFactory(String name, org.elasticsearch.common.settings.Settings settings) {
      super(name, settings);
    }

    @Override
    public TokenStream create(TokenStream input) {
      return new LowerCaseFilter(input);
    }
  }

  private static final class AsciiFoldingFactory extends AbstractTokenFilterFactory
      implements NormalizingTokenFilterFactory {
    AsciiFoldingFactory(String name, org.elasticsearch.common.settings.Settings settings) {
      super(name, settings);
    }

    @Override
    public TokenStream create(TokenStream input) {
      return new ASCIIFoldingFilter(input);
    }
  }
}
