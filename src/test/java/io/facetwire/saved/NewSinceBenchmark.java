package io.facetwire.saved;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import io.facetwire.Facetwire;
import io.facetwire.FacetwireConfig;
import io.facetwire.Json;
import io.facetwire.article.ArticleReaders;
import io.facetwire.article.ReadOptions;
import io.facetwire.engine.ElasticsearchSettings;
import io.facetwire.engine.Engine;
import io.facetwire.engine.IndexNames;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.ingest.ImportSummary;
import io.facetwire.ingest.Importer;
import io.facetwire.support.BrowserSession;
import io.facetwire.support.CountingClient;
import io.facetwire.support.MutableClock;
import io.facetwire.web.App;
import io.javalin.Javalin;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.stream.Stream;
import org.apache.http.HttpHost;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;

/**
 * What "new since your last visit" costs for 1, 10 and 100 saved searches on the Reuters-21578 corpus
 * (a program that prints figures, not a test). The corpus goes in as two imports an hour apart (on a
 * hand-moved clock); every saved search was last seen between them, so the second import is "new".
 *
 * <p>For each N it prints the Elasticsearch round trips of one count (through a client that counts real
 * HTTP requests) and its time: Facetwire's {@link NewSinceCounter} (one {@code _msearch}), the same
 * {@code _msearch} body sent pre-serialized with the low-level REST client (raw Elasticsearch), the
 * same request items built once and sent through the Java client (what the client adds), one
 * {@code _count} request per saved search (the naive way), and the whole {@code /saved} page over HTTP.
 *
 * <p>Usage: {@code NewSinceBenchmark [reuters-dir] [rounds]}, default {@code ../shared/data/reuters21578}, 50.
 */
public final class NewSinceBenchmark {

