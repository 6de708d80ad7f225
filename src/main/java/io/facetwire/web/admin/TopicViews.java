package io.facetwire.web.admin;

import io.facetwire.evaluation.Score;
import io.facetwire.topics.DevSetScores;
import io.facetwire.topics.IndexDiff;
import io.facetwire.topics.RetagState;
import io.facetwire.topics.TopicVersion;
import io.facetwire.article.WebLinks;
import io.facetwire.web.view.DisplayDates;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The topic admin pages' values in words: versions, the re-tag's progress, a preview's diff and figures. */
final class TopicViews {

  static final int DIFF_PAGE = 20;

  private TopicViews() {}

  record VersionRow(int number, String author, String when, String note, boolean inUse, boolean tagged) {}

  record Retag(int tagged, int target, boolean pending, long read, long total, long updated, long failed,
      int percent, String words) {}

  record Link(String url, String title) {}

  record DiffPage(List<Link> added, List<Link> removed, int addedCount, int removedCount, long otherChanges,
      long scanned, long total, boolean capped, int page, int pages) {}

  record Figures(String before, String after, int articles, int missing, String sets, long labelled) {}

  static List<VersionRow> versions(List<TopicVersion> versions, int inUse, int tagged) {
    List<VersionRow> rows = new java.util.ArrayList<>(versions.stream()
        .map(v -> new VersionRow(v.number(), v.author(), DisplayDates.when(v.createdAt()), v.note(),
            v.number() == inUse, v.number() == tagged)).toList());
    rows.add(new VersionRow(0, "", "at start", "the definition file this server started with", inUse == 0,
        tagged == 0));
    return rows;
  }

  static Retag retag(RetagState s) {
    String words = s.pending()
        ? String.format(Locale.ROOT, "Re-tagging the index with version %d: %,d of %,d articles read, %,d changed.",
            s.target(), s.read(), s.total(), s.updated())
        : String.format(Locale.ROOT, "The index is tagged with version %d.", s.tagged());
    return new Retag(s.tagged(), s.target(), s.pending(), s.read(), s.total(), s.updated(), s.failed(), s.percent(),
        words);
  }

  static Map<String, Object> status(RetagState s, int inUse) {
    Retag r = retag(s);
    return Map.of("version_in_use", inUse, "tagged_version", r.tagged(), "target_version", r.target(),
        "pending", r.pending(), "read", r.read(), "total", r.total(), "updated", r.updated(), "percent", r.percent(),
        "words", r.words());
  }

  static DiffPage diff(IndexDiff d, int page) {
    int pages = Math.max(1, (Math.max(d.added().size(), d.removed().size()) + DIFF_PAGE - 1) / DIFF_PAGE);
    int p = Math.min(Math.max(page, 1), pages);
    return new DiffPage(links(d.added(), p), links(d.removed(), p), d.added().size(), d.removed().size(),
        d.otherChanges(), d.scanned(), d.total(), d.capped(), p, pages);
  }

  private static List<Link> links(List<IndexDiff.ArticleRef> refs, int page) {
    int from = Math.min((page - 1) * DIFF_PAGE, refs.size());
    int to = Math.min(from + DIFF_PAGE, refs.size());
    return refs.subList(from, to).stream()
        .map(r -> new Link(WebLinks.articlePath(r.id()), r.title() == null || r.title().isBlank() ? r.id() : r.title()))
        .toList();
  }

  static Figures figures(DevSetScores.Comparison c) {
    if (c == null) {
      return null;
    }
    return new Figures(words(c.before()), words(c.after()), c.articles(), c.missing(), String.join(", ", c.sets()),
        c.after().gold());
  }

  private static String words(Score s) {
    return String.format(Locale.ROOT, "precision %.2f (%d of %d right), recall %.2f (%d of %d found)", s.precision(),
        s.truePositives(), s.extracted(), s.recall(), s.truePositives(), s.gold());
  }
}
