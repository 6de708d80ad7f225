package io.facetwire.topics;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.facetwire.engine.ArticleDocuments;
import io.facetwire.engine.ArticleScanner;
import io.facetwire.engine.ArticleStore;
import io.facetwire.engine.ArticleWriter;
import io.facetwire.engine.IndexNames;
import io.facetwire.extract.DefinitionException;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.jobs.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Topics an admin edits in the browser (issue 10 item 3): the topics with their article counts, a
 * preview of an edited topic (its errors, or what it would change in the index and on the development
 * labels), saving a new version, reverting to an old one, and the background re-tag after either.
 *
 * <p>On a server, {@link #runOn} puts one periodic job on the scheduler: take up the newest saved version
 * (saved on any server of the cluster) and do a step of a pending re-tag.
 */
public final class TopicAdmin {

  /** How often a server looks for a version saved elsewhere and for a re-tag to step. */
  public static final Duration TICK = Duration.ofSeconds(5);
  /** Previews kept for paging through one diff without computing it again. */
  private static final int CACHED_PREVIEWS = 4;

  /** A topic of the version in use with its articles in the index. */
  public record TopicRow(String name, long articles) {}

  private final TopicVersionStore store;
  private final LiveTopics live;
  private final TopicRetagger retagger;
  private final IndexDiffer differ;
  private final DevSetScores scores;
  private final TopicCounts counts;
  private final ShippedTopics shipped;
  private final Map<String, TopicPreview> previews = new LinkedHashMap<>(8, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, TopicPreview> eldest) {
      return size() > CACHED_PREVIEWS;
    }
  };
  private final AtomicBoolean stepQueued = new AtomicBoolean();
  private volatile Scheduler jobs;

  /**
   * The topic editor of one installation: versions in {@code names.topicVersions()}, articles in
   * {@code names.articles()}; {@code base} is version 0. The newest saved version is taken up at once.
   */
  public static TopicAdmin open(ElasticsearchClient client, IndexNames names, ArticleDocuments documents,
      ArticleWriter writer, ArticleStore articles, FacetExtractor base, Clock clock, TopicsConfig config,
      java.util.function.Predicate<FacetExtractor> importsWithOther) {
    TopicVersionStore store = new TopicVersionStore(client, names.topicVersions(), clock);
    LiveTopics live = new LiveTopics(base, store);
    live.refresh();
    ShippedTopics shipped = new ShippedTopics(store, live);
    shipped.check();
    TopicRetagger retagger = new TopicRetagger(store, live,
        new ArticleScanner(client, names.articles(), documents, 500), writer, articles, clock, importsWithOther);
    return new TopicAdmin(store, live, retagger,
        new IndexDiffer(client, names.articles(), documents, config.previewArticles()),
        new DevSetScores(config.labels(), config.data()), new TopicCounts(client, names.articles()), shipped);
  }

  TopicAdmin(TopicVersionStore store, LiveTopics live, TopicRetagger retagger, IndexDiffer differ,
      DevSetScores scores, TopicCounts counts, ShippedTopics shipped) {
    this.shipped = shipped;
    this.store = store;
    this.live = live;
    this.retagger = retagger;
    this.differ = differ;
    this.scores = scores;
    this.counts = counts;
  }

  public LiveTopics live() {
    return live;
  }

  public TopicVersionStore versions() {
    return store;
  }

  public TopicRetagger retagger() {
    return retagger;
  }

  /** Where the development label sets are looked for. */
  public java.nio.file.Path labelsFolder() {
    return scores.labels();
  }

  public int previewCap() {
    return differ.cap();
  }

  /** The topics of the version in use, in file order, with their article counts now. */
  public List<TopicRow> topics() {
    Map<String, Long> n = counts.byTopic();
    return live.extractor().topicNames().stream().map(t -> new TopicRow(t, n.getOrDefault(t, 0L))).toList();
  }

  /** One topic's block in the version in use. */
  public Optional<TopicBlocks.Block> block(String topic) {
    return TopicBlocks.of(live.extractor().topicsText()).block(topic);
  }

  /**
   * Checks an edited block in the whole file and, if it is good, compares it with the index and the
   * development labels. Nothing is stored or changed. Recent previews are kept, so paging is cheap.
   */
  public TopicPreview preview(String topic, String block) {
    LiveTopics.Current current = live.current();
    String key = current.version() + "\u0000" + topic + "\u0000" + block;
    synchronized (previews) {
      TopicPreview cached = previews.get(key);
      if (cached != null) {
        return cached;
      }
    }
    TopicPreview p = compute(topic, block, current);
    if (p.ok()) {
      synchronized (previews) {
        previews.put(key, p);
      }
    }
    return p;
  }

  private TopicPreview compute(String topic, String block, LiveTopics.Current current) {
    Checked c = check(topic, block, current);
    if (c.refused() != null) {
      return c.refused();
    }
    IndexDiff diff = differ.diff(topic, c.candidate());
    DevSetScores.Comparison figures = scores.compare(topic, current.extractor(), c.candidate());
    return new TopicPreview(topic, block, c.fullText(), 0, null, diff, figures, current.version());
  }

  /** An edited block checked in the whole file: the refusal, or the file's text and its extractor. */
  private record Checked(TopicPreview refused, String fullText, FacetExtractor candidate) {}

  private Checked check(String topic, String block, LiveTopics.Current current) {
    TopicBlocks blocks = TopicBlocks.of(current.extractor().topicsText());
    Optional<TopicBlocks.Block> old = blocks.block(topic);
    if (old.isEmpty()) {
      return refused(topic, block, 0, "there is no topic [" + topic + "]", current);
    }
    TopicBlocks.BlockProblem problem = TopicBlocks.check(topic, block);
    if (problem != null) {
      return refused(topic, block, problem.line(), problem.reason(), current);
    }
    String full = blocks.replace(topic, block);
    FacetExtractor candidate;
    try {
      candidate = live.candidate(full);
    } catch (DefinitionException e) {
      int line = TopicBlocks.lineInBlock(e.line(), old.get().firstLine(), block);
      String where = line > 0 ? e.reason() : e.reason() + " (line " + e.line() + " of the whole file)";
      return refused(topic, block, line, where, current);
    }
    DefinitionCost.Verdict cost = cost(current.extractor(), candidate);
    if (cost.tooCostly()) {
      return refused(topic, block, 0, cost.reason(), current);
    }
    return new Checked(null, full, candidate);
  }

  /** What a valid candidate would cost per article against the definitions in use (see {@link DefinitionCost}). */
  private DefinitionCost.Verdict cost(FacetExtractor inUse, FacetExtractor candidate) {
    return DefinitionCost.measure(inUse, candidate, differ.newest(DefinitionCost.SAMPLE));
  }

  private static Checked refused(String topic, String block, int line, String reason, LiveTopics.Current current) {
    return new Checked(TopicPreview.refused(topic, block, line, reason, current.version()), null, null);
  }

  /**
   * Saves the edited block as a new version (checked again first: nothing is stored if it is bad), uses
   * it on this server at once and starts the re-tag. The preview's diff is not computed again.
   */
  public TopicPreview save(String topic, String block, String author, String note) {
    LiveTopics.Current current = live.current();
    Checked c = check(topic, block, current);
    if (c.refused() != null) {
      return c.refused();
    }
    // The whole file with this block edited, made from the version in use: stored only as the very next version.
    TopicVersion v = store.saveAfter(current.version(), c.fullText(), author, note(note, "edited [" + topic + "]"))
        .orElseThrow(() -> new SavedMeanwhile(live.refresh().version()));
    adopt(v);
    return new TopicPreview(topic, block, c.fullText(), 0, null, null, null, current.version());
  }

  /**
   * Another version was saved (here or on another server) after the one an edit was made from: nothing was stored,
   * and the server now uses the newest.
   */
  public static final class SavedMeanwhile extends RuntimeException {
    private final int newest;

    SavedMeanwhile(int newest) {
      super("another version was saved meanwhile", null, false, false);
      this.newest = newest;
    }

    /** The version this server uses now. */
    public int newest() {
      return newest;
    }
  }

  /** A new version equal to version {@code number} (0: the definition file the server started with). */
  public TopicVersion revert(int number, String author) {
    String text;
    if (number == 0) {
      text = live.base().topicsText();
    } else {
      text = store.get(number).orElseThrow(() -> new IllegalArgumentException("There is no version " + number + "."))
          .text();
    }
    live.candidate(text); // a version that no longer reads (the language changed) is refused, nothing stored
    TopicVersion v = store.save(text, author, "revert to version " + number, number);
    adopt(v);
    return v;
  }

  /** Whether the shipped topics.txt differs from version 0 while a saved version is in use. */
  public ShippedTopics shipped() {
    return shipped;
  }

  /** Adopts the topics.txt this server ships: a new version equal to it, which also becomes version 0. */
  public TopicVersion adoptShipped(String author) {
    String text = live.base().topicsText();
    TopicVersion v = store.save(text, author, "adopted the topics.txt shipped with this Facetwire", null);
    shipped.acknowledge();
    adopt(v);
    return v;
  }

  /** Keeps the saved version in use; the shipped topics.txt becomes version 0 and the notice goes. */
  public void keepSaved() {
    shipped.acknowledge();
  }

  /** Stores a whole definition file as a new version (the command line's {@code topics set FILE}). */
  public TopicVersion saveFile(String text, String author, String note) {
    DefinitionCost.Verdict cost = cost(live.extractor(), live.candidate(text));
    if (cost.tooCostly()) {
      throw new DefinitionCost.TooCostly(cost);
    }
    TopicVersion v = store.save(text, author, note(note, "whole file"), null);
    adopt(v);
    return v;
  }

  private void adopt(TopicVersion v) {
    live.use(v);
    retagger.request(v.number());
    queueStep();
  }

  /**
   * An import or {@code enrich} run that wrote articles ended ({@code Importer#onRunEnd},
   * {@code Reenricher#onRunEnd}), on any server of the cluster or in a command. An admin may have saved
   * topics while it ran, and the re-tag may have gone by before it wrote. So: one small search for the
   * newest version; if the run took an earlier one, a pass over every article not stamped with the newest
   * ({@link TopicRetagger#recheck}), which finds what the run wrote late. It runs on this server's
   * scheduler, or here and now in a command that has none.
   */
  public void runEnded(FacetExtractor used) {
    LiveTopics.Current now = live.refresh();
    if (now.version() == used.topicsVersion()) {
      return;
    }
    retagger.recheck(now.version());
    if (jobs != null) {
      queueStep();
    } else {
      retagger.runToEnd();
    }
  }

  /** The scheduler job: take up a version saved elsewhere, then step a pending re-tag. */
  public void tick() {
    live.refresh();
    if (retagger.step()) {
      queueStep();
    }
  }

  /** Registers the periodic job; called by {@code Facetwire.startBackgroundJobs} (servers only). */
  public void runOn(Scheduler scheduler) {
    this.jobs = scheduler;
    scheduler.every("topics", Duration.ZERO, TICK, this::tick);
  }

  /** Runs the next re-tag step soon, behind the jobs queued already; at most one is queued. */
  private void queueStep() {
    Scheduler s = jobs;
    if (s != null && stepQueued.compareAndSet(false, true)) {
      if (!s.submit("topic re-tag", () -> {
        stepQueued.set(false);
        tick();
      })) {
        stepQueued.set(false);
      }
    }
  }

  private static String note(String given, String fallback) {
    return given == null || given.isBlank() ? fallback : given.strip();
  }
}
