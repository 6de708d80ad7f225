package io.facetwire.topics;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Version 0 as the index knows it: the {@code topics.txt} that saved versions started from, stored
 * beside them. A saved version takes precedence over the definition file a server starts with, so
 * without this an upgrade that ships a better {@code topics.txt} would be ignored in silence. At start
 * the file this server ships is compared (by {@link DefinitionDigest}) with the stored version 0:
 * <ul>
 *   <li>none stored yet: this file is stored as version 0;</li>
 *   <li>different, and no version was ever saved: nothing takes precedence, the new file is in use and
 *       becomes version 0;</li>
 *   <li>different while a saved version is in use: the log and {@code /admin/topics} say so, with the
 *       one-click choice to adopt the shipped file (a new version, re-tagged like any save) or to keep
 *       the saved version (the shipped file becomes version 0, and the notice goes).</li>
 * </ul>
 */
public final class ShippedTopics {

  private static final Logger LOG = LoggerFactory.getLogger(ShippedTopics.class);

  private final TopicVersionStore store;
  private final LiveTopics live;

  ShippedTopics(TopicVersionStore store, LiveTopics live) {
    this.store = store;
    this.live = live;
  }

  /** The comparison at start, with what it finds in the log. */
  void check() {
    String shipped = live.base().topicsText();
    Optional<TopicVersion> stored = store.shipped();
    if (stored.isPresent() && same(stored.get().text(), shipped)) {
      return;
    }
    Optional<TopicVersion> latest = store.latest();
    if (stored.isEmpty() || latest.isEmpty()) {
      if (stored.isPresent()) {
        LOG.info("Topic definitions: the topics.txt shipped with this Facetwire is new; no version was saved, "
            + "so it is in use as version 0");
      }
      store.putShipped(shipped);
      return;
    }
    LOG.warn(notice(latest.get()).orElseThrow());
  }

  /** What to tell an admin, or empty when the shipped file is version 0 or no saved version hides it. */
  public Optional<String> notice() {
    Optional<TopicVersion> stored = store.shipped();
    if (stored.isEmpty() || same(stored.get().text(), live.base().topicsText())) {
      return Optional.empty();
    }
    return store.latest().flatMap(this::notice);
  }

  private Optional<String> notice(TopicVersion latest) {
    return Optional.of("The topics.txt shipped with this Facetwire (" + DefinitionDigest.of(live.base().topicsText())
        + ") differs from version 0 stored in the index (" + DefinitionDigest.of(store.shipped().map(TopicVersion::text)
        .orElse("")) + "), the file the saved versions started from; saved version " + latest.number()
        + " stays in use. On /admin/topics: adopt the shipped file as a new version, or keep version "
        + latest.number() + ".");
  }

  /** The shipped file becomes version 0; the caller saves it as a new version when adopting it. */
  void acknowledge() {
    store.putShipped(live.base().topicsText());
  }

  private static boolean same(String a, String b) {
    return DefinitionDigest.of(a).equals(DefinitionDigest.of(b));
  }
}
