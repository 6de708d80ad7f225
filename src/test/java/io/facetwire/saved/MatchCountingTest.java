package io.facetwire.saved;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.facet.FacetCatalog;
import io.facetwire.search.SearchRequestFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rule "a story is new once" without a server (the real-server tests are SavedSearchStoriesTest). */
class MatchCountingTest {

  private static final MatchCounting BY_STORY = MatchCounting.now(new SavedSearchQuery("articles",
      FacetCatalog.standard()));
  private static final MatchCounting BY_ARTICLE = MatchCounting.now(new SavedSearchQuery(
      new SearchRequestFactory("articles"), FacetCatalog.standard(), () -> false));

  @Test
  void aStoryWithAVersionBeforeTheMomentIsNotNewAgain() {
    MatchCounting.Since since = new MatchCounting.Since(3, List.of("a", "b", "c"));
    assertTrue(since.needsEarlier());
    MatchCounting.NewStories news = BY_STORY.newStories(since, Set.of("a"));
    assertEquals(2, news.count());
    assertEquals(Set.of("b", "c"), news.storyIds());
    assertFalse(news.isNew("a"), "a later copy of a story matched before");
    assertTrue(news.isNew("b"));
    assertEquals(0, BY_STORY.newStories(new MatchCounting.Since(1, List.of("a")), Set.of("a")).count(),
        "only later copies: nothing new");
  }

  @Test
  void beyondTheCapStoriesPastItCountAsNewUnchecked() {
    List<String> checked = new ArrayList<>();
    for (int i = 0; i < MatchCounting.CANDIDATES; i++) {
      checked.add("s" + i);
    }
    Set<String> earlier = new HashSet<>(checked.subList(0, 10));
    MatchCounting.NewStories news = BY_STORY.newStories(new MatchCounting.Since(1500, checked), earlier);
    assertEquals(1490, news.count(), "1,500 stories since, 10 of the checked 1,000 seen before");
    assertEquals(MatchCounting.CANDIDATES - 10, news.storyIds().size());
  }

  @Test
  void countingArticlesEveryMatchSinceIsNew() {
    MatchCounting.Since since = new MatchCounting.Since(5, List.of());
    assertFalse(since.needsEarlier(), "no second look");
    MatchCounting.NewStories news = BY_ARTICLE.newStories(since, Set.of());
    assertEquals(5, news.count());
    assertTrue(news.isNew("anything"));
    assertTrue(BY_ARTICLE.candidates().isEmpty(), "no story aggregation when counting articles");
    assertEquals(2, BY_STORY.candidates().size(), "distinct stories and the checked ones");
  }
}
