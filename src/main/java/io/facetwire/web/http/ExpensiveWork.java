package io.facetwire.web.http;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.facetwire.FacetwireConfig;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.search.SearchState;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * Work that can keep Elasticsearch busy for seconds (CSV exports, wildcard searches, large extractions)
 * runs at most {@code expensivePerAddress} at a time per holder — a signed-in account, else the client
 * address — and {@code expensiveTotal} at a time over all clients, of which visitors who are not signed in
 * hold at most {@link #anonymousShare} together, whatever addresses they come from. So one visitor cannot
 * fill Elasticsearch's search threads (on two cores there are four) and starve everyone's ordinary
 * searches, which never wait here; and a visitor with several networks, who can be every address the
 * per-address rule counts, can still hold only the anonymous share: a signed-in account always finds
 * the place kept for accounts (session 14) — once it is {@link #ESTABLISHED} old: a new account counts as a
 * visitor (session 15). A request over its holder's limit is answered 429 at once;
 * one that finds the places taken waits up to {@link #WAIT} for one (a wildcard search takes well under a
 * second), then gets 429 with {@code Retry-After}.
 */
public final class ExpensiveWork {

  static final int RETRY_AFTER_SECONDS = 5;
  /**
   * How long a request waits for a place taken by others: long enough for a wildcard search ahead of it to
   * end, short enough that a thread is not held for an export that runs a minute.
   */
  static final Duration WAIT = Duration.ofSeconds(2);

  /** Exports: every one is expensive. */
  public static final Predicate<Context> ALWAYS = ctx -> true;
  /** Text (bytes of a body, characters of a stored article) past which extracting it is expensive work. */
  public static final int LARGE_TEXT = 64 * 1024;

  /**
   * {@code /api/extract}: a body over 64 KB (or of unknown length) is expensive. A 1 MB article takes
   * about 0.1 s of CPU and some 20 MB of tokens, so only a few run at once; small ones are free.
   */
  public static final Predicate<Context> LARGE_BODY = ctx -> {
    long length = ctx.req().getContentLengthLong();
    return length < 0 || length > LARGE_TEXT;
  };

  /**
   * A stored article extracted again (the article page's "Why these tags", {@code ?explain=true} in the API) costs
   * what {@code /api/extract} of the same text costs: past {@link #LARGE_TEXT} it is expensive work too.
   */
  public static boolean largeText(String title, String body) {
    return (title == null ? 0 : title.length()) + (body == null ? 0 : body.length()) > LARGE_TEXT;
  }

  /** Searches: expensive when the query (after QueryBudget's rules) holds a wildcard. */
  public static Predicate<Context> wildcardSearch(FacetCatalog facets) {
    return ctx -> RequestSearchState.of(ctx, facets).isExpensive();
  }

  /**
   * How old an account must be to count as one here (session 15). Session 14 kept the last place for accounts,
   * but several accounts signed up from several networks (sign-up is limited per address only) could then take
   * every place at once. An account younger than this counts as a visitor from its address and shares the
   * visitors' places, so taking the kept place needs accounts made an hour ahead, which an admin sees in the
   * account list meanwhile; a person who signs up to export still has the visitors' share at once.
   */
  public static final Duration ESTABLISHED = Duration.ofHours(1);

  private final FacetwireConfig config;
  private final Places places;
  private final Places.Share anonymous;
  private final Places.Share newAccounts;
  private final Clock clock;
  /** When the account of an e-mail was made; null when there is none. */
  private final Function<String, Instant> accountCreated;
  private final Set<String> establishedAccounts = ConcurrentHashMap.newKeySet();
  private static final int MAX_REMEMBERED = 10_000;

  /**
   * What takes an expensive place, named in every refusal: a visitor refused while opening a very long article was
   * told of "exports and wildcard searches" they had not asked for (session 28).
   */
  private static final String KINDS = "exports, wildcard searches, very long articles, large extractions";

  /** Every signed-in account counts as established (tests of the places alone). */
  public ExpensiveWork(FacetwireConfig config) {
    this(config, Clock.systemUTC(), email -> Instant.EPOCH);
  }

  public ExpensiveWork(FacetwireConfig config, Clock clock, Function<String, Instant> accountCreated) {
    this.clock = clock;
    this.accountCreated = accountCreated;
    FacetwireConfig.Limits limits = config.limits();
    this.config = config;
    this.places = new Places(limits.expensivePerAddress(), limits.expensiveTotal(), WAIT,
        new Places.Refusal(429, "You already have " + limits.expensivePerAddress() + " costly request running (" + KINDS
            + "). Please wait until it has finished."),
        new Places.Refusal(429, "The server is busy with other costly requests (" + KINDS + "). Please try again in a"
            + " few seconds."),
        RETRY_AFTER_SECONDS);
    int share = anonymousShare(limits.expensiveTotal());
    this.anonymous = new Places.Share(share, new Places.Refusal(429, "Visitors who are not signed in run "
        + (share == 1 ? "one costly request" : share + " costly requests") + " (" + KINDS + ")"
        + " at a time in all, and the server is busy with them. Please try again in a few seconds,"
        + " or sign in: signed-in accounts have a place of their own."));
    this.newAccounts = new Places.Share(anonymous.places(), new Places.Refusal(429, "The server is busy with other"
        + " costly requests (" + KINDS + "). Please try again in a few seconds. An account shares the visitors' places"
        + " for its first " + ESTABLISHED.toMinutes() + " minutes; after that it has a place of its own."));
  }

  /**
   * The places visitors who are not signed in may hold together: all but one, which stays for accounts (with
   * one place in all there is nothing to keep). Not a per-address figure, because an address is cheap: a
   * visitor with two networks was two addresses and held both default places for an export's budget each.
   * An account is not cheap in the same way (sign-up is limited per address, an account is named, and an
   * admin can remove it), and a person doing real work with exports signs in.
   */
  static int anonymousShare(int total) {
    return Math.max(1, total - 1);
  }

  /**
   * Runs {@code handler} now, in a place when {@code expensive}: for routes that learn what they will cost only from
   * what they look up (a stored article's length, a saved search's words), after the look-up.
   */
  public void run(Context ctx, boolean expensive, Handler handler) throws Exception {
    guard(c -> expensive, handler).handle(ctx);
  }

  /** {@code handler}, limited when {@code expensive} says the request is. */
  public Handler guard(Predicate<Context> expensive, Handler handler) {
    return ctx -> {
      if (!expensive.test(ctx)) {
        handler.handle(ctx);
        return;
      }
      Holder holder = holderOf(ctx);
      places.run(ctx, holder.key(), share(holder), handler);
    };
  }

  /** Whom a request's places are counted for, and which part of all the places it draws on. */
  enum Kind { ACCOUNT, NEW_ACCOUNT, VISITOR }

  /** A request's holder: an established account by its name, else its client address. */
  record Holder(String key, Kind kind) {}

  Holder holderOf(Context ctx) {
    Viewer viewer = Viewer.of(ctx);
    if (viewer.signedIn() && established(viewer.owner())) {
      // Counted by the account, not the address: colleagues behind one newsroom address each have theirs.
      return new Holder("account " + viewer.owner(), Kind.ACCOUNT);
    }
    return new Holder(RequestInfo.clientAddress(ctx, config), viewer.signedIn() ? Kind.NEW_ACCOUNT : Kind.VISITOR);
  }

  private Places.Share share(Holder holder) {
    return switch (holder.kind()) {
      case ACCOUNT -> null;
      case NEW_ACCOUNT -> newAccounts;
      case VISITOR -> anonymous;
    };
  }

  /**
   * Runs one part of a request's work (a CSV export's page) in an expensive place of its holder, waiting at most
   * {@code within}; see {@link Places#runFor}.
   */
  boolean runFor(Context ctx, Duration within, boolean answer, Places.Work work) throws Exception {
    Holder holder = holderOf(ctx);
    return places.runFor(ctx, holder.key(), share(holder), within, answer, work);
  }

  /**
   * The holder of background work's places (session 27: the alert check after an import runs saved searches with
   * wildcards): one holder, never an address or an account ({@code "account …"}), so the background holds at most
   * the places one client may ({@code FACETWIRE_EXPENSIVE_PER_ADDRESS}) out of the same total.
   */
  static final String BACKGROUND = "background work";

  /**
   * Runs {@code work} in an expensive place of the background's own ({@link #BACKGROUND}), after a wait of at most
   * {@link #WAIT} in the same queue as visitors' requests; false, with nothing run, when no place came (the caller
   * keeps the work for later).
   */
  public boolean runInBackground(Runnable work) {
    return places.tryRun(BACKGROUND, null, work);
  }

  /**
   * Runs {@code work} in the place a visitor who is not signed in takes from {@code address} (its own place and one of
   * the visitors' share), after a wait of at most {@link #WAIT}; false, with nothing run, when none came. For tests
   * that hold a place on the real server ({@code HeldExpensivePlace}); a request takes its place through {@link #guard}.
   */
  public boolean runAsVisitor(String address, Runnable work) {
    return places.tryRun(ClientAddresses.key(address), anonymous, work);
  }

  /**
   * Whether the account is old enough to count as one. An account once established stays so, so its answer is
   * kept and its expensive requests cost no look-up of the account after the first (a bounded set, emptied when
   * full); a new account is looked up until its hour has passed. (An account removed and made again under the same
   * address while the server runs keeps the answer: it decides a share of places, nothing else.)
   */
  private boolean established(String email) {
    if (establishedAccounts.contains(email)) {
      return true;
    }
    Instant created = accountCreated.apply(email);
    boolean established = created != null && !created.plus(ESTABLISHED).isAfter(clock.instant());
    if (established) {
      if (establishedAccounts.size() >= MAX_REMEMBERED) {
        establishedAccounts.clear();
      }
      establishedAccounts.add(email);
    }
    return established;
  }

  /** Visitors' requests waiting for a place of their share now (tests). */
  int waiting() {
    return anonymous.places().getQueueLength();
  }

  /** Permits in use now (tests). */
  int running() {
    return places.running();
  }
}
