package io.facetwire.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The republics of a union (the Soviet Union, Yugoslavia, Czechoslovakia) that a story written before the union's
 * end means as that union (LABELLING.md, "A state of its time"): to the 1987 reader "the southern Ukraine" and "tea
 * from Azerbaijan" were regions of the Soviet Union and "Belgrade" was Yugoslavia's capital, as "Moscow" was the
 * Soviet Union's. Read from {@code republics.tsv}. Immutable, hence thread-safe.
 */
final class UnionRepublics {

  /** Gazetteer indexes of each republic and its union, and the instant from which the republic was its own. */
  private final int[] republic;
  private final int[] union;
  private final Instant[] until;

  private UnionRepublics(int[] republic, int[] union, Instant[] until) {
    this.republic = republic;
    this.union = union;
    this.until = until;
  }

  static UnionRepublics loadDefault(CountryGazetteer gazetteer) {
    return parse(NameLexicon.lines("republics.tsv"), gazetteer);
  }

  /**
   * Lines of "republic TAB union TAB ISO date" (midnight UTC) or ISO instant; a name the gazetteer lacks is a mistake
   * in the file.
   */
  static UnionRepublics parse(List<String> lines, CountryGazetteer gazetteer) {
    List<int[]> pairs = new ArrayList<>();
    List<Instant> dates = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 3) {
        throw new IllegalStateException("republics.tsv: not three columns: " + line);
      }
      int r = gazetteer.indexOf(cols[0].strip());
      int u = gazetteer.indexOf(cols[1].strip());
      if (r < 0 || u < 0) {
        throw new IllegalStateException("republics.tsv: a country countries.tsv does not name: " + line);
      }
      pairs.add(new int[] {r, u});
      String from = cols[2].strip();
      dates.add(from.contains("T") ? Instant.parse(from) : LocalDate.parse(from).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
    int[] republic = new int[pairs.size()];
    int[] union = new int[pairs.size()];
    for (int k = 0; k < pairs.size(); k++) {
      republic[k] = pairs.get(k)[0];
      union[k] = pairs.get(k)[1];
    }
    return new UnionRepublics(republic, union, dates.toArray(new Instant[0]));
  }

  /**
   * In {@code state} (per gazetteer index: 2 = counted), a republic counted in a story published before it left its
   * union is that union. Nothing changes for an undated story: without a date, today's states.
   */
  void asTheirUnions(byte[] state, Instant publishedAt) {
    if (publishedAt == null) {
      return;
    }
    for (int k = 0; k < republic.length; k++) {
      if (state[republic[k]] == 2 && publishedAt.isBefore(until[k])) {
        state[republic[k]] = 0;
        state[union[k]] = 2;
      }
    }
  }
}
