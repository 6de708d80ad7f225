package io.facetwire.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stored candidates of a batch whose documents the rule may read, worked out before it runs so they come in one
 * request: those it cannot decide on with what they have at hand ({@link StoryRule#decide} without reading: a
 * headline, exact dates or a body), and those of different stories whose first-seen order among the versions it
 * accepts for one article without reading their dates' milliseconds cannot tell ({@link MemberDates#firstSeenIfKnown}). A superset of what the grouping reads
 * (it asks the rule only about candidates seen before the first version found so far); anything it reads beyond them
 * comes from the index one document at a time, so the stories never depend on this.
 */
final class StoredReads {

  private StoredReads() {}

  /**
   * @param toLook the batch's articles that are looked up
   * @param stored the batch's stored candidates, filed by their keys
   * @param storedById the same by id (a re-imported article is among them under its own id)
   */
  static Set<StoryMember> wanted(List<StoryMember> toLook, StoryLedger stored, Map<String, StoryMember> storedById) {
    Set<StoryMember> wanted = new LinkedHashSet<>();
    for (StoryMember m : toLook) {
      StoryMember self = storedById.get(m.id);
      if (self != null && self.storyId != null) {
        continue; // re-imported: the rule is not asked
      }
      Set<StoryMember> seen = new java.util.HashSet<>();
      Set<StoryMember> joins = new LinkedHashSet<>();
      stored.visitCandidates(m, c -> {
        if (c.id.equals(m.id) || !seen.add(c)) {
          return;
        }
        // An article of this import comes after every stored one, no date read; one rewritten from the index (enrich)
        // has its stored date, which a candidate's millisecond may not order: then the grouping reads the
        // candidate's exact dates if the rule may put the two in one story, so they come with the others.
        Integer order = MemberDates.firstSeenIfKnown(c, m);
        if (order != null && order >= 0) {
          return;
        }
        StoryRule.Decision d = StoryRule.decide(m, c, false);
        if (d == StoryRule.Decision.NOT_AT_HAND || order == null && d == StoryRule.Decision.SAME) {
          wanted.add(c);
        }
        if (d == StoryRule.Decision.SAME) {
          joins.add(c);
        }
      });
      // Among those it puts in m's story without reading: one whose document it reads may join them too, and then
      // need their exact dates; the grouping reads those on demand (rare: a stored correction notice is in most
      // batches' candidates, and nearly all of them turn out apart once their bodies are read).
      if (joins.size() > 1) {
        wanted.addAll(orderUnknown(joins));
      }
    }
    return wanted;
  }

  /**
   * The members without exact dates whose first-seen order among these their known dates cannot tell, and which are of
   * different stories: the first-seen of one story is not needed to know its story (the grouping reads the exact
   * dates of versions in no known order only when they are of more than one story). Two members in different
   * milliseconds of {@code ingested_at} (or one without) are in a known order, so only members of the same
   * millisecond are compared with each other (a batch's candidates are mostly in one each).
   */
  private static Set<StoryMember> orderUnknown(Set<StoryMember> members) {
    Map<Long, List<StoryMember>> byMillisecond = new HashMap<>();
    for (StoryMember c : members) {
      java.time.Instant at = c.ingestedAtAsKnown();
      byMillisecond.computeIfAbsent(at == null ? Long.MIN_VALUE : MemberDates.floorMillis(at),
          k -> new ArrayList<>(1)).add(c);
    }
    Set<StoryMember> out = new LinkedHashSet<>();
    for (List<StoryMember> same : byMillisecond.values()) {
      for (int i = 0; i < same.size(); i++) {
        for (int j = i + 1; j < same.size(); j++) {
          if (!same.get(i).story().equals(same.get(j).story())
              && MemberDates.firstSeenIfKnown(same.get(i), same.get(j)) == null) {
            for (StoryMember c : List.of(same.get(i), same.get(j))) {
              if (!c.datesExact()) {
                out.add(c); // its exact dates tell; an exact one needs nothing
              }
            }
          }
        }
      }
    }
    return out;
  }
}
