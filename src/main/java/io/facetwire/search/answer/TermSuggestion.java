package io.facetwire.search.answer;

import java.util.List;

/** One word of a term suggester's answer: where it is in the query, and the words offered, best first. */
public record TermSuggestion(int offset, int length, List<String> options) {}
