package io.facetwire.web.saved;

import io.facetwire.saved.SavedSearch;
import io.facetwire.saved.SavedSearchHits;
import io.facetwire.web.view.DisplayDates;
import io.facetwire.web.view.HitView;
import java.util.List;

/** View records for the saved-search pages: text for {@code th:text}, pre-escaped HTML only from {@code Snippet}. */
final class SavedSearchViews {

  /** One line of the saved-search list. */
  record Row(String id, String name, String description, String pageUrl, String searchUrl, String renameUrl,
      String deleteUrl, String newCount, boolean hasNew, String lastSeen, boolean alerts) {}

  private SavedSearchViews() {}

  /** The matches as result lines without facet links; new ones (a story new since the visit) marked. */
  static List<HitView> hits(SavedSearchHits.Page page) {
    return page.hits().stream().map(h -> HitView.of(h, List.of(), 0, page.isNew(h))).toList();
  }

  /** The alert line under a saved search: what happened to the last delivery, in words. */
  static String alertStatus(SavedSearch s) {
    SavedSearch.AlertStatus a = s.alertStatus();
    if (!s.alerts()) {
      return null;
    }
    if (a == null || a.lastAttemptAt() == null) {
      return "Alerts are on. Nothing new has been sent yet.";
    }
    if (a.lastError() == null) {
      return "Last alert delivered " + DisplayDates.when(a.lastDeliveredAt()) + " (" + a.lastCount() + " new, "
          + a.attempts() + (a.attempts() == 1 ? " attempt)." : " attempts).");
    }
    return "Last alert NOT delivered (" + DisplayDates.when(a.lastAttemptAt()) + ", " + a.attempts()
        + (a.attempts() == 1 ? " attempt" : " attempts") + "): " + a.lastError()
        + " The matches will be offered again after the next import.";
  }

  static boolean alertFailed(SavedSearch s) {
    return s.alerts() && s.alertStatus() != null && s.alertStatus().lastError() != null;
  }
}
