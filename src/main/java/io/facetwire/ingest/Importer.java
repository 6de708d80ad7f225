package io.facetwire.ingest;

import io.facetwire.article.Article;
import io.facetwire.article.ArticleIds;
import io.facetwire.article.RecordError;
import io.facetwire.article.RecordNote;
import io.facetwire.article.RecordSink;
import io.facetwire.engine.ArticleWriter;
import io.facetwire.engine.WriteSummary;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.facet.FacetValues;
import io.facetwire.metrics.Meters;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The import pipeline: records from any reader get a stable id and their facets, then go to the
 * bulk writer. Used alike by the command line, the HTTP API and the demo corpus.
 */
public final class Importer {

  private static final Logger LOG = LoggerFactory.getLogger(Importer.class);

  private final ArticleWriter writer;
  private final Supplier<FacetExtractor> extractors;
  private final List<Consumer<ImportSummary>> listeners = new CopyOnWriteArrayList<>();
  private final MeterRegistry meters;
  private final Timer extraction;
  private final Timer runs;
  /** Runs started so far: the import warm-up gives way as soon as this grows. */
  private final AtomicLong started = new AtomicLong();
  private final int maxBodyChars;
  /** Hears, as each run that wrote something ends, the extractor it took. */
  private volatile Consumer<FacetExtractor> runEnds;
  /** Runs not finished yet, counted by the extractor each took (the topic re-tag waits for older ones). */
  private final Map<FacetExtractor, Integer> open = new ConcurrentHashMap<>();

  /** @param maxBodyChars longer bodies are cut to this many characters, with a note in the summary */
  public Importer(ArticleWriter writer, FacetExtractor extractor, int maxBodyChars) {
    this(writer, () -> extractor, maxBodyChars);
  }

  /**
   * @param extractors the extractor in use (it changes when an admin saves topics); each run takes it
   *                   once at its start, so an import finishes with the definitions it began with
   */
  public Importer(ArticleWriter writer, Supplier<FacetExtractor> extractors, int maxBodyChars) {
    this(writer, extractors, maxBodyChars, Meters.registry());
  }

  /** @param meters where the import's figures go: the import warm-up's go to a registry nobody reads */
  Importer(ArticleWriter writer, Supplier<FacetExtractor> extractors, int maxBodyChars, MeterRegistry meters) {
    this.writer = writer;
    this.extractors = extractors;
    this.maxBodyChars = maxBodyChars;
    this.meters = meters;
    this.extraction = Meters.latency(meters, "facetwire.extraction", "Facet extraction of one article");
    this.runs = Meters.latency(meters, "facetwire.import.runs",
        "One import (a command-line import, an API request, the demo corpus), until searchable");
  }

  /**
   * Told, as each run that wrote articles ends and before {@link #onFinished} listeners, which extractor
   * the run took: an admin may have saved other topics meanwhile, and a re-tag on another server may
   * already have passed the articles it wrote (the topic editor looks for articles stamped with an
   * earlier version then).
   */
  public void onRunEnd(Consumer<FacetExtractor> listener) {
    this.runEnds = listener;
  }

  /** Called after every finished import (batch), once its articles are searchable: e.g. alerts. */
  public void onFinished(Consumer<ImportSummary> listener) {
    listeners.add(listener);
  }

  /**
   * True while an import that began with another extractor than {@code current} (earlier topics) is
   * still writing: a re-tag started now could pass its articles before it writes them.
   */
  public boolean runningWithOtherThan(FacetExtractor current) {
    return open.keySet().stream().anyMatch(e -> e != current);
  }

  public Run start() {
    started.incrementAndGet();
    return new Run(writer.open(), extractors.get());
  }

  /** Imports started so far, of every kind (command line, API, live sources, the demo corpus). */
  public long runsStarted() {
    return started.get();
  }

  /** Adds stable id and extracted facets; the article's own text is never changed. */
  public Article enrich(Article article) {
    return withFacets(ArticleIds.withStableId(article), extractors.get());
  }

  private Article withFacets(Article withId, FacetExtractor extractor) {
    long start = System.nanoTime();
    FacetValues facets = extractor.extract(withId.title(), withId.body(), withId.source(), withId.publishedAt());
    extraction.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    return withId.tagged(facets, extractor.topicsVersion());
  }

