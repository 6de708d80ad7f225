package io.facetwire.extract;

import static io.facetwire.extract.OrganisationWords.SPORT_CONTEXT;
import static io.facetwire.extract.OrganisationWords.SUBJECT_VERBS;

import java.util.List;

/**
 * What the whole article says about its organisation names: whether its publisher's own name is a
 * byline or a subject, and whether it is a story about sport (where "Liverpool" is a club). One pass over
 * the tokens each, and only when a found name asks for it.
 */
final class OrganisationContext {

  private OrganisationContext() {
  }

  /**
   * The organisations found in an article from this publisher ("BBC News", "Reuters"; empty if unknown): the
   * publisher's own name counts only where the story is about it (in the headline, or as the subject of
   * a sentence: "the BBC is to ..."), not in its byline ("told the BBC", "BBC News website").
   */
  static List<String> withoutOwnByline(Tokens t, List<String> found, String publisher) {
    String own = publisher == null || publisher.isBlank() ? "" : firstWord(publisher);
    if (own.isEmpty() || found.stream().noneMatch(v -> firstWord(v).equals(own)) || isSubject(t, own)) {
      return found;
    }
    return found.stream().filter(v -> !firstWord(v).equals(own)).toList();
  }

  /** "Liverpool" is the club only in a story about sport. */
  static boolean aboutSport(Tokens t) {
    for (int i = 0; i < t.size; i++) {
      t.steps++;
      if (SPORT_CONTEXT.contains(t.lower[i])) {
        return true;
      }
    }
    return false;
  }

  private static String firstWord(String name) {
    int space = name.indexOf(' ');
    return (space < 0 ? name : name.substring(0, space)).toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * "economists polled by Reuters said": the publisher after "by" is the one who asked, the sentence's subject
   * is the economists; its own poll is a byline like "told Reuters".
   */
  private static final java.util.Set<String> AGENT_BEFORE = Lookups.setOf("by");

  private static boolean isSubject(Tokens t, String own) {
    for (int i = 0; i < t.size; i++) {
      t.steps++;
      if (t.lower[i].equals(own) && (i < t.titleEnd || i + 1 < t.size && SUBJECT_VERBS.contains(t.lower[i + 1])
          && !(i > 0 && AGENT_BEFORE.contains(t.lower[i - 1])))) {
        return true;
      }
    }
    return false;
  }
}
