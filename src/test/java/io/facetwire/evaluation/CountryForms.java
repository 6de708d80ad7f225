package io.facetwire.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For the error reader: the written forms of each country in {@code countries.tsv} (name, aliases, demonyms,
 * capitals, dateline places), so that a missed country can be shown where the text names it in a form the
 * extractor did not count. Reads the gazetteer file itself, not the extractor's rules.
 */
final class CountryForms {

  private final Map<String, List<String>> forms = new HashMap<>();

  CountryForms() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        CountryForms.class.getResourceAsStream("/io/facetwire/extract/countries.tsv"), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("-\t")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        List<String> all = new ArrayList<>();
        all.add(cols[0]);
        for (int c = 1; c < cols.length; c++) {
          for (String v : cols[c].split("\\|")) {
            String form = v.replace("~", "").replace("?", "").trim();
            if (!form.isEmpty()) {
              all.add(form);
            }
          }
        }
        forms.put(cols[0].toLowerCase(Locale.ROOT), all);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each place (up to {@code max}) where the text names the country in one of its forms, with the words around it. */
  List<String> contexts(String country, String text, int max) {
    List<String> out = new ArrayList<>();
    for (String form : forms.getOrDefault(country.toLowerCase(Locale.ROOT), List.of(country))) {
      String dotted = Pattern.quote(form).replace("US", "U\\E\\.?\\QS"); // "US" also as "U.S."
      Matcher m = Pattern.compile("(?i)(?<![\\p{L}])" + dotted + "(?![\\p{L}])").matcher(text);
      while (m.find() && out.size() < max) {
        int from = Math.max(0, m.start() - 60);
        int to = Math.min(text.length(), m.end() + 60);
        out.add((text.substring(from, m.start()) + "[" + m.group() + "]" + text.substring(m.end(), to))
            .replaceAll("\\s+", " "));
      }
    }
    return out;
  }
}
