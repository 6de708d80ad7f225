package io.facetwire.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.article.Article;
import io.facetwire.sources.FeedFixtures;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimHashTest {

  static final List<Article> WIKI = FeedFixtures.wikinews();

  @Test
  void aSyndicatedCopyIsNearAndOtherStoriesAreNot() {
    Article a = WIKI.get(0);
    long original = SimHash.of(a.body());
    assertEquals(0, SimHash.distance(original, SimHash.of(a.body())));
    // The same wire story in another outlet: its own dateline line and a credit line at the end.
    long copy = SimHash.of("MAGNITOGORSK (Wire) - " + a.body() + "\nReporting by staff; editing by the desk.");
    assertTrue(SimHash.near(original, copy), "distance " + SimHash.distance(original, copy));
    int nearOthers = 0;
    for (Article other : WIKI.subList(1, 100)) {
      nearOthers += SimHash.near(original, SimHash.of(other.body())) ? 1 : 0;
    }
    assertEquals(0, nearOthers);
  }

  @Test
  void nearFingerprintsShareABand() {
    long x = SimHash.of(WIKI.get(5).body());
    long y = x ^ (1L << 3) ^ (1L << 20) ^ (1L << 40); // three bits apart, in three different bands
    assertTrue(SimHash.near(x, y));
    List<String> bx = Arrays.asList(SimHash.bands(x));
    assertTrue(Arrays.stream(SimHash.bands(y)).anyMatch(bx::contains));
    long far = ~x;
    assertFalse(Arrays.stream(SimHash.bands(far)).anyMatch(bx::contains));
  }
}
