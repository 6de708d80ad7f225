package io.facetwire.web.view;

/**
 * What a page says when Elasticsearch's time budget ({@code FACETWIRE_SEARCH_TIMEOUT}) cut the search behind it:
 * the page is still answered (200) with what was found by then, and says so, as the results page does with its
 * partial results. Session 28: the pages other than the results page carried no budget at all.
 */
public final class PartialNote {

  /** The model key every page that may be partial puts its note under; the templates show it when not null. */
  public static final String KEY = "partialNote";

  private PartialNote() {}

  /**
   * The note for a page whose search was cut, or null when it was whole.
   *
   * @param what what the page lists, as the subject of a sentence ("These values and their counts")
   */
  public static String of(boolean partial, String what) {
    return partial ? "Partial: this took longer than its time budget. " + what
        + " are those found by then; a narrower search gives them all." : null;
  }
}
