package io.facetwire.sources;

import static io.facetwire.sources.FeedFixtures.escape;
import static io.facetwire.sources.FeedFixtures.paragraphs;

import io.facetwire.article.Article;
import java.util.List;

/**
 * Realistic article pages around a shipped article's text: site navigation, a cookie banner, adverts,
 * a "most read" box of other headlines, share buttons, reader comments made of other articles'
 * sentences (the hardest part for an extractor: real prose that is not the article) and a footer.
 * Three layouts, as sites differ: a news portal, a blog with comments, and a CMS that uses divs and
 * line breaks instead of paragraphs.
 */
public final class PageTemplates {

  public enum Layout { PORTAL, BLOG, DIV_SOUP }

  private PageTemplates() {}

  public static String page(Article a, Layout layout, String canonical, List<Article> others) {
    String head = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(a.title())
        + " | Test Times</title>"
        + "<link rel=\"canonical\" href=\"" + escape(canonical) + "\">"
        + "<meta property=\"og:title\" content=\"" + escape(a.title()) + "\">"
        + "<meta property=\"og:url\" content=\"" + escape(canonical) + "\">"
        + "<meta property=\"article:published_time\" content=\"" + a.publishedAt() + "\">"
        + "<meta name=\"author\" content=\"Jane Reporter\">"
        + "<script>window.dataLayer=[];function track(){}</script><style>.ad{height:250px}</style></head><body>";
    String nav = "<header class=\"site-header\"><a href=\"/\">Test Times</a><nav class=\"main-nav\"><ul>"
        + "<li><a href=\"/world\">World</a></li><li><a href=\"/politics\">Politics</a></li><li><a href=\"/business\">Business</a></li>"
        + "<li><a href=\"/tech\">Technology</a></li><li><a href=\"/sport\">Sport</a></li><li><a href=\"/opinion\">Opinion</a></li></ul></nav>"
        + "<div class=\"cookie-banner\"><p>We use cookies to improve your experience, personalise content and adverts, and analyse our traffic. By continuing you agree.</p>"
        + "<button>Accept all</button></div></header>";
    String ad = "<div class=\"ad ad-leaderboard\"><p>Advertisement: Save 50% on your first year of premium news, subscribe today and get unlimited access.</p></div>";
    String share = "<div class=\"share-tools\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Share on X</a> <a href=\"#\">Email</a></div>";
    StringBuilder mostRead = new StringBuilder("<aside class=\"most-read\"><h2>Most read</h2><ol>");
    for (Article o : others.subList(0, Math.min(5, others.size()))) {
      mostRead.append("<li><a href=\"/story/").append(FeedFixtures.slug(o)).append("\">").append(escape(o.title())).append("</a></li>");
    }
    mostRead.append("</ol></aside>");
    StringBuilder comments = new StringBuilder("<section id=\"comments\" class=\"comments\"><h2>Comments</h2>");
    for (Article o : others.subList(Math.min(5, others.size()), Math.min(8, others.size()))) {
      comments.append("<div class=\"comment\"><p class=\"comment-author\">reader").append(o.title().length())
          .append("</p><p>").append(escape(FeedFixtures.summary(o))).append(" I think this matters a lot.</p></div>");
    }
    comments.append("</section>");
    String footer = "<footer class=\"site-footer\"><p>© 2026 Test Times. All rights reserved. Contact us, careers, terms of use, privacy policy.</p></footer>";
    String headline = "<h1>" + escape(a.title()) + "</h1><p class=\"byline\">By <a rel=\"author\" href=\"/staff/jane\">Jane Reporter</a>, "
        + "<time datetime=\"" + a.publishedAt() + "\">" + a.publishedAt().toString().substring(0, 10) + "</time></p>";
    return switch (layout) {
      case PORTAL -> head + nav + ad + "<main><div class=\"layout\"><article class=\"story\">" + headline + share
          + "<div class=\"story-body\">" + paragraphs(a) + "</div>" + ad + "</article>" + mostRead + "</div></main>"
          + comments + footer + "</body></html>";
      case BLOG -> head + nav + "<div id=\"wrapper\"><div id=\"post\" class=\"post hentry\">" + headline
          + "<div class=\"entry-content\">" + paragraphs(a) + "</div>" + share + "</div>" + comments
          + "<div id=\"sidebar\">" + mostRead + ad + "</div></div>" + footer + "</body></html>";
      case DIV_SOUP -> head + nav + "<div class=\"c1\"><div class=\"c2\">" + headline + "<div class=\"txt\">"
          + escape(a.body().strip()).replaceAll("\\n\\s*\\n", "<br><br>") + "</div></div>"
          + "<div class=\"c3\">" + mostRead + "</div></div>" + comments + footer + "</body></html>";
    };
  }
}
