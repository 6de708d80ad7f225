package io.facetwire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The mentions behind extracted countries and persons, for {@link Explanation}: countries from the
 * mentions the country extractor accepted (kept in {@link Tokens}), persons from where the name's
 * words stand in the text (the full name, or its last word alone: "Putin" for "Vladimir Putin").
 */
final class ValueMentions {

  private ValueMentions() {
  }

  static List<Explanation.ValueEvidence> countries(Tokens t, List<String> countries, CountryGazetteer gazetteer,
      int leadEnd) {
    List<Explanation.ValueEvidence> out = new ArrayList<>();
    for (String country : countries) {
      List<Explanation.Mention> mentions = new ArrayList<>();
      for (int m = 0; m < t.countryMentionCount; m++) {
        int c = m * 3;
        if (gazetteer.name(t.countryMentions[c + 2]).equals(country)) {
          mentions.add(new Explanation.Mention(text(t, t.countryMentions[c], t.countryMentions[c + 1]),
              place(t, t.countryMentions[c], leadEnd)));
        }
      }
      out.add(new Explanation.ValueEvidence(country,
          "a name, short form or demonym, or a capital standing for its government; a weak form (such as "
              + "a capital) needs a second, different mention", mentions));
    }
    return out;
  }

  static List<Explanation.ValueEvidence> persons(Tokens t, List<String> persons, int leadEnd) {
    List<Explanation.ValueEvidence> out = new ArrayList<>();
    for (String person : persons) {
      String[] words = person.toLowerCase(Locale.ROOT).split("[ -]+");
      String last = words[words.length - 1];
      List<Explanation.Mention> mentions = new ArrayList<>();
      for (int i = 0; i < t.size; i++) {
        if (!t.lower[i].equals(last) || !t.capitalised(i)) {
          continue;
        }
        int from = i;
        // The name's earlier words written just before the last one ("Vladimir Putin", not just "Putin").
        for (int k = words.length - 2; k >= 0 && from > 0 && t.lower[from - 1].equals(words[k]); k--) {
          from--;
        }
        mentions.add(new Explanation.Mention(text(t, from, i + 1), place(t, from, leadEnd)));
      }
      out.add(new Explanation.ValueEvidence(person,
          "a run of capitalised words starting with a known given name or following a title or role, "
              + "or a well-known surname", mentions));
    }
    return out;
  }

  static String place(Tokens t, int i, int leadEnd) {
    return i < t.titleEnd ? "title" : i < leadEnd ? "lead" : "body";
  }

  private static String text(Tokens t, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      b.append(i > from ? " " : "").append(t.text[i]);
    }
    return b.toString();
  }
}
