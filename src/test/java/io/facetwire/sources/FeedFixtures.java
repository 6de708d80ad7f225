package io.facetwire.sources;

import io.facetwire.article.Article;
import io.facetwire.article.ArticleReaders;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Feeds, sitemaps and article pages made from the shipped Wikinews and BBC articles, so the sources
 * tests read real news text in realistic wrappers. Nothing here is fetched from the internet.
 */
public final class FeedFixtures {

  private FeedFixtures() {}

  /** The Wikinews 2019 sample articles, in file order. */
  public static List<Article> wikinews() {
    return read("fixtures/wikinews_2019.csv");
  }

  public static List<Article> read(String resource) {
    List<Article> out = new ArrayList<>();
    try (InputStream in = FeedFixtures.class.getClassLoader().getResourceAsStream(resource)) {
      ArticleReaders.forFile(resource).read(in, resource, ReadOptions.NONE, RecordSink.skippingRejects(out::add));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  public static String escape(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** The first sentence-ish of the body: what a feed that carries only summaries says. */
  public static String summary(Article a) {
    String body = a.body().strip();
    int dot = body.indexOf(". ", 80);
    return dot > 0 && dot < 300 ? body.substring(0, dot + 1) : body.substring(0, Math.min(200, body.length()));
  }

  /** Body paragraphs as HTML. */
  public static String paragraphs(Article a) {
    StringBuilder out = new StringBuilder();
    for (String p : a.body().split("\\n\\s*\\n")) {
      if (!p.isBlank()) {
        out.append("<p>").append(escape(p.strip())).append("</p>\n");
      }
    }
    return out.toString();
  }

  /**
   * RSS 2.0; {@code linkOf} gives each item's link. With {@code fullText} the item carries the
   * whole article in content:encoded, else only a one-sentence description.
   */
  public static String rss20(String title, List<Article> articles, java.util.function.Function<Article, String> linkOf,
      boolean fullText) {
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>" + escape(title)
        + "</title><link>http://example.org/</link><description>test</description>\n");
    for (Article a : articles) {
      x.append("<item><title>").append(escape(a.title())).append("</title><link>").append(escape(linkOf.apply(a)))
          .append("</link><guid isPermaLink=\"false\">").append(escape(a.url())).append("</guid>")
          .append("<pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(a.publishedAt().atOffset(java.time.ZoneOffset.UTC)))
          .append("</pubDate><dc:creator>Wikinews reporters</dc:creator><description>")
          .append(escape(summary(a))).append("</description>");
      if (fullText) {
        x.append("<content:encoded><![CDATA[").append(paragraphs(a)).append("]]></content:encoded>");
      }
      x.append("</item>\n");
    }
    return x.append("</channel></rss>\n").toString();
  }

  public static String atom(String title, List<Article> articles, java.util.function.Function<Article, String> linkOf) {
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>" + escape(title) + "</title><id>urn:test</id>"
        + "<updated>2019-12-31T00:00:00Z</updated>\n");
    for (Article a : articles) {
      x.append("<entry><title>").append(escape(a.title())).append("</title><link href=\"")
          .append(escape(linkOf.apply(a))).append("\"/><id>").append(escape(a.url())).append("</id><published>")
          .append(a.publishedAt()).append("</published><updated>").append(a.publishedAt())
          .append("</updated><author><name>Atom Desk</name></author><content type=\"html\">")
          .append(escape(paragraphs(a))).append("</content></entry>\n");
    }
    return x.append("</feed>\n").toString();
  }

  public static String rss10(String title, List<Article> articles, java.util.function.Function<Article, String> linkOf) {
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
        + " xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        + "<channel rdf:about=\"http://example.org/\"><title>" + escape(title)
        + "</title><link>http://example.org/</link><description>t</description><items><rdf:Seq>");
    for (Article a : articles) {
      x.append("<rdf:li resource=\"").append(escape(linkOf.apply(a))).append("\"/>");
    }
    x.append("</rdf:Seq></items></channel>\n");
    for (Article a : articles) {
      x.append("<item rdf:about=\"").append(escape(linkOf.apply(a))).append("\"><title>").append(escape(a.title()))
          .append("</title><link>").append(escape(linkOf.apply(a))).append("</link><description>")
          .append(escape(summary(a))).append("</description><dc:date>").append(a.publishedAt())
          .append("</dc:date></item>\n");
    }
    return x.append("</rdf:RDF>\n").toString();
  }

  public static String jsonFeed(String title, List<Article> articles, java.util.function.Function<Article, String> linkOf) {
    var mapper = io.facetwire.Json.mapper();
    var root = mapper.createObjectNode().put("version", "https://jsonfeed.org/version/1.1").put("title", title);
    var items = root.putArray("items");
    for (Article a : articles) {
      var item = items.addObject().put("id", a.url()).put("url", linkOf.apply(a)).put("title", a.title())
          .put("content_text", a.body()).put("date_published", a.publishedAt().toString());
      item.putArray("authors").addObject().put("name", "JSON Desk");
    }
    return root.toString();
  }

  public static String newsSitemap(List<Article> articles, java.util.function.Function<Article, String> linkOf) {
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
        + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
    for (Article a : articles) {
      x.append("<url><loc>").append(escape(linkOf.apply(a))).append("</loc><news:news><news:publication>")
          .append("<news:name>Test Times</news:name><news:language>en</news:language></news:publication>")
          .append("<news:publication_date>").append(a.publishedAt()).append("</news:publication_date><news:title>")
          .append(escape(a.title())).append("</news:title></news:news></url>\n");
    }
    return x.append("</urlset>\n").toString();
  }

  /** The classic entity-expansion bomb: a few hundred bytes that expand to gigabytes. */
  public static String billionLaughs() {
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n");
    x.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
    for (int i = 2; i <= 9; i++) {
      x.append("<!ENTITY lol").append(i).append(" \"");
      for (int k = 0; k < 10; k++) {
        x.append("&lol").append(i - 1).append(';');
      }
      x.append("\">\n");
    }
    return x.append("]>\n<rss version=\"2.0\"><channel><title>&lol9;</title><item><title>x</title>"
        + "<link>http://example.org/a</link></item></channel></rss>\n").toString();
  }

  /** An external entity that would pull a local file into the feed's title. */
  public static String xxe(String fileUri) {
    return "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + fileUri + "\">]>\n"
        + "<rss version=\"2.0\"><channel><title>&xxe;</title><item><title>&xxe;</title>"
        + "<link>http://example.org/a</link></item></channel></rss>\n";
  }

  /** Same attack on a sitemap, without a DOCTYPE check in front (for the StAX guard). */
  public static String xxeSitemap(String fileUri) {
    return "<?xml version=\"1.0\"?>\n<!DOCTYPE urlset [<!ENTITY xxe SYSTEM \"" + fileUri + "\">]>\n"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>http://example.org/&xxe;</loc></url></urlset>";
  }

  public static String slug(Article a) {
    String s = a.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return s.length() > 60 ? s.substring(0, 60) : s;
  }
}
