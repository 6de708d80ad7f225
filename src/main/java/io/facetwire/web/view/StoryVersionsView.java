package io.facetwire.web.view;

import io.facetwire.BidiControls;
import io.facetwire.search.SearchResult;
import io.facetwire.article.WebLinks;
import java.util.List;
import java.util.Locale;

/**
 * "N other versions" under a result line: a {@code <details>} element, so it opens without JavaScript,
 * listing the story's other versions (the first few) with their source and date.
 *
 * @param label  "1 other version", "3 other versions"; empty when the story has no other version
 * @param more   versions beyond those listed, 0 when all are
 */
public record StoryVersionsView(String label, List<Version> versions, long more) {

  /** @param meta "Reuters, 2 Mar 1987": the version's source and date */
  public record Version(String title, String articleUrl, String meta) {}

  public static StoryVersionsView of(SearchResult.Hit h) {
    if (h.otherVersions() == 0) {
      return new StoryVersionsView("", List.of(), 0);
    }
    List<Version> listed = h.versions().stream().map(v -> new Version(v.title(), WebLinks.articlePath(v.id()),
        meta(v))).toList();
    String label = h.otherVersions() + (h.otherVersions() == 1 ? " other version" : " other versions");
    return new StoryVersionsView(label, listed, Math.max(0, h.otherVersions() - listed.size()));
  }

  private static String meta(SearchResult.Version v) {
    // The source is isolated where it is joined to the date: an override left open in it would reverse the date.
    String source = BidiControls.isolate(v.source() == null ? "" : v.source());
    String date = v.publishedAt() == null ? "" : DisplayDates.DATE.format(v.publishedAt());
    return source.isEmpty() || date.isEmpty() ? source + date : source + ", " + date;
  }

  public boolean any() {
    return !label.isEmpty();
  }

  /** "12 stories (15 articles)": results count each story once; the articles say how many copies matched. */
  public static String totalText(SearchResult result) {
    String n = String.format(Locale.ENGLISH, "%,d", result.total());
    String text = (result.totalIsExact() ? "" : "about ") + n + (result.total() == 1 ? " story" : " stories");
    if (result.articles() != result.total()) {
      text += String.format(Locale.ENGLISH, " (%,d articles)", result.articles());
    }
    return text;
  }
}
