package io.facetwire.sources;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.facetwire.Json;
import io.facetwire.account.Tokens;
import io.facetwire.engine.IndexNames;
import io.facetwire.ingest.Importer;
import io.facetwire.net.OutboundAddress;
import io.facetwire.sources.extract.PageExtractor;
import io.facetwire.sources.fetch.PoliteFetcher;
import io.facetwire.sources.parse.FeedParser;
import io.facetwire.sources.poll.SourcePoller;
import io.facetwire.sources.poll.SourceScheduler;
import io.facetwire.sources.store.Source;
import io.facetwire.sources.store.SourceActivity;
import io.facetwire.sources.store.SourceInput;
import io.facetwire.sources.store.SourceLeases;
import io.facetwire.sources.store.SourceStore;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;

/**
 * Live sources (issue 13): feeds and news sitemaps that Facetwire polls by itself. The pieces follow
 * the data: {@code fetch} (polite HTTP) -> {@code parse} (feed formats) -> {@code extract} (article
 * pages) -> the import pipeline; {@code store} keeps sources, status and leases in Elasticsearch;
 * {@code poll} decides when and who polls.
 */
public final class Sources implements AutoCloseable {

  /** An admin's input that cannot become a source; the message is for the form or the CLI. */
  public static final class InvalidSource extends RuntimeException {
    public InvalidSource(String message) {
      super(message);
    }
  }

  private final SourcesConfig config;
  private final SourceStore store;
  private final SourceActivity activity;
  private final SourcePoller poller;
  private final SourceScheduler scheduler;

  public Sources(ElasticsearchClient client, IndexNames names, Importer importer, SourcesConfig config, Clock clock) {
    this.config = config;
    this.store = new SourceStore(client, names.sources(), clock);
    this.activity = new SourceActivity(client, names.articles(), clock);
    SourceLeases leases = new SourceLeases(store, serverId(), config.leaseTtl());
    this.poller = new SourcePoller(new PoliteFetcher(config.fetch(), clock), new FeedParser(Json.mapper()),
        PageExtractor.standard(Json.mapper()), importer, client, names.articles(), leases, clock);
    this.scheduler = new SourceScheduler(store, leases, poller, clock, config.pollers());
  }

  /** Who holds a lease: this machine's name and a random part, new at every start. */
  private static String serverId() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "server";
    }
    return host + "-" + Tokens.random().substring(0, 8);
  }

  /** Checks the input (including the private-address rule) and adds the source. */
  public Source add(String name, String url, int intervalMinutes, String addedBy) {
    String problem = problemWith(name, url, intervalMinutes, config.fetch().allowPrivate());
    if (problem != null) {
      throw new InvalidSource(problem);
    }
    try {
      return store.add(name, url, intervalMinutes, addedBy);
    } catch (SourceStore.DuplicateSource e) {
      throw new InvalidSource(e.getMessage());
    }
  }

  /** Null when the input can become a source, else the reason (no Elasticsearch needed). */
  public static String problemWith(String name, String url, int intervalMinutes, boolean allowPrivate) {
    String problem = SourceInput.problemWith(name, url, intervalMinutes);
    if (problem == null && !allowPrivate) {
      OutboundAddress.Refusal refusal = OutboundAddress.check(url.strip(), false);
      if (refusal != null) {
        problem = refusal.forSource();
      }
    }
    return problem;
  }

  public SourcesConfig config() {
    return config;
  }

  public SourceStore store() {
    return store;
  }

  public SourceActivity activity() {
    return activity;
  }

  public SourcePoller poller() {
    return poller;
  }

  public SourceScheduler scheduler() {
    return scheduler;
  }

  @Override
  public void close() {
    scheduler.close();
  }
}