  private static final String OWNER = "bench@example.org";
  private static final Instant FIRST_IMPORT = Instant.parse("2026-05-01T08:00:00Z");

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/reuters21578");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted().toList();
    }
    Path data = Files.createTempDirectory("facetwire-newsince-bench");
    MutableClock clock = new MutableClock(FIRST_IMPORT);
    try (Engine engine = Engine.start(ElasticsearchSettings.embedded(), data, Json.mapper())) {
      Facetwire fw = Facetwire.onEngine(engine, new IndexNames("bench-"), FacetExtractor.loadDefault(), clock,
          FacetwireConfig.defaults());
      ImportSummary first = importFiles(fw.importer(), files.subList(0, files.size() / 2));
      clock.set(FIRST_IMPORT.plus(Duration.ofHours(1)));
      Instant lastVisit = clock.instant();
      clock.set(FIRST_IMPORT.plus(Duration.ofHours(2)));
      ImportSummary second = importFiles(fw.importer(), files.subList(files.size() / 2, files.size()));
      System.out.printf("Reuters-21578: %d articles indexed (%d before the last visit, %d after)%n",
          first.indexed() + second.indexed(), first.indexed(), second.indexed());

      List<SavedSearch> all = saveSearches(engine.client(), fw.names().savedSearches(), lastVisit);
      Javalin app = App.create(fw).start("127.0.0.1", 0);
      BrowserSession browser = new BrowserSession("http://127.0.0.1:" + app.port());
      browser.signUp(OWNER, "benchmark password");
      String url = engine.urls().get(0);
      CountingClient counting = new CountingClient(engine);
      String alias = fw.names().articles();
      SavedSearchQuery queries = new SavedSearchQuery(alias, FacetCatalog.standard());
      NewSinceCounter counter = new NewSinceCounter(counting.client(), alias, queries);
      RestClient raw = RestClient.builder(HttpHost.create(url)).setDefaultHeaders(new org.apache.http.Header[] {
          new org.apache.http.message.BasicHeader("Authorization", "ApiKey " + engine.settings().apiKey())}).build();

      // Warm the JIT on every path first, so no column pays for compiling the code the next one uses.
      setOwnerList(engine.client(), fw.names().savedSearches(), all, all.size());
      List<RequestItem> warmItems = items(all, queries, alias);
      String warmBody = msearchBody(all, queries, alias);
      for (int i = 0; i < 100; i++) {
        counter.counts(all);
        clientMsearch(counting.client(), warmItems);
        rawMsearch(raw, warmBody);
        countEach(counting.client(), alias, all.subList(0, 10), queries);
      }
      System.out.printf("%nrounds per figure: %d; times are medians (p90 in brackets), ms%n", rounds);
      System.out.printf("%-5s | %-24s | %-24s | %-7s | %-16s | %-24s | %-18s | %s%n", "N", "Facetwire _msearch",
          "raw ES _msearch", "ratio", "client, prebuilt", "one _count each", "GET /saved page", "new articles (sum)");
      for (int n : List.of(1, 10, 100)) {
        List<SavedSearch> some = all.subList(0, n);
        setOwnerList(engine.client(), fw.names().savedSearches(), all, n);
        long sum = counter.counts(some).values().stream().mapToLong(Long::longValue).sum();

        counting.reset();
        double[] app1 = time(rounds, () -> counter.counts(some).size());
        double tripsApp = counting.requests() / (double) (rounds + rounds / 5);

        String body = msearchBody(some, queries, alias);
        double[] rawT = time(rounds, () -> rawMsearch(raw, body));
        List<RequestItem> prebuilt = items(some, queries, alias);
        double[] clientT = time(rounds, () -> clientMsearch(counting.client(), prebuilt));

        counting.reset();
        double[] naive = time(rounds, () -> countEach(counting.client(), alias, some, queries));
        double tripsNaive = counting.requests() / (double) (rounds + rounds / 5);

        double[] page = time(Math.min(rounds, 20), () -> browser.get("/saved").status());

        System.out.printf("%-5d | %5.2f (%5.2f), %4.1f trips | %5.2f (%5.2f), 1 trip    | %5.2fx | %5.2f (%5.2f)    | %6.2f (%6.2f), %5.1f trips | %6.2f (%6.2f) | %d%n",
            n, app1[0], app1[1], tripsApp, rawT[0], rawT[1], app1[0] / rawT[0], clientT[0], clientT[1],
            naive[0], naive[1], tripsNaive, page[0], page[1], sum);
      }
      raw.close();
      counting.close();
      app.stop();
      fw.alerts().close();
    }
    System.out.println("\n(the machine has 2 cores shared with other work: figures are noisy; compare within a run)");
  }

  private static ImportSummary importFiles(Importer importer, List<Path> files) throws Exception {
    Importer.Run run = importer.start();
    for (Path f : files) {
      try (InputStream in = Files.newInputStream(f)) {
        ArticleReaders.forFile(f.getFileName().toString()).read(in, f.toString(), ReadOptions.NONE,
            run.forFile(f.getFileName().toString()));
      }
    }
    return run.finish();
  }

  /** 100 saved searches of the kinds people keep: words, words with a country, a topic, a country alone. */
  private static List<SavedSearch> saveSearches(ElasticsearchClient es, String index, Instant lastVisit)
      throws Exception {
    List<String> words = List.of("oil", "wheat", "dollar", "bank", "trade", "coffee", "gold", "interest rates",
        "merger", "earnings", "crude", "sugar", "tariff", "strike", "bonds", "yen", "opec", "grain", "copper",
        "acquisition", "dividend", "inflation", "deficit", "shipping", "steel");
    List<String> countries = List.of("United States", "Japan", "United Kingdom", "West Germany", "Canada");
    List<String> topics = List.of("oil", "trade", "banking", "agriculture", "currencies");
    List<String> queries = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String w = words.get(i % words.size()).replace(" ", "+");
      queries.add(switch (i % 4) {
        case 0 -> "q=" + w;
        case 1 -> "q=" + w + "&country=" + countries.get(i % countries.size()).replace(" ", "+");
        case 2 -> "q=" + w + "&topic=" + topics.get(i % topics.size());
        default -> "country=" + countries.get(i % countries.size()).replace(" ", "+") + "&sort=newest";
      });
    }
    List<SavedSearch> all = new ArrayList<>();
    List<BulkOperation> ops = new ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      SavedSearch s = new SavedSearch(String.format("bench%03d", i), "nobody", "search " + i, queries.get(i),
          lastVisit, lastVisit, null, lastVisit, null, null, false, null, null);
      all.add(s);
      ops.add(BulkOperation.of(b -> b.index(x -> x.index(index).id(s.id()).document(s))));
    }
    es.bulk(b -> b.operations(ops).refresh(Refresh.True));
    return all;
  }

  /** The first n saved searches belong to the benchmark user, the rest to nobody, so /saved lists n. */
  private static void setOwnerList(ElasticsearchClient es, String index, List<SavedSearch> all, int n)
      throws Exception {
    List<BulkOperation> ops = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      String owner = i < n ? OWNER : "nobody";
      String id = all.get(i).id();
      ops.add(BulkOperation.of(b -> b.update(u -> u.index(index).id(id)
          .action(a -> a.doc(java.util.Map.of("owner", owner))))));
    }
    es.bulk(b -> b.operations(ops).refresh(Refresh.True));
  }

  private static String msearchBody(List<SavedSearch> searches, SavedSearchQuery queries, String alias) {
    JacksonJsonpMapper mapper = new JacksonJsonpMapper(Json.mapper());
    StringBuilder ndjson = new StringBuilder();
    for (SavedSearch s : searches) {
      Query q = queries.ingestedBetween(s, s.seenUntil(), null);
      ndjson.append("{\"index\":\"").append(alias).append("\"}\n");
      ndjson.append("{\"size\":0,\"track_total_hits\":true,\"query\":").append(JsonpUtils.toJsonString(q, mapper))
          .append("}\n");
    }
    return ndjson.toString();
  }

  /** The same searches as the client's request items, built once: what the client itself adds. */
  private static List<RequestItem> items(List<SavedSearch> searches, SavedSearchQuery queries, String alias) {
    List<RequestItem> items = new ArrayList<>();
    for (SavedSearch s : searches) {
      Query q = queries.ingestedBetween(s, s.seenUntil(), null);
      items.add(RequestItem.of(r -> r.header(h -> h.index(alias))
          .body(b -> b.query(q).size(0).trackTotalHits(t -> t.enabled(true)))));
    }
    return items;
  }

  private static int clientMsearch(ElasticsearchClient es, List<RequestItem> items) {
    try {
      return es.msearch(m -> m.searches(items), Void.class).responses().size();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static int rawMsearch(RestClient raw, String body) {
    try {
      Request r = new Request("POST", "/_msearch");
      r.setEntity(new NStringEntity(body, ContentType.create("application/x-ndjson")));
      return raw.performRequest(r).getStatusLine().getStatusCode();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static int countEach(ElasticsearchClient es, String alias, List<SavedSearch> searches, SavedSearchQuery q) {
    long sum = 0;
    for (SavedSearch s : searches) {
      Query query = q.ingestedBetween(s, s.seenUntil(), null);
      try {
        sum += es.count(c -> c.index(alias).query(query)).count();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return (int) sum;
  }

  /** Warms up (a fifth of the rounds), then returns {median, p90} in milliseconds. */
  private static double[] time(int rounds, IntSupplier work) {
    for (int i = 0; i < rounds / 5; i++) {
      work.getAsInt();
    }
    double[] ms = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      work.getAsInt();
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    return new double[] {ms[rounds / 2], ms[(int) Math.min(rounds - 1, Math.round(rounds * 0.9))]};
  }
}