  /** One import of one or more files or requests; {@link #finish} makes everything searchable. */
  public final class Run {
    private final ArticleWriter.Session session;
    private final FacetExtractor extractor;
    private final AtomicLong read = new AtomicLong();
    private final long startedAt = System.nanoTime();
    private final List<RecordNote> notes = new CopyOnWriteArrayList<>();

    private final java.util.concurrent.atomic.AtomicBoolean ended = new java.util.concurrent.atomic.AtomicBoolean();

    private Run(ArticleWriter.Session session, FacetExtractor extractor) {
      this.session = session;
      this.extractor = extractor;
      open.merge(extractor, 1, Integer::sum);
    }

    private void end() {
      if (ended.compareAndSet(false, true)) {
        open.computeIfPresent(extractor, (e, n) -> n <= 1 ? null : n - 1);
      }
    }

    /** Where a reader sends the records of {@code file}; failures are reported under that name. */
    public RecordSink forFile(String file) {
      return new RecordSink() {
        @Override
        public void accept(Article article, String location) {
          read.incrementAndGet();
          Article kept = BodyCut.toLimit(article, maxBodyChars);
          if (kept != article) {
            notes.add(new RecordNote(file, location, lineOf(location), BodyCut.note(article, kept, maxBodyChars)));
          }
          Article withId = ArticleIds.withStableId(kept);
          String problem = ArticleIds.problem(withId.id());
          if (problem != null) {
            session.fail(new RecordError(file, location, lineOf(location), problem));
            return;
          }
          session.add(withFacets(withId, extractor), new ArticleWriter.Origin(file, location, lineOf(location)));
        }

        @Override
        public void reject(RecordError error) {
          read.incrementAndGet();
          session.fail(error);
        }
      };
    }

    public long readSoFar() {
      return read.get();
    }

    public long doneSoFar() {
      return session.indexedSoFar() + session.unchangedSoFar() + session.failedSoFar();
    }

    /** The summary so far, for an import that cannot finish (its Elasticsearch went away). */
    public ImportSummary soFar() {
      WriteSummary written = session.soFar();
      return new ImportSummary(read.get(), written.indexed(), written.unchanged(), written.failures());
    }

    public ImportSummary finish() {
      WriteSummary written;
      try {
        written = session.finish();
      } finally {
        end();
      }
      ImportSummary summary = new ImportSummary(read.get(), written.indexed(), written.unchanged(), written.failures(),
          notes);
      tellRunEnd(written);
      runs.record(System.nanoTime() - startedAt, TimeUnit.NANOSECONDS);
      count("indexed", summary.indexed());
      count("unchanged", summary.unchanged());
      count("failed", summary.failures().size());
      if (summary.read() > 0) {
        LOG.info("Import finished: {}", summary.oneLine());
      }
      for (Consumer<ImportSummary> listener : listeners) {
        try {
          listener.accept(summary);
        } catch (RuntimeException e) {
          // A listener's trouble (alerts) never turns a finished import into a failed one.
          LOG.warn("After-import step failed: {}", e.toString());
        }
      }
      return summary;
    }

    private void tellRunEnd(WriteSummary written) {
      Consumer<FacetExtractor> listener = runEnds;
      if (listener == null || written.indexed() == 0) {
        return;
      }
      try {
        listener.accept(extractor);
      } catch (RuntimeException e) {
        LOG.warn("After-import step failed: {}", e.toString());
      }
    }

    private void count(String outcome, long n) {
      meters.counter("facetwire.import.articles", "outcome", outcome).increment(n);
    }

    private static int lineOf(String location) {
      if (location == null) {
        return 0;
      }
      // Readers say "line 12" or "record 7 (line 40)": take the line number where there is one.
      int at = location.indexOf("line ");
      if (at < 0) {
        return 0;
      }
      int end = at + 5;
      while (end < location.length() && Character.isDigit(location.charAt(end))) {
        end++;
      }
      return end > at + 5 ? Integer.parseInt(location.substring(at + 5, end)) : 0;
    }
  }
}
