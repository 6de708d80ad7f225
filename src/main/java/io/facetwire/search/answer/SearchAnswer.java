package io.facetwire.search.answer;

import java.util.List;
import java.util.Map;

/**
 * A search response as the search path reads it.
 *
 * @param total        {@code hits.total.value}, or null when the request did not count
 * @param totalIsExact {@code hits.total.relation} is {@code eq} (true when not counted)
 * @param aggregations by name (the typed key's part after {@code #})
 * @param suggestions  term suggestions by suggester name; other suggester types are left out
 */
public record SearchAnswer(long took, boolean timedOut, Long total, boolean totalIsExact, List<StoredHit> hits,
    Map<String, AnswerAggregate> aggregations, Map<String, List<TermSuggestion>> suggestions) {}
