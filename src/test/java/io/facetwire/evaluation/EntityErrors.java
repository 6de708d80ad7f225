package io.facetwire.evaluation;

import io.facetwire.extract.Explanation;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetValues;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A tuning aid (a program, not a test): for each article of the given label sets, the organizations,
 * persons and countries that were missed or extracted wrongly, to be sorted by kind. Only the opened parts may be
 * looked into: refuses any file that is not {@code dev-*}, {@code test-*}, {@code test2-*}, {@code test3-*}
 * and so on up to {@code test<LAST_OPENED>-*} ({@link TuningParts}; a held-out part such as {@code test48-*} is scored once by someone else,
 * never read here).
 * Usage: {@code EntityErrors data-dir labels.jsonl[,labels.jsonl...] [org|person|country]}.
 */
public final class EntityErrors {

  public static void main(String[] args) throws Exception {
    FacetExtractor fx = FacetExtractor.loadDefault();
    String only = args.length > 2 ? args[2] : "";
    for (String file : args[1].split(",")) {
      Path labels = Path.of(file);
      requireOpenedPart(labels);
      for (LabelledArticle a : new LabelledSets(Path.of(args[0])).load(labels)) {
        FacetValues found = fx.extract(a.title(), a.body(), a.source(), a.publishedAt());
        StringBuilder sb = new StringBuilder();
        if ((only.isEmpty() || only.equals("org")) && a.organizationsLabelled()) {
          diff("org", a.organizations(), found.values(Facet.ORGANIZATION), sb,
              SetEvaluation.organizationIdentity(fx));
        }
        if (only.isEmpty() || only.equals("person")) {
          int before = sb.length();
          diff("person", a.persons(), found.values(Facet.PERSON), sb, Values::personKey);
          // Where each missed person is named (the last word of the label's first form), to read its kind.
          for (String line : sb.substring(before).split("\n")) {
            if (line.contains("person MISSED ")) {
              String[] words = line.substring(line.indexOf("MISSED ") + 7).split("\\|")[0].trim().split(" ");
              sb.append("      <- ").append(context(a.title() + "\n" + a.body(), words[words.length - 1])).append('\n');
            }
          }
        }
        if (only.isEmpty() || only.equals("country")) {
          int before = sb.length();
          diff("country", a.countries(), found.values(Facet.COUNTRY), sb, Values::key);
          // Where the text names each missed country in a form that was not counted (or "not named" at all).
          for (String line : sb.substring(before).split("\n")) {
            if (line.contains("country MISSED ")) {
              String missed = line.substring(line.indexOf("MISSED ") + 7).trim();
              List<String> where = COUNTRY_FORMS.contexts(missed, a.title() + "\n" + a.body(), 3);
              sb.append(where.isEmpty() ? "      <- (no form of it in the text)\n" : "");
              where.forEach(w -> sb.append("      <- ").append(w).append('\n'));
            }
          }
          if (sb.length() > before && sb.indexOf("country EXTRA", before) >= 0) {
            // Where each extra country was named, so its kind (demonym, venue, currency...) can be read.
            for (Explanation.ValueEvidence e : fx.explain(a.title(), a.body()).countries()) {
              if (sb.indexOf("country EXTRA  " + e.value() + "\n", before) >= 0) {
                for (Explanation.Mention m : e.mentions()) {
                  sb.append("      ").append(e.value()).append(" <- ").append(context(a.title() + "\n" + a.body(), m.text()))
                      .append('\n');
                }
              }
            }
          }
        }
        if (sb.length() > 0) {
          System.out.printf("%n%s  \"%s\"%n%s", a.name(), a.title(), sb);
        }
      }
    }
  }

  private static final CountryForms COUNTRY_FORMS = new CountryForms();

  /** The parts whose errors may be read: scored once already, then opened for tuning ({@link TuningParts}). */
  private static final List<String> OPENED_PARTS =
      java.util.stream.Stream.concat(java.util.stream.Stream.of("dev-"), TuningParts.OPEN_TEST_PARTS.stream()).toList();

  /**
   * Refuses a label file that is not of an opened part: a held-out part ({@code test48-*}, or any other
   * file) is scored once by someone else, so its errors must never be read while tuning.
   */
  static void requireOpenedPart(Path labels) {
    String name = labels.getFileName().toString();
    if (OPENED_PARTS.stream().noneMatch(name::startsWith) || TuningParts.isHeldOut(name)) {
      throw new IllegalArgumentException(
          "only the opened " + TuningParts.openedPartsText() + " parts are for looking at errors: " + name);
    }
  }

  /** The words around the first place {@code mention} stands in {@code text}, on one line. */
  private static String context(String text, String mention) {
    int at = text.indexOf(mention);
    if (at < 0) {
      return "[" + mention + "]";
    }
    int from = Math.max(0, at - 70);
    int to = Math.min(text.length(), at + mention.length() + 70);
    return (text.substring(from, at) + "[" + mention + "]" + text.substring(at + mention.length(), to))
        .replaceAll("\\s+", " ");
  }

  private static void diff(String facet, List<String> gold, List<String> got, StringBuilder out,
      Function<String, String> identity) {
    List<String> unmatched = new ArrayList<>(got);
    for (String labelled : gold) {
      String hit = null;
      for (String alternative : labelled.split("\\|")) {
        for (String value : unmatched) {
          if (identity.apply(value).equals(identity.apply(alternative))) {
            hit = value;
          }
        }
        if (hit != null) {
          break;
        }
      }
      if (hit != null) {
        unmatched.remove(hit);
      } else {
        out.append("  ").append(facet).append(" MISSED ").append(labelled).append('\n');
      }
    }
    for (String extra : unmatched) {
      out.append("  ").append(facet).append(" EXTRA  ").append(extra).append('\n');
    }
  }
}
