package io.facetwire.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.Json;
import io.facetwire.article.Article;
import io.facetwire.article.ArticleFields;
import io.facetwire.engine.ArticleDocuments;
import io.facetwire.engine.ArticleWriter;
import io.facetwire.engine.BulkSender;
import io.facetwire.engine.IndexBootstrap;
import io.facetwire.engine.IndexNames;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.support.TestEngine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Stored candidates are looked up by the fingerprint's 20 block keys, without the full fingerprint's key ({@code f:}):
 * on the real node, with Reuters stories stored by the real writer, the look-up finds exactly the stored articles that
 * the look-up with the full key as well found, for exact copies, fingerprints one to three bits apart (in one block or
 * spread over three) and fingerprints four bits apart (found only when their blocks happen to share keys); every stored
 * article within the rule's distance is among them; and copies, exact or a few bits apart, join their stored story.
 */
class StoryLookupBlockKeysTest {

  private static final int STORED = 300;
  private static final Instant LATER = Instant.parse("2031-06-01T12:00:00Z");

  private static ElasticsearchClient client;
  private static String alias;
  /** The stored articles, in the order they were read. */
  private static List<Article> stored;
  /** Each stored article's fingerprint as stored (its {@code f:} key) and its stored story. */
  private static final Map<String, Long> FINGERPRINTS = new LinkedHashMap<>();
  private static final Map<String, String> STORIES = new LinkedHashMap<>();

  private static IndexNames names;

  @AfterAll
  static void deleteIndices() {
    TestEngine.deleteIndices(names.prefix());
  }

  @BeforeAll
  static void storeReutersStories() throws Exception {
    names = new IndexNames(TestEngine.uniquePrefix());
    new IndexBootstrap(TestEngine.get().client(), Json.mapper()).ensureIndices(names);
    client = TestEngine.get().client();
    alias = names.articles();
    Path fixtures = Path.of(StoryLookupBlockKeysTest.class.getResource("/fixtures/reut2-000.sgm").toURI()).getParent();
    stored = StoryCorpora.reuters(fixtures).subList(0, STORED);
    ArticleWriter.Session session = new ArticleWriter(client, BulkSender.on(TestEngine.get()), alias,
        new ArticleDocuments(Json.mapper(), FacetCatalog.standard()), Clock.systemUTC()).open();
    int n = 0;
    for (Article a : stored) {
      session.add(a, new ArticleWriter.Origin("reut2-000.sgm", "record " + ++n, n));
    }
    assertEquals(STORED, session.finish().indexed()); // finish refreshes: all searchable
    for (Hit<ObjectNode> hit : client.search(s -> s.index(alias).size(STORED + 10), ObjectNode.class).hits().hits()) {
      List<String> keys = new ArrayList<>();
      hit.source().path(NearDuplicateKeys.FIELD).forEach(k -> keys.add(k.asText()));
      FINGERPRINTS.put(hit.id(), NearDuplicateKeys.fingerprint(keys).orElseThrow());
      STORIES.put(hit.id(), hit.source().path(ArticleFields.STORY_ID).asText());
    }
    assertEquals(STORED, FINGERPRINTS.size());
  }

  @Test
  void theBlockKeysFindWhatTheFullKeyFoundAndEveryStoredArticleWithinTheRulesDistance() throws Exception {
    // One new article per stored one, of five kinds in turn, so that no stored article is found by another kind's
    // key: an exact copy (its full key too), one bit apart, one bit in each of three blocks, three bits in one block,
    // four bits anywhere (beyond the rule; found only when three blocks stay whole).
    List<StoryMember> batch = new ArrayList<>();
    Random random = new Random(37);
    List<Long> bases = new ArrayList<>(FINGERPRINTS.values()).subList(0, 150);
    for (int b = 0; b < bases.size(); b++) {
      long fingerprint = bases.get(b);
      long flipped = switch (b % 5) {
        case 0 -> 0L;
        case 1 -> 1L << random.nextInt(64);
        case 2 -> threeBitsKeeping(b / 5 % 20, random);
        case 3 -> threeBitsInOneBlock(random);
        default -> fourBits(random);
      };
      batch.add(probe(b, fingerprint ^ flipped));
    }

    Set<String> found = ids(new StoryLookup(client, alias).candidates(batch));

    assertEquals(withTheFullKey(batch), found, "the same stored articles as the look-up by the full key and the blocks");
    int near = 0;
    for (StoryMember m : batch) {
      for (Map.Entry<String, Long> s : FINGERPRINTS.entrySet()) {
        if (SimHash.distance(m.fingerprint, s.getValue()) <= StoryRule.NEAR_BITS) {
          near++;
          assertTrue(found.contains(s.getKey()), s.getKey() + " is within " + StoryRule.NEAR_BITS + " bits of " + m.id);
        }
      }
    }
    assertTrue(near >= bases.size() * 4 / 5, "every exact copy and every copy 1-3 bits apart has its stored version: " + near);
  }

