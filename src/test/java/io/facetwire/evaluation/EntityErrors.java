package io.facetwire.evaluation;

import io.facetwire.extract.FacetExtractor;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetValues;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A tuning aid (a program, not a test): for each article of the given label sets, the organizations and
 * persons that were missed or extracted wrongly, to be sorted by kind. Only the opened parts may be
 * looked into: refuses any file that is not {@code dev-*} or {@code test-*} (a held-out part such as
 * {@code test3-*} is scored once by someone else, never read here).
 * Usage: {@code EntityErrors data-dir labels.jsonl[,labels.jsonl...] [org|person]}.
 */
public final class EntityErrors {

  public static void main(String[] args) throws Exception {
    FacetExtractor fx = FacetExtractor.loadDefault();
    String only = args.length > 2 ? args[2] : "";
    for (String file : args[1].split(",")) {
      Path labels = Path.of(file);
      String name = labels.getFileName().toString();
      if (!name.startsWith("dev-") && !name.startsWith("test-") && !name.startsWith("test2-")) {
        throw new IllegalArgumentException("only the opened dev-*, test-* and test2-* parts are for looking at errors: " + name);
      }
      for (LabelledArticle a : new LabelledSets(Path.of(args[0])).load(labels)) {
        FacetValues found = fx.extract(a.title(), a.body(), a.source());
        StringBuilder sb = new StringBuilder();
        if (!only.equals("person") && a.organizationsLabelled()) {
          diff("org", a.organizations(), found.values(Facet.ORGANIZATION), sb,
              SetEvaluation.organizationIdentity(fx));
        }
        if (!only.equals("org")) {
          diff("person", a.persons(), found.values(Facet.PERSON), sb, Values::key);
        }
        if (sb.length() > 0) {
          System.out.printf("%n%s  \"%s\"%n%s", a.name(), a.title(), sb);
        }
      }
    }
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
