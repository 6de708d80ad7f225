package io.facetwire.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Well-known organisations by every name they go by (organisations.tsv): each name is tokenized with the
 * article tokenizer, so "U.N." and "UN" are one key, and a phrase is looked up token by token, giving up
 * as soon as the words read so far start no name.
 */
final class OrganisationGazetteer {

  /** One organisation: its value and the Reuters-21578 ORGS code it is filed under (may be empty). */
  record Organisation(String name, String reutersCode) {}

  /** One name of an organisation; an acronym matches only when written in capitals. */
  record Name(Organisation organisation, boolean acronym) {}

  private final Map<String, Name> names;
  private final Set<String> prefixes;
  private final Map<String, Organisation> byReutersCode;
  private final int longest;

  private OrganisationGazetteer(Map<String, Name> names, Set<String> prefixes, Map<String, Organisation> byCode,
      int longest) {
    this.names = names;
    this.prefixes = prefixes;
    this.byReutersCode = byCode;
    this.longest = longest;
  }

  static OrganisationGazetteer loadDefault() {
    Tokenizer tokenizer = new Tokenizer();
    Map<String, Name> names = new HashMap<>();
    Set<String> prefixes = new HashSet<>();
    Map<String, Organisation> byCode = new HashMap<>();
    int longest = 1;
    for (String line : NameLexicon.lines("organisations.tsv")) {
      String[] cols = line.split("\t", -1);
      Organisation org = new Organisation(cols[0].strip(), cols.length > 2 ? cols[2].strip() : "");
      if (!org.reutersCode().isEmpty()) {
        byCode.put(org.reutersCode(), org);
      }
      List<String> all = new java.util.ArrayList<>(List.of(org.name()));
      if (cols.length > 1 && !cols[1].isBlank()) {
        all.addAll(List.of(cols[1].split("\\|")));
      }
      for (String alias : all) {
        Tokens t = new Tokens();
        tokenizer.tokenize(alias.strip(), t, false, 0);
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < t.size; i++) {
          key.append(i == 0 ? "" : " ").append(t.lower[i]);
          prefixes.add(key.toString());
        }
        boolean acronym = t.size == 1 && (t.has(0, Tokens.ALL_CAPS) || t.has(0, Tokens.DOTTED));
        names.putIfAbsent(key.toString(), new Name(org, acronym));
        longest = Math.max(longest, t.size);
      }
    }
    return new OrganisationGazetteer(Lookups.map(names), Lookups.set(prefixes), Map.copyOf(byCode), longest);
  }

  /** Most tokens a name has: bounds the work per token, so matching stays linear in the text. */
  int longest() {
    return longest;
  }

  boolean isPrefix(String key) {
    return prefixes.contains(key);
  }

  Name find(String key) {
    return names.get(key);
  }

  /** The Reuters-21578 ORGS code of an organisation's value, or null. */
  String reutersCodeOf(String name) {
    for (Organisation o : byReutersCode.values()) {
      if (o.name().equals(name)) {
        return o.reutersCode();
      }
    }
    return null;
  }

  /** The organisation Reuters-21578 files under this ORGS code ("imf"), or null. */
  public Organisation byReutersCode(String code) {
    return byReutersCode.get(code);
  }
}
