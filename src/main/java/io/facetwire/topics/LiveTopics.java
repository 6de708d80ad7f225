package io.facetwire.topics;

import io.facetwire.extract.DefinitionException;
import io.facetwire.extract.FacetExtractor;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extractor this server uses now, with the topic version it was built from. The newest saved
 * version replaces it in one atomic swap: whoever took the extractor before (an import run, a re-tag
 * step) finishes with it, whoever takes it after gets the new one; nobody sees half of each.
 *
 * <p>Version 0 is the definition file the server was started with (built-in {@code topics.txt} or
 * {@code FACETWIRE_TAXONOMY}). Once an admin saved a version, the newest saved one is used by every
 * server and command on the cluster: {@link #refresh()} looks for it, at start and on every scheduler
 * tick.
 */
public final class LiveTopics {

  private static final Logger LOG = LoggerFactory.getLogger(LiveTopics.class);

  /** An extractor and the version its topics come from. */
  public record Current(int version, FacetExtractor extractor) {}

  private final FacetExtractor base;
  private final TopicVersionStore store;
  private final AtomicReference<Current> current;
  private volatile String problem;

  public LiveTopics(FacetExtractor base, TopicVersionStore store) {
    this.base = base;
    this.store = store;
    this.current = new AtomicReference<>(new Current(0, base));
  }

  public Current current() {
    return current.get();
  }

  public FacetExtractor extractor() {
    return current.get().extractor();
  }

  /** The definition file the server started with: version 0. */
  public FacetExtractor base() {
    return base;
  }

  /** Why the newest saved version could not be used here, or null (shown on the admin page). */
  public String problem() {
    return problem;
  }

  /** Takes up the newest saved version if it is not the one in use; returns the one in use after. */
  public Current refresh() {
    Optional<TopicVersion> latest = store.latest();
    if (latest.isPresent() && latest.get().number() != current.get().version()) {
      use(latest.get());
    }
    return current.get();
  }

  /** Swaps in {@code version} (already checked when it was saved; checked again, as the code may differ). */
  public Current use(TopicVersion version) {
    try {
      FacetExtractor next = base.withTopics(version.text(), "version " + version.number(), version.number());
      Current now = new Current(version.number(), next);
      // Never go back to an older version when two refreshes race: the higher number wins.
      Current was = current.getAndUpdate(c -> c.version() > now.version() ? c : now);
      if (was.version() < now.version()) {
        LOG.info("Topic definitions: now version {} (was {})", now.version(), was.version());
      }
      problem = null;
    } catch (DefinitionException e) {
      problem = "Version " + version.number() + " cannot be used by this server: " + e.getMessage();
      LOG.warn(problem);
    }
    return current.get();
  }

  /** An extractor for a candidate text, or the definition error (line and reason). */
  public FacetExtractor candidate(String text) {
    return base.withTopics(text, "the edited definitions");
  }
}
