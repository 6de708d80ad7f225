package io.facetwire.sources.store;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.article.ArticleFields;
import io.facetwire.engine.EsCall;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles each source brought in the last day and week, counted from the articles themselves (their
 * {@code source} and {@code ingested_at}) in one search, so the figures are right whichever server
 * polled and survive restarts.
 */
public final class SourceActivity {

  /** Articles ingested from one source. */
  public record Counts(long lastDay, long lastWeek) {
    public static final Counts NONE = new Counts(0, 0);
  }

  private final ElasticsearchClient client;
  private final String articlesAlias;
  private final Clock clock;

  public SourceActivity(ElasticsearchClient client, String articlesAlias, Clock clock) {
    this.client = client;
    this.articlesAlias = articlesAlias;
    this.clock = clock;
  }

  public Map<String, Counts> byName(Collection<String> names) {
    if (names.isEmpty()) {
      return Map.of();
    }
    Instant now = clock.instant();
    String weekAgo = now.minus(Duration.ofDays(7)).toString();
    String dayAgo = now.minus(Duration.ofDays(1)).toString();
    List<FieldValue> values = names.stream().map(FieldValue::of).toList();
    var response = EsCall.run("count articles per source", () -> client.search(s -> s.index(articlesAlias).size(0)
        .query(q -> q.bool(b -> b.filter(f -> f.terms(t -> t.field("source").terms(v -> v.value(values))))
            .filter(f -> f.range(r -> r.date(d -> d.field(ArticleFields.INGESTED_AT).gte(weekAgo))))))
        .aggregations("per_source", a -> a.terms(t -> t.field("source").size(values.size()))
            .aggregations("last_day", d -> d.filter(f -> f.range(r -> r.date(x -> x.field(ArticleFields.INGESTED_AT)
                .gte(dayAgo)))))),
        ObjectNode.class));
    Map<String, Counts> out = new HashMap<>();
    for (StringTermsBucket b : response.aggregations().get("per_source").sterms().buckets().array()) {
      out.put(b.key().stringValue(), new Counts(b.aggregations().get("last_day").filter().docCount(), b.docCount()));
    }
    return out;
  }
}
