package io.facetwire.web.article;

import io.facetwire.extract.Explanation;
import io.facetwire.extract.TopicExplanation;
import java.util.List;
import java.util.Locale;

/**
 * The article page's "Why these tags" section, worded for a reader: per topic whether it was assigned
 * and its score against the threshold (or what it lacked), each match with where it stood and what it
 * added; per country and person the words that named it. The template escapes every string.
 */
record WhyTagsView(List<TopicLine> topics, List<ValueLine> countries, List<ValueLine> persons) {

  /**
   * One topic that matched anything: "assigned: score 10.0, needs 3.0" and its matches; {@code more} says how
   * many matches are not listed ("and 1,234 more matches"), or is null.
   */
  record TopicLine(String topic, boolean assigned, String verdict, List<HitLine> hits, String more) {
  }

  /** One match: the words as written, the place, and "+4.0" or why it did not count; the rule's line. */
  record HitLine(String text, String place, String effect, String rule) {
  }

  /** One country or person and where it was named: "“Russian” (lead), “Moscow” (body)". */
  record ValueLine(String value, String mentions) {
  }

  static WhyTagsView of(Explanation e) {
    List<TopicLine> topics = e.topics().stream().map(WhyTagsView::topic).toList();
    return new WhyTagsView(topics, values(e.countries()), values(e.persons()));
  }

  private static TopicLine topic(TopicExplanation t) {
    String verdict = (t.assigned() ? "assigned" : "not assigned") + ": score " + number(t.score()) + ", needs "
        + number(t.threshold()) + (t.assigned() ? "" : " (" + t.reason() + ")");
    List<HitLine> hits = t.hits().stream().map(h -> new HitLine(h.text(), h.place(),
        h.added() > 0 ? "+" + number(h.added()) : "not counted: " + h.note(), "rule on line " + h.line())).toList();
    int unlisted = t.hitCount() - t.hits().size();
    return new TopicLine(t.topic(), t.assigned(), verdict, hits, unlisted > 0
        ? String.format(Locale.ROOT, "and %,d more %s", unlisted, unlisted == 1 ? "match" : "matches") : null);
  }

  private static List<ValueLine> values(List<Explanation.ValueEvidence> values) {
    return values.stream().map(v -> new ValueLine(v.value(), String.join(", ", v.mentions().stream()
        .map(m -> "\u201c" + m.text() + "\u201d (" + m.place() + ")").toList()) + unlisted(v))).toList();
  }

  private static String unlisted(Explanation.ValueEvidence v) {
    int more = v.mentionCount() - v.mentions().size();
    return more > 0 ? String.format(Locale.ROOT, ", and %,d more", more) : "";
  }

  private static String number(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }
}
