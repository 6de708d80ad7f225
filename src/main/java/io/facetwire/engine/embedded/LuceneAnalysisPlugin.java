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

  /**
   * The stock language analyzers the mappings name: English for every article, the others for the
   * {@code localized.*} fields of articles in those languages (see {@code LocalizedText}).
   */
  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    return Map.of(
        "english", language(EnglishAnalyzer::new),
        "german", language(org.apache.lucene.analysis.de.GermanAnalyzer::new),
        "french", language(org.apache.lucene.analysis.fr.FrenchAnalyzer::new),
        "spanish", language(org.apache.lucene.analysis.es.SpanishAnalyzer::new),
        "italian", language(org.apache.lucene.analysis.it.ItalianAnalyzer::new),
        "portuguese", language(org.apache.lucene.analysis.pt.PortugueseAnalyzer::new),
        "dutch", language(org.apache.lucene.analysis.nl.DutchAnalyzer::new),
        "russian", language(org.apache.lucene.analysis.ru.RussianAnalyzer::new));
  }

  private static AnalysisProvider<AnalyzerProvider<? extends Analyzer>> language(
      java.util.function.Supplier<? extends Analyzer> analyzer) {
    return (indexSettings, env, name, settings) -> new LanguageProvider(name, settings, analyzer.get());
  }

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    return Map.of(
        "lowercase", (indexSettings, env, name, settings) -> new LowercaseFactory(name, settings),
        "asciifolding", (indexSettings, env, name, settings) -> new AsciiFoldingFactory(name, settings));
  }

  private static final class LanguageProvider extends AbstractIndexAnalyzerProvider<Analyzer> {
    private final Analyzer analyzer;

    LanguageProvider(String name, org.elasticsearch.common.settings.Settings settings, Analyzer analyzer) {
      super(name, settings);
      this.analyzer = analyzer;
    }

    @Override
    public Analyzer get() {
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
