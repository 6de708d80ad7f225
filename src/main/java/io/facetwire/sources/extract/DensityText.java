package io.facetwire.sources.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Our own text-density heuristic on jsoup, for comparison: every paragraph-like block scores its
 * text length, less what sits in links, and hands the score to its parent (and half to its
 * grandparent); the container with the highest score is the article, and its paragraphs that are
 * not mostly links are the text. Elements whose class or id says comment, nav, footer, ad, share or
 * related are skipped, as are nav/aside/footer/header/form elements.
 */
public final class DensityText implements MainText {

  private static final Pattern UNLIKELY = Pattern.compile(
      "comment|disqus|nav|menu|footer|sidebar|advert|\\bads?\\b|promo|share|social|related|newsletter|cookie|banner|popup|byline|meta",
      Pattern.CASE_INSENSITIVE);
  private static final List<String> SKIPPED_TAGS = List.of("nav", "aside", "footer", "header", "form", "script",
      "style", "noscript", "figure", "iframe");

  @Override
  public String of(Document page, String url) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element p : page.select("p, pre, blockquote, div, td")) {
      if (unlikely(p) || (isContainer(p) && p.ownText().length() < 25)) {
        continue;
      }
      double score = contentScore(p);
      if (score <= 0) {
        continue;
      }
      if (isContainer(p)) {
        // Text straight in a div (line breaks, no paragraphs): the div is its own article candidate.
        scores.merge(p, score, Double::sum);
      }
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, score, Double::sum);
        if (parent.parent() != null) {
          scores.merge(parent.parent(), score / 2, Double::sum);
        }
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    if (best == null) {
      return "";
    }
    List<String> paragraphs = new ArrayList<>();
    if (best.ownText().length() >= 25) {
      for (String block : io.facetwire.sources.parse.HtmlText.of(best).split("\n\s*\n")) {
        if (!block.isBlank()) {
          paragraphs.add(block.strip());
        }
      }
      return String.join("\n\n", paragraphs);
    }
    for (Element p : best.select("p, pre, blockquote, h2, h3, li")) {
      if (!unlikely(p) && (p.normalName().startsWith("h") || linkDensity(p) < 0.5)) {
        String text = p.text().strip();
        if (!text.isEmpty() && (p.parent() == null || !List.of("p", "li", "blockquote").contains(p.parent().normalName()))) {
          paragraphs.add(text);
        }
      }
    }
    return String.join("\n\n", paragraphs);
  }

  private static boolean isContainer(Element e) {
    return e.normalName().equals("div") || e.normalName().equals("td");
  }

  private static double contentScore(Element p) {
    String text = isContainer(p) ? p.ownText() : p.text();
    if (text.length() < 25) {
      return 0;
    }
    double commas = text.chars().filter(c -> c == ',').count();
    return (1 + commas + Math.min(3, text.length() / 100.0)) * (1 - linkDensity(p));
  }

  private static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return (double) links / total;
  }

  /** The element or an ancestor is navigation, comments, adverts and the like. */
  private static boolean unlikely(Element e) {
    for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
      if (SKIPPED_TAGS.contains(a.normalName())) {
        return true;
      }
      String marks = (a.className() + " " + a.id()).toLowerCase(Locale.ROOT);
      if (!marks.isBlank() && UNLIKELY.matcher(marks).find() && !marks.contains("article") && !marks.contains("content")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String name() {
    return "jsoup density heuristic";
  }
}
