package io.facetwire.feed;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.facetwire.BidiControls;
import io.facetwire.TextChars;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * The one Atom 1.0 writer (RFC 4287) behind every feed Facetwire serves — a search's
 * {@code /search.atom} and a saved search's private feed — built with ROME, so both have the same
 * fields: id, title, {@code updated}, {@code rel=self} and {@code rel=alternate} links, an author, and
 * entries with plain-text summaries. Characters XML 1.0 cannot carry are dropped first.
 */
public final class AtomWriter {

  private AtomWriter() {}

  /**
   * @param id           the feed's stable id (a URN)
   * @param selfUrl      the feed's own absolute URL
   * @param alternateUrl the web page the feed mirrors (absolute)
   * @param emptySince   the feed's {@code updated} when no entry says a later time: when the feed's
   *                     question was last asked or changed (never 1970)
   * @param note         the feed's {@code subtitle}, or null for none: what a reader should know of this answer
   *                     (that its search ran out of its time budget, {@link #PARTIAL})
   */
  public record FeedHead(String id, String title, String selfUrl, String alternateUrl, Instant emptySince,
      String note) {

    /** A feed with nothing to note. */
    public FeedHead(String id, String title, String selfUrl, String alternateUrl, Instant emptySince) {
      this(id, title, selfUrl, alternateUrl, emptySince, null);
    }

    /** This head, noting that its search ran out of its time budget when {@code partial}. */
    public FeedHead partial(boolean partial) {
      return partial ? new FeedHead(id, title, selfUrl, alternateUrl, emptySince, PARTIAL) : this;
    }
  }

  /**
   * The subtitle of a feed whose search was cut by its time budget (session 29). A feed has no place for a page's
   * note among its entries (an entry is an article, with an id a reader keeps: a note as an entry would be read as
   * news, once, and stay), so it goes where a reader shows what a feed is: its subtitle, present only while it holds.
   */
  public static final String PARTIAL = "Partial: the search took longer than its time budget; these are the matches"
      + " found by then, and a later fetch may list more.";

  /** Stable across feed fetches, renames and re-imports: it depends on the article id only. */
  public static String entryId(String articleId) {
    return "urn:facetwire:article:" + URLEncoder.encode(articleId, StandardCharsets.UTF_8);
  }

  public static String render(FeedHead head, List<FeedEntry> entries) {
    Feed feed = new Feed("atom_1.0");
    feed.setEncoding("UTF-8");
    feed.setId(clean(head.id()));
    feed.setTitle(shown(head.title()));
    if (head.note() != null) {
      Content subtitle = new Content();
      subtitle.setType(Content.TEXT);
      subtitle.setValue(shown(head.note()));
      feed.setSubtitle(subtitle);
    }
    Instant updated = entries.stream().map(FeedEntry::updated).filter(Objects::nonNull)
        .max(Instant::compareTo).orElse(head.emptySince());
    feed.setUpdated(Date.from(updated));
    feed.setAlternateLinks(List.of(link("alternate", head.alternateUrl(), "text/html")));
    feed.setOtherLinks(List.of(link("self", head.selfUrl(), "application/atom+xml")));
    feed.setAuthors(List.of(person("Facetwire")));
    List<Entry> out = new ArrayList<>();
    for (FeedEntry e : entries) {
      out.add(entry(e, updated));
    }
    feed.setEntries(out);
    try {
      return new WireFeedOutput().outputString(feed);
    } catch (FeedException e) {
      throw new IllegalStateException("Could not write the feed: " + e.getMessage(), e);
    }
  }

  private static Entry entry(FeedEntry e, Instant feedUpdated) {
    Entry entry = new Entry();
    entry.setId(entryId(e.articleId()));
    entry.setTitle(shown(e.title() == null || e.title().isBlank() ? "(untitled)" : e.title()));
    entry.setUpdated(Date.from(e.updated() != null ? e.updated() : feedUpdated));
    if (e.publishedAt() != null) {
      entry.setPublished(Date.from(e.publishedAt()));
    }
    entry.setAlternateLinks(List.of(link("alternate", e.pageUrl(), "text/html")));
    // One rule for article URLs in every output: only http(s) is given out.
    String related = io.facetwire.article.WebLinks.httpOrNull(e.sourceUrl());
    if (related != null) {
      entry.setOtherLinks(List.of(link("related", related, null)));
    }
    if (e.source() != null && !e.source().isBlank()) {
      entry.setAuthors(List.of(person(e.source())));
    }
    Content summary = new Content();
    summary.setType(Content.TEXT);
    summary.setValue(shown(e.summary() == null ? "" : e.summary()));
    entry.setSummary(summary);
    List<com.rometools.rome.feed.atom.Category> categories = new ArrayList<>();
    for (FeedEntry.Category c : e.categories()) {
      com.rometools.rome.feed.atom.Category category = new com.rometools.rome.feed.atom.Category();
      category.setTerm(clean(c.term()));
      category.setScheme(c.scheme());
      category.setLabel(shown(c.label()));
      categories.add(category);
    }
    entry.setCategories(categories);
    return entry;
  }

  private static Link link(String rel, String href, String type) {
    Link link = new Link();
    link.setRel(rel);
    link.setHref(clean(href));
    if (type != null) {
      link.setType(type);
    }
    return link;
  }

  private static Person person(String name) {
    Person p = new Person();
    p.setName(shown(name));
    return p;
  }

  /**
   * Text a feed reader shows: cleaned, and with its bidirectional controls balanced (session 15), so an override
   * left open in a title cannot reverse what the reader shows after it. Identities (ids, links, terms) stay as
   * {@link #clean} gives them.
   */
  static String shown(String s) {
    return BidiControls.balance(clean(s));
  }

  /** Drops what XML 1.0 cannot carry at all (control characters, lone surrogates, noncharacters). */
  static String clean(String s) {
    return TextChars.clean(s);
  }
}
