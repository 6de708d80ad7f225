package io.facetwire.story;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.facetwire.article.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every article its story at ingest: the {@code story_id} of the first-seen article among its
 * versions ({@link StoryRule}), or its own id. Runs on the writer's thread, a batch at a time: one search
 * for the batch's stored candidates ({@link StoryLookup}), the import's own earlier articles from memory
 * ({@link StoryLedger}), each candidate confirmed by the rule.
 *
 * <p>"First seen" is the earliest {@code ingested_at} (then publication date, then id), so a back-fill
 * of an existing index (the {@code enrich} command), which meets articles in id order, gives the same
 * stories as ingesting them one by one would. An article that already has a story keeps it; a
 * re-imported article keeps its stored one. Two imports running at the same moment may each start a
 * story for the same copy (neither can see the other's unrefreshed writes): rare, and the next
 * version joins the earlier one.
 */
public final class StoryGrouping {

  private static final Logger LOG = LoggerFactory.getLogger(StoryGrouping.class);
  /** The writer is at most a few batches ahead of the index's refresh: this covers them. */
  static final int LEDGER_CAPACITY = 5_000;
  private static final Comparator<StoryMember> FIRST_SEEN = MemberDates::firstSeen;

  /** The keyword field of the near-duplicate keys. */
  public static final String KEYS_FIELD = NearDuplicateKeys.FIELD;

  private final StoredCandidates lookup;

  public StoryGrouping(ElasticsearchClient client, String alias) {
    this(new StoryLookup(client, alias));
  }

  /** With stored candidates from elsewhere: none at all, to measure the grouping's own work. */
  StoryGrouping(StoredCandidates lookup) {
    this.lookup = lookup;
  }

  /** Where a batch's stored candidates come from: the index, in one search ({@link StoryLookup}). */
  interface StoredCandidates {
    List<StoryMember> candidates(List<StoryMember> batch) throws java.io.IOException;

    /**
     * Gives these candidates what they do not have at hand (headline, exact dates, and their bodies when
     * {@code withBodies}), in one request.
     */
    default void complete(java.util.Collection<StoryMember> candidates, boolean withBodies) throws java.io.IOException {
      for (StoryMember c : candidates) {
        c.body(); // reads the rest of its document too
      }
    }
  }

  public Session open() {
    return new Session();
  }

  /** The near-duplicate keys an article is stored with ({@code near_dup}). */
  public static List<String> keys(Article article) {
    return NearDuplicateKeys.of(StoryRule.fingerprint(article.title(), article.body()),
        StoryRule.headlineKey(article.title()), StoryRule.withoutVersionMark(article.title()) != null);
  }

  /** An article with its story set, and the near-duplicate keys it is to be stored with. */
  public record Grouped(Article article, List<String> keys) {}

  /** One import's grouping: remembers the import's own articles until the index has them. */
  public final class Session {
    private final StoryLedger ledger = new StoryLedger(LEDGER_CAPACITY);
    private long seen;

    private Session() {}

    /**
     * The batch with every article's story set, and its stored keys made from the fingerprint the grouping
     * took anyway (the fingerprint is the costly part: once per article). Never fails: without the index,
     * each article is its own story.
     */
    public List<Grouped> assign(List<Article> batch) {
      List<StoryMember> members = new ArrayList<>(batch.size());
      List<StoryMember> toLook = new ArrayList<>();
      for (Article a : batch) {
        StoryMember m = member(a, seen++);
        members.add(m);
        if (a.storyId() == null) {
          toLook.add(m);
        }
      }
      StoryLedger stored = new StoryLedger(Integer.MAX_VALUE);
      Map<String, StoryMember> storedById = new HashMap<>();
      for (StoryMember c : storedCandidates(toLook)) {
        stored.add(c);
        storedById.put(c.id, c);
      }
      if (!readTogether(toLook, stored, storedById)) {
        stored = new StoryLedger(Integer.MAX_VALUE);
        storedById.clear();
      }
      List<Grouped> out = new ArrayList<>(batch.size());
      for (int i = 0; i < batch.size(); i++) {
        Article a = batch.get(i);
        StoryMember m = members.get(i);
        String story = a.storyId() != null ? a.storyId() : storyOf(m, stored, storedById.get(m.id));
        out.add(new Grouped(story.equals(a.storyId()) ? a : a.withStoryId(story), m.keys()));
        ledger.add(m.inStory(story));
      }
      return out;
    }

    /**
     * Completes the stored candidates whose documents the rule may read for this batch ({@link StoredReads}): first,
     * in one request, the headlines and exact dates of those without their headline's words as doc values (stored
     * before {@link HeadlineWords}); then, in one more, the documents with bodies of those the rule still reads. A
     * marked article has the rule compare its headline with every stored article of the days around it, and most of
     * those need no body: reading all their bodies with their headlines read every body the old search read (session
     * 37, Reuters copies of the same days). What the rule reads beyond them comes from the index one at a time, so the
     * outcome never depends on this. False when a request failed: the batch is then grouped as if its look-up had
     * failed.
     */
    private boolean readTogether(List<StoryMember> toLook, StoryLedger stored, Map<String, StoryMember> storedById) {
      if (storedById.isEmpty()) {
        return true;
      }
      java.util.Set<StoryMember> wanted = java.util.Set.of();
      try {
        wanted = StoredReads.wanted(toLook, stored, storedById);
        java.util.Set<StoryMember> headlines = new java.util.LinkedHashSet<>();
        for (StoryMember c : wanted) {
          if (!c.headlineWordsAtHand()) {
            headlines.add(c);
          }
        }
        if (!headlines.isEmpty()) {
          lookup.complete(headlines, false);
          wanted = StoredReads.wanted(toLook, stored, storedById);
        }
        lookup.complete(wanted, true);
        return true;
      } catch (java.io.IOException | RuntimeException e) {
        LOG.warn("Reading {} stored stories failed ({}); these {} articles start stories of their own",
            wanted.size(), e.toString(), toLook.size());
        return false;
      }
    }

    private String storyOf(StoryMember m, StoryLedger stored, StoryMember self) {
      if (self != null && self.storyId != null) {
        return self.storyId; // re-imported: its story stays
      }
      // The first-seen version seen before m, if any: a candidate seen later than m, or than the first one
      // found so far, cannot be it, so the rule (word sets, for marked headlines) is not asked about it.
      FirstSeenVersion first = new FirstSeenVersion(m);
      String story;
      try {
        stored.visitCandidates(m, first);
        ledger.visitCandidates(m, first); // against a stored one found first, a member may read its exact dates
        story = first.story();
      } catch (java.io.UncheckedIOException e) {
        // A stored document the rule read could not be read: as if the look-up had failed, for this article. The
        // ledger's members are this import's own, all at hand: comparing them alone reads nothing.
        LOG.warn("Looking up {}'s stored stories failed ({}); only this import's own articles are compared", m.id,
            e.toString());
        first = new FirstSeenVersion(m);
        ledger.visitCandidates(m, first);
        story = first.story();
      }
      return story != null ? story : m.id;
    }

    private List<StoryMember> storedCandidates(List<StoryMember> batch) {
      try {
        return lookup.candidates(batch);
      } catch (java.io.IOException | RuntimeException e) {
        LOG.warn("Looking up stories failed ({}); these {} articles start stories of their own", e.toString(),
            batch.size());
        return List.of();
      }
    }
  }

  /**
   * The story of the earliest-seen candidate that came before {@code m} and that the rule puts in its story. The
   * first-seen order is total (ids break ties), so the answer is the same in whatever order, and however often, the
   * candidates are shown. A light candidate knows its dates to the millisecond: versions ingested in the same one
   * (a bulk request's) are in no known order, so it keeps every version found that no other found is known to precede
   * ({@link #earliest}); the first-seen is one of them, and when they are all of one story, that story is the answer
   * without their exact dates. Only versions of different stories in one millisecond have theirs read.
   */
  private static final class FirstSeenVersion implements java.util.function.Consumer<StoryMember> {
    private final StoryMember m;
    /** Versions found, none known to come after another: the first-seen version found is among them. */
    private final List<StoryMember> earliest = new ArrayList<>(2);

    FirstSeenVersion(StoryMember m) {
      this.m = m;
    }

    @Override
    public void accept(StoryMember c) {
      if (c.id.equals(m.id)) {
        return;
      }
      // Seen before m, and not after a version found so far? Only then is the rule asked. A stored candidate's exact
      // dates are read for its order with m only when their milliseconds cannot tell and the rule puts it in m's story.
      Integer beforeM = MemberDates.firstSeenIfKnown(c, m);
      if (beforeM != null && beforeM >= 0) {
        return;
      }
      for (StoryMember e : earliest) {
        Integer afterE = MemberDates.firstSeenIfKnown(c, e);
        if (afterE != null && afterE >= 0) {
          return; // after a version found (or that version, shown again): not the first seen
        }
      }
      if (!StoryRule.sameStory(m, c) || beforeM == null && FIRST_SEEN.compare(c, m) >= 0) {
        return;
      }
      earliest.removeIf(e -> {
        Integer afterC = MemberDates.firstSeenIfKnown(e, c);
        return afterC != null && afterC > 0;
      });
      earliest.add(c);
    }

    /** The first-seen version's story, or null when none was found. */
    String story() {
      if (earliest.isEmpty()) {
        return null;
      }
      StoryMember first = earliest.get(0);
      boolean oneStory = true;
      for (StoryMember e : earliest) {
        oneStory &= e.story().equals(first.story());
      }
      if (!oneStory) {
        for (StoryMember e : earliest) {
          if (FIRST_SEEN.compare(e, first) < 0) { // their exact dates (read if not at hand)
            first = e;
          }
        }
      }
      return first.story();
    }
  }

  private static StoryMember member(Article a, long seq) {
    return new StoryMember(a.id(), a.storyId(), StoryRule.fingerprint(a.title(), a.body()), a.title(), a.body(),
        a.publishedAt(), a.ingestedAt(), seq);
  }
}
