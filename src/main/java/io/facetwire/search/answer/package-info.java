/**
 * A search response as the search path reads it: hits with their stored fields and highlights, the
 * total, the aggregations and the spelling suggestions, read straight from Elasticsearch's JSON with
 * Jackson's streaming parser ({@link io.facetwire.search.answer.SearchAnswerReader}) instead of the
 * Java client's typed objects, which built a full object graph for every field of every aggregation.
 */
package io.facetwire.search.answer;