  @Test
  void copiesAndEditedCopiesAYearLaterJoinTheirStoredStory() {
    List<Article> copies = new ArrayList<>();
    Map<String, String> expected = new LinkedHashMap<>();
    int edited = 0;
    for (Article a : stored.subList(0, 150)) {
      long fingerprint = FINGERPRINTS.get(a.id());
      String body = copies.size() % 2 == 0 ? a.body() : editedBody(a, fingerprint);
      if (body == null) {
        continue;
      }
      edited += body.equals(a.body()) ? 0 : 1;
      String id = a.id() + "-copy";
      copies.add(Article.fromInput(id, null, a.title(), body, "Wire", a.publishedAt().plus(Duration.ofDays(365)),
          Map.of()));
      expected.put(id, firstSeenStoredStory(StoryRule.fingerprint(a.title(), body)));
    }
    assertTrue(edited >= 30, "copies a few bits apart from their stored version: " + edited);

    Map<String, String> stories = new LinkedHashMap<>();
    for (StoryGrouping.Grouped g : new StoryGrouping(client, alias).open().assign(copies)) {
      stories.put(g.article().id(), g.article().storyId());
    }

    assertEquals(expected, stories);
  }

  /**
   * The body with a word added at its end, the first such whose fingerprint is one to three bits from the stored one
   * (a copy with a credit line, as syndication adds): found by block keys only, not by the full fingerprint's. Null
   * when no word does it.
   */
  private static String editedBody(Article a, long fingerprint) {
    for (String word : List.of("Reuters", "said", "today", "AP", "More", "End", "Copyright", "Wire", "Update", "Ends")) {
      String body = a.body() + " " + word;
      int apart = SimHash.distance(StoryRule.fingerprint(a.title(), body), fingerprint);
      if (apart >= 1 && apart <= StoryRule.NEAR_BITS) {
        return body;
      }
    }
    return null;
  }

  /**
   * The story of the first-seen stored article within the rule's distance of this fingerprint (a year earlier, so no
   * other part of the rule applies): all were written in one batch (one {@code ingested_at}), so the earliest
   * published, then the smallest id, as {@link StoryMember#firstSeen} orders them.
   */
  private static String firstSeenStoredStory(long fingerprint) {
    Article first = stored.stream()
        .filter(a -> SimHash.distance(FINGERPRINTS.get(a.id()), fingerprint) <= StoryRule.NEAR_BITS)
        .min(Comparator.comparing(Article::publishedAt).thenComparing(Article::id)).orElseThrow();
    return STORIES.get(first.id());
  }

  /** What the look-up found before: the stored articles under any key of the batch's fingerprints, the full one too. */
  private static Set<String> withTheFullKey(List<StoryMember> batch) throws Exception {
    Set<String> keys = new LinkedHashSet<>();
    for (StoryMember m : batch) {
      keys.addAll(NearDuplicateKeys.of(m.fingerprint, false));
    }
    List<FieldValue> terms = keys.stream().map(FieldValue::of).toList();
    Set<String> out = new TreeSet<>();
    client.search(s -> s.index(alias).size(StoryLookup.MAX_CANDIDATES)
        .query(q -> q.terms(t -> t.field(NearDuplicateKeys.FIELD).terms(v -> v.value(terms)))), ObjectNode.class)
        .hits().hits().forEach(h -> out.add(h.id()));
    return out;
  }

  /**
   * A new article with this fingerprint, whose headline and date no stored article shares (years later, no mark), so
   * only its fingerprint's keys can find anything.
   */
  private static StoryMember probe(int i, long fingerprint) {
    return new StoryMember("probe-" + i, null, fingerprint, "Probe " + i, "", LATER, null, i);
  }

  private static final int[] BLOCK_START = {0, 11, 22, 33, 44, 54};
  private static final int[] BLOCK_BITS = {11, 11, 11, 11, 10, 10};

  /**
   * One bit in each of the three blocks outside the {@code choice}-th choice of three ({@link NearDuplicateKeys}' order:
   * 012, 013, ... 345): the fingerprint keeps that choice's key alone, so each of the 20 block keys is, for some
   * member, the only key that finds its stored version.
   */
  private static long threeBitsKeeping(int choice, Random random) {
    int n = 0;
    for (int a = 0; a < 6; a++) {
      for (int b = a + 1; b < 6; b++) {
        for (int c = b + 1; c < 6; c++) {
          if (n++ == choice) {
            long mask = 0;
            for (int block = 0; block < 6; block++) {
              if (block != a && block != b && block != c) {
                mask |= 1L << (BLOCK_START[block] + random.nextInt(BLOCK_BITS[block]));
              }
            }
            return mask;
          }
        }
      }
    }
    throw new IllegalArgumentException("choice " + choice);
  }

  /** Three distinct bits of one block: five of the six blocks, so ten block keys, stay. */
  private static long threeBitsInOneBlock(Random random) {
    int block = random.nextInt(6);
    long mask = 0;
    while (Long.bitCount(mask) < 3) {
      mask |= 1L << (BLOCK_START[block] + random.nextInt(BLOCK_BITS[block]));
    }
    return mask;
  }

  private static long fourBits(Random random) {
    long mask = 0;
    while (Long.bitCount(mask) < 4) {
      mask |= 1L << random.nextInt(64);
    }
    return mask;
  }

  private static Set<String> ids(List<StoryMember> members) {
    Set<String> out = new TreeSet<>();
    members.forEach(m -> out.add(m.id));
    return out;
  }
}
