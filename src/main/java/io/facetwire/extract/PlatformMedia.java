package io.facetwire.extract;

import java.util.Set;

/**
 * A social-media or video platform named only as the place where something was posted or said — "wrote on
 * Twitter", "followers on Facebook", "released on YouTube", "via a YouTube video" — is a medium, like "on
 * television", and no mention of the company (LABELLING.md, session 16); "Twitter suspended his account" and
 * "Facebook must remove the posts" are the company.
 */
final class PlatformMedia {

  private PlatformMedia() {
  }

  private static final Set<String> BEFORE = Lookups.setOf("on", "via", "through", "across", "onto");
  /** What a post's medium is named for: "a YouTube video", "her Instagram account", "a Facebook page". */
  private static final Set<String> AFTER = Lookups.setOf("video", "videos", "post", "posts", "page", "pages",
      "account", "accounts", "channel", "feed", "livestream", "message", "messages", "story", "stories", "profile");

  /** Whether the platform's name from token i to end is named as a medium. */
  static boolean namedAsMedium(Tokens t, int i, int end) {
    if (i > 0 && BEFORE.contains(t.lower[i - 1]) && !t.has(i, Tokens.BREAK_BEFORE)) {
      return true;
    }
    int k = end + 1;
    return k < t.size && !t.has(k, Tokens.BREAK_BEFORE) && AFTER.contains(t.lower[k]);
  }
}
