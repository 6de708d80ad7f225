package io.facetwire.engine;

/**
 * A document as read, with the sequence number and primary term that a conditional write
 * ({@code if_seq_no}/{@code if_primary_term}) checks, so two servers updating the same document
 * cannot silently overwrite each other.
 */
public record Versioned<T>(T value, long seqNo, long primaryTerm) {}
