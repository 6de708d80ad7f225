package io.facetwire.web.http;

import io.facetwire.BidiControls;

/**
 * A page's {@code <title>}: words this server wrote, perhaps one value that came from outside (an article's
 * title, an entity's or a topic's name, a saved search's name), and the site's name. A title is one run of text,
 * and the page gate ({@code Utf8PageBuffer}) isolates a run only from its first bidirectional character to its
 * end, so a value's right-to-left override would still reverse the " – Facetwire" after it. The value is
 * therefore isolated here, where it is joined, for every page alike; {@code Templates} renders no title made any
 * other way, so a new page cannot forget it (session 16: three routes relied on the gate alone).
 */
public final class PageTitle {

  private static final String SITE = "Facetwire";
  private static final String DASH = " – ";

  private final String text;

  /** Only the factories below make a title, so none skips the isolation. */
  private PageTitle(String text) {
    this.text = text;
  }

  /** The site's name alone (the home page, an empty search). */
  public static PageTitle site() {
    return new PageTitle(SITE);
  }

  /**
   * Words of this server's own ("Topics", "Not found"), or a description whose values were isolated where it was
   * joined ({@code SearchState.describeShown}), then the site's name.
   */
  public static PageTitle of(String words) {
    return new PageTitle(words + DASH + SITE);
  }

  /** {@code before}, the outside {@code value} isolated, {@code after}, then the site's name. */
  public static PageTitle naming(String before, String value, String after) {
    return new PageTitle(before + BidiControls.isolate(value == null ? "" : value) + after + DASH + SITE);
  }

  /** The outside {@code value} isolated, then the site's name ("Vladimir Putin – Facetwire"). */
  public static PageTitle naming(String value) {
    return naming("", value, "");
  }

  @Override
  public String toString() {
    return text;
  }
}
