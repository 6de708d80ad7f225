package io.facetwire.extract;

import java.util.Set;

/**
 * A social-media or video platform named only as the place where something was posted or said — "wrote on
 * Twitter", "followers on Facebook", "released on YouTube", "via a YouTube video" — is a medium, like "on
 * television", and no mention of the company (LABELLING.md, session 16); "Twitter suspended his account" and
 * "Facebook must remove the posts" are the company. So is a platform after a measure or an act aimed at it and "on"
 * ("a record fine on Facebook", "a ban on TikTok", "sanctions on Telegram", "pressure on Twitter"): the firm is
 * what the measure is on, not where something was posted (session 17).
 */
final class PlatformMedia {

  private PlatformMedia() {
  }

  private static final Set<String> BEFORE = Lookups.setOf("on", "via", "through", "across", "onto");
  /** What a post's medium is named for: "a YouTube video", "her Instagram account", "a Facebook page". */
  private static final Set<String> AFTER = Lookups.setOf("video", "videos", "post", "posts", "page", "pages",
      "account", "accounts", "channel", "feed", "livestream", "message", "messages", "story", "stories", "profile");

  /**
   * Measures that "on" aims at a firm: "a fine on Facebook", "a crackdown on TikTok", and the verbs that lay one on it
   * ("a fine imposed on Facebook"). Not acts that are themselves posted — "attacks on Twitter", "a war on Twitter" —
   * nor words as often about what is posted as about the firm ("rules", "limits", "block", "controls", "demands"),
   * which session 17's list had (its review, session 18).
   */
  private static final Set<String> AIMED_ON = Lookups.setOf("fine", "fines", "ban", "bans", "sanction", "sanctions",
      "crackdown", "clampdown", "restrictions", "curbs", "tax", "taxes", "levy", "pressure", "probe", "inquiry",
      "investigation", "ruling", "penalty", "penalties", "lawsuit", "embargo", "blockade", "duty", "tariffs",
      "imposed", "levied");

  /** Whether the platform's name from token i to end is named as a medium. */
  static boolean namedAsMedium(Tokens t, int i, int end) {
    int k = end + 1;
    if (k < t.size && !t.has(k, Tokens.BREAK_BEFORE) && !t.has(end, Tokens.POSSESSIVE) && AFTER.contains(t.lower[k])) {
      return true; // "a ban on TikTok videos": what is banned is the posts, whatever aims at them
    }
    if (i > 0 && BEFORE.contains(t.lower[i - 1]) && !t.has(i, Tokens.BREAK_BEFORE)) {
      // "on" right after a measure aimed at the firm names the firm: "a fine on Facebook".
      return !("on".equals(t.lower[i - 1]) && i > 1 && !t.has(i - 1, Tokens.BREAK_BEFORE)
          && AIMED_ON.contains(t.lower[i - 2]));
    }
    return false;
  }
}
