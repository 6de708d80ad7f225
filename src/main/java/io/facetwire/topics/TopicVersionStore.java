package io.facetwire.topics;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.facetwire.engine.EsCall;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The versions of the topic definitions in their own index ({@code index-mappings/topic-versions.json}),
 * shared by every server on the cluster, and the one re-tag state document beside them. A version's
 * document id is its number and is created, never overwritten: two admins saving at the same moment
 * on two servers get two numbers, not one lost edit.
 */
public final class TopicVersionStore {

  /** The versions page lists at most this many, newest first; older ones stay stored. */
  public static final int LISTED = 50;
  /** The id and kind of the stored version 0 (never listed among the saved versions). */
  static final String SHIPPED = "shipped";

  private final ElasticsearchClient client;
  private final String alias;
  private final Clock clock;

  public TopicVersionStore(ElasticsearchClient client, String alias, Clock clock) {
    this.client = client;
    this.alias = alias;
    this.clock = clock;
  }

  /** The newest saved version, if any was saved. */
  public Optional<TopicVersion> latest() {
    List<TopicVersion> one = list(1);
    return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
  }

  /** Saved versions, newest first. */
  public List<TopicVersion> list(int max) {
    return EsCall.run("list topic versions", () -> client.search(s -> s.index(alias).size(max)
        .query(q -> q.term(t -> t.field("kind").value(TopicVersion.KIND)))
        .sort(o -> o.field(f -> f.field("number").order(SortOrder.Desc))), TopicVersion.class))
        .hits().hits().stream().map(Hit::source).toList();
  }

  public Optional<TopicVersion> get(int number) {
    GetResponse<TopicVersion> r = EsCall.run("read a topic version",
        () -> client.get(g -> g.index(alias).id(id(number)), TopicVersion.class));
    return r.found() ? Optional.ofNullable(r.source()) : Optional.empty();
  }

  /**
   * Stores {@code text} as the next version (checked by the caller first) and returns it: a whole file, which
   * replaces whatever was saved meanwhile, so a number taken a moment ago elsewhere only moves it to the next.
   */
  public TopicVersion save(String text, String author, String note, Integer revertOf) {
    while (true) {
      // A number is taken only by a save that succeeded, so every turn of this loop is another's progress.
      int number = latest().map(TopicVersion::number).orElse(0) + 1;
      Optional<TopicVersion> v = create(number, text, author, note, revertOf);
      if (v.isPresent()) {
        return v.get();
      }
    }
  }

  /**
   * Stores {@code text}, made from version {@code base}, as version {@code base + 1}; empty, with nothing stored,
   * when that number is taken: another version was saved since {@code base}, and {@code text} (the whole file with
   * one topic's block edited) would undo it unseen. Session 29: twelve saves of one editor's text at once stored
   * eight versions, each dropping the others' edits (and the rest answered 503, "cannot reach Elasticsearch").
   */
  public Optional<TopicVersion> saveAfter(int base, String text, String author, String note) {
    return create(base + 1, text, author, note, null);
  }

  private Optional<TopicVersion> create(int number, String text, String author, String note, Integer revertOf) {
    TopicVersion v = TopicVersion.of(number, text, author, clock.instant(), note, revertOf);
    try {
      client.create(c -> c.index(alias).id(id(number)).document(v).refresh(Refresh.True));
      return Optional.of(v);
    } catch (ElasticsearchException | IOException e) {
      if (EsCall.isConflict(e)) {
        return Optional.empty();
      }
      throw EsCall.failure("save a topic version", e);
    }
  }

  /** Version 0 as stored ({@link ShippedTopics}), if any. */
  public Optional<TopicVersion> shipped() {
    GetResponse<TopicVersion> r = EsCall.run("read the shipped topics",
        () -> client.get(g -> g.index(alias).id(SHIPPED), TopicVersion.class));
    return r.found() ? Optional.ofNullable(r.source()) : Optional.empty();
  }

  /** Stores {@code text} as version 0, over the one stored before. */
  void putShipped(String text) {
    TopicVersion v = new TopicVersion(SHIPPED, 0, text, "facetwire", clock.instant(), "topics.txt shipped", null);
    EsCall.run("store the shipped topics",
        () -> client.index(i -> i.index(alias).id(SHIPPED).document(v).refresh(Refresh.True)));
  }

  /** The re-tag state with what a conditional write needs, or none before the first save. */
  public record Stored(RetagState state, long seqNo, long primaryTerm) {}

  public Optional<Stored> retag() {
    GetResponse<RetagState> r = EsCall.run("read the re-tag state",
        () -> client.get(g -> g.index(alias).id(RetagState.ID), RetagState.class));
    if (!r.found() || r.source() == null) {
      return Optional.empty();
    }
    return Optional.of(new Stored(r.source(), r.seqNo(), r.primaryTerm()));
  }

  public RetagState retagState() {
    return retag().map(Stored::state).orElse(RetagState.NONE);
  }

  /**
   * Writes the re-tag state if nobody changed it since {@code read} (null: only if there is none yet);
   * false when another server did, in which case that server's write stands.
   */
  public boolean putRetag(RetagState state, Stored read) {
    try {
      client.index(i -> {
        i.index(alias).id(RetagState.ID).document(state).refresh(Refresh.True);
        if (read == null) {
          i.opType(co.elastic.clients.elasticsearch._types.OpType.Create);
        } else {
          i.ifSeqNo(read.seqNo()).ifPrimaryTerm(read.primaryTerm());
        }
        return i;
      });
      return true;
    } catch (ElasticsearchException | IOException e) {
      if (EsCall.isConflict(e)) {
        return false;
      }
      throw EsCall.failure("store the re-tag state", e);
    }
  }

  private static String id(int number) {
    return "v" + number;
  }
}
