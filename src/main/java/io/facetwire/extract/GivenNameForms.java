package io.facetwire.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A given name and its short forms ("Richard", "Dick") from {@code given-name-forms.txt}: two names of one article that
 * differ only in such a given name are one person. Session 38: test35's Treasury story named "Deputy Treasury
 * Secretary Richard Darman" and quoted "Dick Darman has contributed mightily", and the facet showed two people; the
 * corpus had nine such pairs (Bill and William Webster, Tom and Thomas Hockin, Jim and James Baker, Steve and Steven
 * Gerrard, Dave and David Collins, ...), each one person. Immutable, hence thread-safe.
 */
final class GivenNameForms {

  /** No forms: every given name is only itself. */
  static final GivenNameForms NONE = new GivenNameForms(Map.of());

  /** Each form (lower case) to the full names it stands for, itself among them. */
  private final Map<String, Set<String>> fullNames;

  private GivenNameForms(Map<String, Set<String>> fullNames) {
    this.fullNames = fullNames;
  }

  static GivenNameForms loadDefault() {
    return parse(NameLexicon.lines("given-name-forms.txt"));
  }

  static GivenNameForms parse(List<String> lines) {
    Map<String, Set<String>> fullNames = new HashMap<>();
    for (String line : lines) {
      int colon = line.indexOf(':');
      if (line.isBlank() || colon < 0) {
        continue;
      }
      String full = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      fullNames.computeIfAbsent(full, k -> new HashSet<>()).add(full);
      for (String form : line.substring(colon + 1).strip().split("\\s+")) {
        fullNames.computeIfAbsent(form.toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(full);
      }
    }
    fullNames.replaceAll((k, v) -> Set.copyOf(v));
    return new GivenNameForms(Map.copyOf(fullNames));
  }

  /** True if these two different given names can be one person's ("Dick" and "Richard", "Steve" and "Steven"). */
  boolean sameGivenName(String a, String b) {
    Set<String> x = fullNames.get(a.toLowerCase(Locale.ROOT));
    Set<String> y = fullNames.get(b.toLowerCase(Locale.ROOT));
    if (x == null || y == null) {
      return false;
    }
    for (String full : x) {
      if (y.contains(full)) {
        return true;
      }
    }
    return false;
  }
}
